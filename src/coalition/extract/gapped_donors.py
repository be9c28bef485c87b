"""A state in a clause whose verb of giving is left out gives what that clause names.

"The Netherlands has pledged 24 aircraft and Norway six", "Germany, Romania and the United States
each pledged a Patriot system, the Netherlands components for another Patriot battery, and Italy a
SAMP/T": after the first giver's clause, each further state opens a clause (after "and" or a comma)
with only its object, and the donor finders, which look for a verb after the subject, credit the
items to the first givers alone. When a sentence has an in-kind commitment of a state named before,
a later state after "and" or a comma, followed right away by its object (a number, a determiner, an
item or a noun of parts: no verb or auxiliary of its own), gives the items
its clause names ("components", "a SAMP/T"), or, when the clause is only a count ("six"), the items
of the commitment before it; at the stage of that commitment. A clause with a sum is left to the
money finders. Words in ``data/gapped_donors.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.aid_items import _item_names, find_items
from coalition.extract.context import ArticleContext, tokens, vocab
from coalition.extract.donors import NOUN_TRIGGERS, _trigger_set
from coalition.model import Commitment


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("gapped_donors")
    return {k: (v if isinstance(v, int) else frozenset(v)) for k, v in words.items() if not k.startswith("_")}


def gapped_givers(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """The commitments of the states whose clause leaves the verb of giving out."""
    w = _words()
    by_sentence: dict[int, list[Commitment]] = {}
    for c in commitments:
        if c.amount is None and c.donor and c.items:
            by_sentence.setdefault(ctx.sentence_index(c.evidence.start), []).append(c)
    out: list[Commitment] = []
    for index, given in by_sentence.items():
        sent = ctx.sents[index]
        mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.stands_for]
        donors = {c.donor for c in given}
        for m in mentions:
            code = m.stands_for
            if code in donors or code in w["not_givers"] or any(o.donor == code and o.evidence == given[0].evidence for o in out):
                continue
            before = [d.stands_for for d in mentions if d.end <= m.start and d.stands_for in donors]
            if not before:
                continue  # no giver named before the clause
            base = next(c for c in given if c.donor == before[-1])  # the nearest giver before it
            names = _gapped_items(ctx, sent, m, base, w)
            if names:
                out.append(Commitment(donor=code, recipient=base.recipient, category=base.category, status=base.status,
                                      items=names, evidence=base.evidence, confidence=0.5))
    return out


def _gapped_items(ctx: ArticleContext, sent, m, base: Commitment, w) -> list[str]:
    """The items of the verbless clause that state ``m`` opens, or [] when it is no such clause."""
    lower = tokens(ctx.doc).lower
    k = m.start - 1
    if k > sent.start and lower[k] == "the":
        k -= 1
    if k <= sent.start or lower[k] not in w["openers"]:
        return []
    end = m.end
    while end < sent.end and lower[end] not in w["clause_ends"]:
        end += 1
    rest = lower[m.end:end]
    if not rest or not w["verb_words"].isdisjoint(rest):
        return []
    triggers = _trigger_set()
    if any(t in triggers and t not in NOUN_TRIGGERS for t in rest):
        return []  # "and Norway sent six": a verb of its own, read by the donor finders
    if ctx.doc.char_span(ctx.doc[m.end].idx, ctx.doc[end - 1].idx + len(ctx.doc[end - 1]), alignment_mode="expand") is None:
        return []
    if any(s.start >= m.end and s.end <= end for s in ctx.money_spans):
        return []  # "and Norway $100 million": a sum, the money finders' own
    items = find_items(ctx.doc[m.end:end])
    first = rest[0]
    if not (_cardinal(ctx, m.end) or first in w["determiners"] or first in w["lead_nouns"] or (items and items[0][0] == m.end)):
        return []  # "and Spain sought approval for guns": a verb of its own the word lists do not know
    if len(rest) <= w["count_reach"] and _cardinal(ctx, m.end) and not items:
        return list(base.items)  # "and Norway six": more of the same
    names = _item_names(sent, items) if items else []
    lead = _lead_noun(ctx, m.end, items[0][0] if items else end, w)
    return [lead, *names] if lead and lead not in names else names


def _cardinal(ctx: ArticleContext, k: int) -> bool:
    """A count ("six", "24"), not an ordinal ("Paris and Rome first"), which spaCy also calls like_num."""
    word = tokens(ctx.doc).lower[k]
    return ctx.doc[k].like_num and not word.endswith(("st", "nd", "rd", "th"))


def _lead_noun(ctx: ArticleContext, lo: int, first_item: int, w) -> str | None:
    """A noun of parts that opens the clause before "for" / "of" ahead of its first known item:
    "components" in "the Netherlands components for another Patriot battery". Only nouns of
    ``lead_nouns``: without a tagger, "Spain sought approval for guns" would read a verb as a part."""
    lower = tokens(ctx.doc).lower
    if lo + 1 < first_item and lower[lo] in w["lead_nouns"] and lower[lo + 1] in w["lead_ends"]:
        return lower[lo]
    return None
