"""A sum the next sentences split into several givers' shares is their joint sum: no donor.

"The World Bank on Wednesday announced a further $1.75 billion … The United States provides a $1.25
billion grant, the bank itself lends $500 million …, and Finland adds a $15 million grant": the donor
finders give the whole sum to the body that announced it (the bank) or to a country named near it in
a headline ("World Bank mobilises $1.75 billion …, combining a UK-guaranteed loan with US and Finnish
grants"), though the article itself tells that it comes from several givers. ADJUDICATION.md decision
18 (a gift paid by several without one donor has `donor: null`, each payer's share a part of it) and
the domain notes (a channel is not a donor) make such a sum no one's.

A sum with a donor is read as split when the sums told in the next sentences (up to ``REACH``), in its
currency and each smaller than it, come from two or more givers and add up to it (within 2%, as the
accuracy gate compares amounts). A state's package broken down into its own lines ("£600m for
drones and £400m for repairs") has one giver and keeps its donor; sums that do not add up to it are
other money and change nothing. The shares become parts of the joint sum.
"""

from __future__ import annotations

REACH = 3  # sentences after the sum in which its shares are told
TOLERANCE = 0.02  # the gate's: a share list rounded ("$1.765bn" of "$1.75bn") still adds up


def _draft(c):
    return c.__dict__.get("_draft")


def with_split_sums(ctx, commitments: list) -> list:
    """``commitments``, each sum the following sentences split among several givers made donor-less."""
    sums = [c for c in commitments if c.amount and c.currency and _draft(c) is not None and _draft(c).money is not None]
    if len(sums) < 3:
        return commitments  # the cheap test first: a whole and two shares
    sums.sort(key=lambda c: _draft(c).money.start_char)
    placed = [(ctx.sentence_index(_draft(c).money.start_char), c) for c in sums]
    for here, whole in placed:
        if whole.donor is None or _draft(whole).parent is not None:
            continue
        shares, total, givers, split = [], 0.0, set(), False
        for there in range(here + 1, here + REACH + 1):
            told = [part for at, part in placed if at == there and part.currency == whole.currency
                    and part.amount < whole.amount * (1 - TOLERANCE)]  # not the whole told again
            shares += told
            total += sum(part.amount for part in told)
            givers.update(part.donor for part in told if part.donor)
            if total > whole.amount * (1 + TOLERANCE):
                break
            # the shares are whole sentences: a list is read to its end before it is added up
            if told and abs(total - whole.amount) <= TOLERANCE * whole.amount:
                split = True
                break
        if not split or len(givers) < 2:
            continue
        whole.donor = None
        _draft(whole).donor = None
        for part in shares:
            if _draft(part).parent is None:
                _draft(part).parent = _draft(whole)
    return commitments
