"""A sum told as split between several payers has no single donor.

"The German Defence Ministry put the value of the order at €92 million ($90m), to be split equally
between the three partners", "a €300m bill shared evenly among Berlin, Copenhagen and Oslo": the donor
finders give the sum to the actor nearest it (the ministry that announced the figure), though the
sentence says several governments pay it together. ADJUDICATION decision 18: a gift paid by several
governments without a split of amounts is one commitment with ``donor: null``.

A sum followed (past a conversion in parentheses, a comma, "to be", "which will be") by a verb of
splitting ("split", "shared", "divided"), an adverb of manner ("equally", "evenly") and "between" /
"among" loses its donor when what follows names the payers: a group noun ("the three partners",
"the donor countries") or two or more states. A split among uses ("split between drones and air
defence", "divided among the brigades") names no payers and keeps the donor. The payers get no
share here: the sentences that name them (the joint-gift rules) record theirs.
Words in ``data/equal_splits.json``.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from coalition.extract.context import ArticleContext, tokens, vocab

NOT_PAYERS = frozenset(("UKR", "RUS"))


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("equal_splits")
    return {k: (v if isinstance(v, int) else frozenset(v)) for k, v in words.items() if not k.startswith("_")}


def without_split_donors(ctx: ArticleContext, commitments: list) -> list:
    """``commitments``, those whose sum the sentence says several payers split left without a donor."""
    words = None
    table = tokens(ctx.doc)
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if c.amount is None or c.donor is None or draft is None or draft.money is None:
            continue
        if c.part_of is not None or getattr(draft, "parent", None) is not None:
            continue  # a part of a package keeps its package's giver
        words = words or _words()
        sent = ctx.sents[ctx.sentence_index(c.evidence.start)]
        if words["split_verbs"].isdisjoint(table.lower[sent.start:sent.end]):
            continue  # the cheap test first
        at = bisect_left(table.idx, draft.money.end_char)
        if _split_among_payers(ctx, sent, at, words):
            c.donor = None
            c.confidence = min(c.confidence, 0.6)
            draft.donor = None
    return commitments


def _split_among_payers(ctx: ArticleContext, sent, at: int, words: dict) -> bool:
    """Whether a split among payers follows the sum that ends before token ``at``."""
    lower = tokens(ctx.doc).lower
    k, end, depth = at, min(sent.end, at + words["bridge_reach"]), 0
    while k < end and (depth or lower[k] not in words["split_verbs"]):
        depth += (lower[k] == "(") - (lower[k] == ")")
        if not depth and lower[k] not in words["bridge_words"]:
            return False  # another clause between the sum and the split (a conversion in brackets is no clause)
        k += 1
    if k >= end:
        return False
    k += 1
    while k < sent.end and lower[k] in words["manner_words"]:
        k += 1
    if k >= sent.end or lower[k] not in words["links"]:
        return False
    k += 1
    start = k
    while k < sent.end and lower[k] in words["group_words"]:
        k += 1
    if k < sent.end and lower[k] in words["payer_nouns"]:
        return True  # "between the three partners"
    table = tokens(ctx.doc)
    states = [m for m in ctx.mentions_in(table.idx[start], sent.end_char, ("COUNTRY",))
              if m.stands_for and m.stands_for not in NOT_PAYERS]
    if len(states) < 2 or states[0].start != start and lower[start] != "the":
        return False
    # "between Germany, Denmark and Norway": two or more states joined by commas and "and"
    joined = all(w in (",", "and", "the") for a, b in zip(states, states[1:]) for w in lower[a.end:b.start])
    return joined and len({m.stands_for for m in states}) >= 2

