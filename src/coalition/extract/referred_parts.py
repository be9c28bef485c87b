"""A sum told after its package, pointing back at it, is a part of that package (decision 57).

Outlets give a package in one sentence and its slices in the next ones: "Denmark's support now
totals DKK 19 billion. Civil support accounts for roughly DKK 3 billion of that."; "The EU agreed a
€5bn package. A first tranche of €2bn was paid on Tuesday."; "Canada has committed C$500 million
this year. … a NASAMS system, financed within the C$500 million." The commitment finder links a
part to its package only inside one sentence ("including £92 million for boats"), so each slice told
later came out as a package of its own, and a tracker adding them up counted the money twice.

A commitment with an amount and no package of its own becomes a part (``part_of``) of the nearest
commitment before it, within ``reach`` sentences, of the same donor (or none) and currency with a
larger amount that is itself no part, when its sentence holds one of the ``refers`` words and none
of the ``new`` ones ("a further €2bn on top of that"). Nothing is added or dropped: only the link
is set, so the accuracy gate's figures do not move; the part's own status stays its own.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, lower_text, vocab

_WORDS = vocab("referred_parts")
REFERS = tuple(_WORDS["refers"])
NEW = tuple(_WORDS["new"])
REACH = int(_WORDS["reach"])


def with_referred_parts(ctx, commitments: list) -> list:
    """``commitments`` with each later slice of a package linked to it (the list is not changed)."""
    money = [c for c in commitments if c.amount is not None and c.__dict__.get("_draft") is not None]
    if len(money) < 2:
        return commitments  # cheap exit: a part needs a package before it
    where = {id(c): ctx.sentence_index(c.evidence.start) for c in money}
    for c in money:
        draft = c.__dict__["_draft"]
        if draft.parent is not None or c.status == "cumulative":
            continue
        padded = lower_text(ctx.sentence_at(c.evidence.start))
        if not has_phrase(padded, REFERS) or has_phrase(padded, NEW):
            continue
        here = where[id(c)]
        parent = None
        for p in money:
            gap = here - where[id(p)]
            if p is c or not 0 < gap <= REACH or p.__dict__["_draft"].parent is not None:
                continue
            if p.currency == c.currency and p.amount > c.amount and p.donor in (None, c.donor):
                if parent is None or where[id(p)] >= where[id(parent)]:
                    parent = p  # the nearest package before it
        if parent is not None:
            draft.parent = parent.__dict__["_draft"]
    return commitments
