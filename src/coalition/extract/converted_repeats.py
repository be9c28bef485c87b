"""A sum told again in another currency is the same commitment, not a second one.

Outlets give a package in the donor's money with a conversion in brackets and, in the headline or
a summary line, only the converted figure: "Sweden allocates $133 mln to Ukraine" over "Sweden is
transferring 1.4 billion kronor ($133 million)"; "Denmark to allocate over €280 million" over
"DKK 2.1 billion (EUR 281.5 million)"; "Japan to pledge $106M" over "15.8 billion yen ($106
million)". The commitment finder read each figure as a package of its own (two facts for one act).

A commitment with an amount, and no conversion of its own, whose amount and currency are (within a
rounding tolerance) a conversion recorded on another commitment of the same donor is dropped: the
one that gives both figures keeps the act. A commitment that is a sub-allocation's package is kept.
Tolerance in ``data/converted_repeats.json``.
"""

from __future__ import annotations

from coalition.extract.context import vocab

TOLERANCE = float(vocab("converted_repeats")["tolerance"])


def without_converted_repeats(commitments: list) -> list:
    """``commitments`` without those that are another's sum in a second currency."""
    conversions = [(c, conv) for c in commitments if c.amount is not None for conv in c.conversions]
    if not conversions:
        return commitments  # cheap exit: most articles give no conversion
    parents = {id(p) for c in commitments
               if (d := c.__dict__.get("_draft")) is not None and (p := d.parent) is not None}
    drop = set()
    for c in commitments:
        if c.amount is None or c.donor is None or c.conversions or id(c.__dict__.get("_draft")) in parents:
            continue
        for other, conv in conversions:
            if other is c or id(other) in drop or other.donor != c.donor:
                continue
            if conv.get("currency") == c.currency and _close(conv.get("amount"), c.amount):
                drop.add(id(c))
                break
    return [c for c in commitments if id(c) not in drop]


def _close(a, b) -> bool:
    if not a or not b:
        return False
    return abs(a - b) <= TOLERANCE * max(a, b)
