"""Truces of another war: an article about Sudan's, India and Pakistan's or Gaza's truce gives no
ceasefire fact of this war's (decided in ``ceasefires.find_ceasefires``)."""

from __future__ import annotations

from coalition.extract.context import tokens


def another_war(ctx, mentions: list, facts: list, words) -> bool:
    """Whether the article's truces are of another war: it names neither Russia nor Ukraine, and a
    truce clause names a country that proposes none of them as a side agreeing it ("Sudan's army and
    the RSF agreed to a 72-hour ceasefire, Blinken said", "India and Pakistan agreed to stop all
    firing", "Pakistan denied breaking the truce", "a truce between Chad and its rebels"). A truce proposed by everyone named agreeing it,
    or whose other countries are only places or hosts ("brokered in Minsk", "proposed in Paris"), is
    kept."""
    if any(m.stands_for in words["belligerents"] for m in ctx.mentions):
        return False
    owners = {c for f in facts for c in f.proposers}
    side_verbs = frozenset(words["other_war_side_verbs"])
    tk = tokens(ctx.doc)
    for mention in mentions:
        end_char = tk.idx[mention.end - 1] + 1 if mention.end > mention.start else mention.sent.end_char
        for m in ctx.mentions_in(tk.idx[mention.start], end_char, ("COUNTRY",)):
            if not m.stands_for or m.stands_for in owners:
                continue
            after = tk.lower[m.end : min(mention.end, m.end + 8)]
            if "between" in tk.lower[max(mention.start, m.start - 3) : m.start] or (
                    not side_verbs.isdisjoint(after) and "," not in after):
                return True
    return False
