"""A state said to follow another's gift gives the same aid.

"Denmark and Norway have also sent F-16s, and Belgium is expected to follow once its own F-35s
arrive", "Britain sent Challenger 2 tanks in January; Poland followed suit a month later": the verb of
the follower's clause is "follow", which names no aid, so the donor finders record only the first
givers. The follower gives the items of the commitment it follows, in the same sentence or the one
before it ("Germany has sent Leopard 2 tanks. Norway is expected to follow suit.").

Only a state (not Ukraine or Russia) as the subject right before the verb (auxiliaries and words of
expectation between: "is expected to", "will soon"), opening its clause ("and", a comma, a
semicolon, "while", or the sentence's start), with "suit" or the end of the clause after "follow"
("once", "in July", a full stop): "follow the talks", "follow its terms", "we hope others will
follow" and "expected Ukraine to follow suit" give nothing. A follower to come ("is expected to",
"will") has announced the aid; one that "followed" has the stage of the gift it followed.
Words in ``data/following_donors.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import ArticleContext, tokens, vocab
from coalition.model import Commitment


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("following_donors").items() if not k.startswith("_")}


def following_givers(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """The commitments of the states said to follow a gift of ``commitments``."""
    words = _words()
    lower = tokens(ctx.doc).lower
    out: list[Commitment] = []
    by_sentence: dict[int, list[Commitment]] = {}
    for c in commitments:
        if c.donor is not None and c.items and c.amount is None:
            by_sentence.setdefault(ctx.sentence_index(c.evidence.start), []).append(c)
    for index in sorted(by_sentence):
        for sent_index in (index, index + 1):
            if sent_index >= len(ctx.sents):
                continue
            sent = ctx.sents[sent_index]
            if words["follow_verbs"].isdisjoint(lower[sent.start:sent.end]):
                continue  # the cheap test first
            followed = by_sentence[index]
            for code, future in _followers(ctx, sent, words, first=sent_index != index):
                if any(c.donor == code for c in followed) or any(o.donor == code and o.evidence == followed[-1].evidence for o in out):
                    continue
                base = followed[-1]
                out.append(Commitment(donor=code, recipient=base.recipient, category=base.category,
                                      status="announced" if future else base.status, items=list(base.items),
                                      evidence=_evidence(ctx, sent, base), confidence=0.5))
    return out


def _evidence(ctx: ArticleContext, sent, base: Commitment):
    """The follower's evidence: its own sentence (the base's when it is the same)."""
    if ctx.sentence_index(base.evidence.start) == ctx.sentence_index(sent.start_char):
        return base.evidence
    return ctx.sentence_evidence(sent)


def _followers(ctx: ArticleContext, sent, words, first: bool) -> list[tuple[str, bool]]:
    """The states of ``sent`` that are the subject of "follow", each with whether it is still to come.
    ``first``: the state must open the sentence (a sentence after the followed gift)."""
    lower = tokens(ctx.doc).lower
    found = []
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        if not m.stands_for or m.stands_for in words["stops"]:
            continue
        before = m.start - 1
        if before >= sent.start and lower[before] == "the":
            before -= 1
        if first and before >= sent.start:
            continue
        if before >= sent.start and lower[before] not in words["openers"]:
            continue  # "expected Ukraine to follow suit", "aid to Poland …": not the clause's subject
        k = m.end
        between = []
        while k < sent.end and lower[k] in words["before"]:
            between.append(lower[k])
            k += 1
        if k >= sent.end or lower[k] not in words["follow_verbs"]:
            continue
        after = lower[k + 1] if k + 1 < sent.end else "."
        if after not in words["after"]:
            continue
        if after in ("its", "their", "with") and (k + 2 >= sent.end or lower[k + 2] not in words["own_nouns"]):
            continue  # "follow its terms", "followed with strikes"
        found.append((m.stands_for, not words["future_words"].isdisjoint(between) or lower[k] == "follow"))
    return found
