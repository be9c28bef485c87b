"""A sum told as the combined total of the sums before it in its sentence has no donor.

"Copenhagen has earmarked €135 million for orders from Ukrainian producers in 2025 and Oslo is adding
€43 million, a combined €178 million": the donor finders give the last sum to the nearest giver before
it (Oslo), though it is the two governments' sums added up. A sum right after a cue of a total
("combined", "together", "collectively", "total": ``combined_total_cues`` of ``data/commitments.json``)
that equals the sums of two or more other givers before it in the same sentence, in its currency, is
their running total: no donor (adjudication 18; the README's "a pledging conference's combined total
is a running total with no donor"), status ``cumulative``.
"""

from __future__ import annotations

from bisect import bisect_left

from coalition.extract.context import ArticleContext, tokens, vocab

CUE_REACH = 3  # "a combined €178m", "together some €178m"


def with_combined_sums(ctx: ArticleContext, commitments: list) -> list:
    cues = frozenset(vocab("commitments")["combined_total_cues"])
    table = tokens(ctx.doc)
    by_sentence: dict[int, list] = {}
    for c in commitments:
        draft = c.__dict__.get("_draft")
        if c.amount is None or draft is None or draft.money is None:
            continue
        by_sentence.setdefault(ctx.sentence_index(c.evidence.start), []).append(c)
    for group in by_sentence.values():
        if len(group) < 3:
            continue  # the cheap test first: a total and two sums
        for c in group:
            at = bisect_left(table.idx, c.__dict__["_draft"].money.start_char)
            if cues.isdisjoint(table.lower[max(0, at - CUE_REACH):at]):
                continue
            start = c.__dict__["_draft"].money.start_char
            parts = [o for o in group if o is not c and o.donor and o.currency == c.currency
                     and o.__dict__["_draft"].money.start_char < start]
            if len({o.donor for o in parts}) < 2:
                continue
            if abs(sum(o.amount for o in parts) - c.amount) <= 0.02 * c.amount:
                c.donor = None
                c.status = "cumulative"
                c.__dict__["_draft"].donor = None
    return commitments
