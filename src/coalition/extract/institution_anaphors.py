"""A clause whose subject is "the bank" or "the Fund" gives its sum as the one bank or fund the
article names.

"The United States provides a $1.25 billion grant, the bank itself lends $500 million under a
guarantee from the United Kingdom, and Finland adds a $15 million grant": in a list of clauses the
donor finders give the middle sum to the first giver of the sentence, because "the bank" is no
actor's name. When the clause of a sum (from the last comma, semicolon or "and" before it) opens with
"the" and an institution noun of ``data/institution_anaphors.json`` ("bank", "fund") followed by its
own verb of giving and the sum ("the bank said partners would add …" is no giving of the bank's), names
no actor itself, and the article before it names exactly one institution that noun can stand for
(the World Bank, the IMF), that institution is the donor.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from coalition.extract.context import ArticleContext, tokens, vocab
from coalition.extract.donors import _trigger_set

CLAUSE_BREAKS = frozenset((",", ";", "and", ":"))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {"between": frozenset(vocab("institution_anaphors")["between"])}


@lru_cache(maxsize=1)
def _nouns() -> dict[str, frozenset[str]]:
    return {noun: frozenset(codes) for noun, codes in vocab("institution_anaphors")["nouns"].items()}


def with_institution_subjects(ctx: ArticleContext, commitments: list) -> list:
    nouns = _nouns()
    table = tokens(ctx.doc)
    lower = table.lower
    if not any(n in lower for n in nouns):
        return commitments  # the cheap test first
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if c.amount is None or draft is None or draft.money is None:
            continue
        sent = ctx.sents[ctx.sentence_index(c.evidence.start)]
        at = bisect_left(table.idx, draft.money.start_char)
        k = at - 1
        while k > sent.start and lower[k] not in CLAUSE_BREAKS:
            k -= 1
        start = k + 1 if lower[k] in CLAUSE_BREAKS else k
        if start + 1 >= at or lower[start] != "the" or lower[start + 1] not in nouns:
            continue
        if not _gives_directly(lower, start + 2, at):
            continue  # "the bank said partner countries were expected to add …": the bank only tells
        if ctx.mentions_in(table.idx[start], table.idx[at], ("COUNTRY", "ORG", "PERSON")):
            continue  # "the bank's Japanese backers": the clause names its giver
        named = {m.code for m in ctx.mentions_in(0, table.idx[start], ("ORG",)) if m.code in nouns[lower[start + 1]]}
        if len(named) == 1:
            code = named.pop()
            c.donor = code
            draft.donor = code
    return commitments


def _gives_directly(lower, k: int, at: int) -> bool:
    """Whether the words after the institution noun are its own verb of giving and then the sum:
    "the bank itself lends $500 million", "the Fund will disburse a further $1.1 billion"."""
    w = _words()
    while k < at and lower[k] in w["between"]:
        k += 1
    return k < at and lower[k] in _trigger_set() and at - k <= 4
