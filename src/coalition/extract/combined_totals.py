"""A combined total pledged at a gathering has no donor: "Governments and international lenders meeting
in London for the recovery conference have committed a combined €60bn". The subject is an unnamed
group of many givers; the place they met ("in London", "at the Paris summit") and the official who
reports the total are no givers (adjudication 18: a sum of several payers without a split has
``donor: null``). The eight-token window of ``donors._collective_subject`` misses a group whose
description runs long, so this test looks further back, but only after a cue of a total."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab
from coalition.extract.donors import NOT_DONORS, PLACE_PREPOSITIONS

# How far back the group subject may stand from its total: a gathering's description is long.
REACH = 30


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    return (frozenset(words["combined_total_cues"]),
            frozenset(words["collective_donors"]) | frozenset(words["combined_group_words"]))


def _is_place(table, sent: Span, start: int) -> bool:
    """Whether the mention at ``start`` follows a place preposition ("in London", "at the Paris summit")."""
    k = start - 1
    if k > sent.start and table.lower[k] == "the":
        k -= 1
    return k >= sent.start and table.lower[k] in PLACE_PREPOSITIONS


def combined_total(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """Whether the amount at token ``i`` is a group's combined total with no named giver."""
    cues, groups = _words()
    table = tokens(ctx.doc)
    if cues.isdisjoint(table.lower[max(sent.start, i - 3):i]):
        return False  # the cheap test first: no "combined", "a total of" just before the amount
    lo = max(sent.start, i - REACH)
    group = next((j for j in range(lo, i - 3) if table.lower[j] in groups and not table.ent[j]), None)
    if group is None:
        return False
    for m in ctx.mentions_in(table.idx[sent.start], table.idx[i], ("COUNTRY", "ORG", "PERSON")):
        code = m.stands_for
        if code in NOT_DONORS or m.end <= sent.start:
            continue
        if m.start < group:
            if group - m.end <= 3 and "and" in table.lower[m.end:group]:
                return False  # "Germany and other donors have committed a combined ...": a named giver leads
            continue  # "LONDON, June 22 - Governments ...": a dateline, or an actor in a clause before
        if m.start > group and _is_place(table, sent, m.start):
            continue  # "meeting in London": where they met
        return False  # "Germany and other donors have committed a combined ...": a named giver leads
    return True
