"""A bank's sum "from the bank and its partners", or counted from donors' pledges, is no one's.

"With the new money, loans and grants from the World Bank and its development partners under PEACE
now total $19.745 billion"; "Counting commitments and pledges from donors, the World Bank Group has
now mobilised nearly $35 billion": the donor finders give the sum to the one actor named, but the
sentence itself says the money comes from several givers, that actor among them. Such a total has no
single donor (ADJUDICATION.md decision 18; the domain notes: a bank or fund that passes on others'
money is a channel, not a donor). Only for a bank or fund of ``channel_organisations`` as donor,
two readings, both on the sum's own sentence:

- the bank's name followed by "and its (development) partners" (a group noun of
  ``data/from_donors.json`` after an opener): the sum is the group's;
- "from" + an unnamed group of givers ("pledges from donors", "contributions from other
  governments") in the sentence: the bank counts what others gave.

A state's sum keeps its donor ("Norway and its partners will provide NOK 5bn" is Norway's pledge, an
earlier rule); a bank lending its own money ("the EIB will lend €400m") names no group of givers and
keeps its donor.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import ArticleContext, tokens, vocab

MAX_OPENERS = 2  # "and its development partners", "and other international donors"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    w = vocab("from_donors")
    openers = frozenset(vocab("partner_sums")["group_adjectives"]) | frozenset(w["group_openers"])
    return (frozenset(w["group_nouns"]), openers, frozenset(vocab("partner_sums")["possessive_openers"]),
            frozenset(vocab("commitments")["channel_organisations"]))


def _group_at(lower: list[str], j: int, end: int, openers: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether an unnamed group of givers starts at ``j``: up to two openers, then a group noun."""
    for _ in range(MAX_OPENERS + 1):
        if j >= end:
            return False
        if lower[j] in nouns:
            return True
        if lower[j] not in openers:
            return False
        j += 1
    return False


def without_partner_donors(ctx: ArticleContext, commitments: list) -> list:
    """``commitments``, each sum whose sentence names it the money of a giver's group made donor-less."""
    nouns, openers, possessives, channels = _words()
    lower = tokens(ctx.doc).lower
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if c.donor not in channels or c.amount is None or draft is None or draft.money is None:
            continue  # a state's sum keeps its donor: "Norway and its partners will provide NOK 5bn"
        sent = ctx.sentence_at(draft.money.start_char)
        if nouns.isdisjoint(lower[sent.start:sent.end]):
            continue  # the cheap test first: no "partners", "donors", … in the sentence
        pooled = False
        for m in ctx.mentions_in(sent.start_char, sent.end_char, ("ORG",)):
            k = m.end
            if m.stands_for == c.donor and k + 2 < sent.end and lower[k] == "and" and lower[k + 1] in possessives \
                    and _group_at(lower, k + 2, sent.end, openers, nouns):
                pooled = True  # "from the World Bank and its development partners"
                break
        if not pooled:
            pooled = any(lower[j] == "from" and _group_at(lower, j + 1, sent.end, openers, nouns)
                         for j in range(sent.start, sent.end - 1))  # "pledges from donors"
        if pooled:
            c.donor = None
            draft.donor = None
    return commitments
