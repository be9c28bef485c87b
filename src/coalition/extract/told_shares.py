"""A joint gift whose payers' own shares are told after it: the shares are its parts, not copies.

"Italy and France have finalised the arrangements for jointly supplying Ukraine with a SAMP/T system
… Italy is expected to contribute the bulk of the launchers and radar components, while France will
provide Aster 30 missiles": the joint-gift rule (joint_gifts.py, ADJUDICATION.md decision 18) makes
the system a donor-less whole with one part per payer, each a copy of the whole's items; the article
then tells what each payer gives towards it. Those shares are the parts; the copies would count each
payer twice. When every payer of such a whole has a commitment in kind of its own, of the whole's
kind, in one sentence of the few after it ("Italy …, while France …"), the copies are dropped and
those commitments become the parts. A payer with no share told keeps its copy (the other rules'
reading), a sum is no share, and aid told as an addition ("Norway also pays for radars", words in
``data/told_shares.json``) or in sentences of its own is more aid beside the joint gift.

Its value told in the next sentence is the same gift: "Germany, Denmark and Norway will jointly pay
for 16 Zuzana 2 howitzers … The German Defence Ministry put the value of the order at €92 million, to
be split equally between the three partners": a donor-less sum whose sentence names it as the value
of an order, purchase or deal (``value_nouns``) is the joint gift with its amount; the gift's items
join the sum and the payers' parts become that sum's.
"""

from __future__ import annotations

from coalition.extract.context import _has, lower_text, vocab

REACH = 8  # sentences after the joint gift in which its payers' shares are told (a paragraph or two)


def _draft(c):
    return c.__dict__.get("_draft")


def with_told_shares(ctx, commitments: list) -> list:
    """``commitments``, each joint gift's copied parts replaced by the shares its payers are told to give."""
    wholes = [c for c in commitments if c.donor is None and c.amount is None and _draft(c) is not None]
    if not wholes:
        return commitments  # the cheap test first: no joint gift in kind
    dropped: set[int] = set()
    for whole in wholes:
        marker = _draft(whole)
        copies = [c for c in commitments if c.donor and c.amount is None and _draft(c) is not None
                  and getattr(_draft(c), "parent", None) is marker and c.evidence.start == whole.evidence.start]
        if len(copies) < 2:
            continue
        here = ctx.sentence_index(whole.evidence.start)
        shares = {}
        for copy in copies:
            share = next((c for c in commitments if c.donor == copy.donor and c.amount is None and c.category == whole.category
                          and c.status != "cumulative" and _draft(c) is not None and getattr(_draft(c), "parent", None) is None
                          and c.evidence.start > whole.evidence.end
                          and 0 < ctx.sentence_index(c.evidence.start) - here <= REACH), None)
            if share is None:
                break
            shares[id(copy)] = share
        if _one_breakdown(ctx, copies, shares):
            for copy in copies:
                dropped.add(id(copy))
                _draft(shares[id(copy)]).parent = marker
        else:
            _fold_value(ctx, whole, copies, commitments, dropped)
    return [c for c in commitments if id(c) not in dropped] if dropped else commitments


def _one_breakdown(ctx, copies: list, shares: dict) -> bool:
    """Whether every payer's share is told, in one sentence, and not as an addition."""
    if len(shares) < len(copies):
        return False  # not every payer's share is told: the copies stay
    if len({ctx.sentence_index(c.evidence.start) for c in shares.values()}) > 1:
        return False  # the shares are one breakdown ("Italy gives X, while France gives Y"), not aid told apart
    # "Norway also pays for radars": more aid beside the joint gift, no share of it
    return not _has(lower_text(ctx.sentence_at(next(iter(shares.values())).evidence.start)), vocab("told_shares")["additions"])


def _fold_value(ctx, whole, copies: list, commitments: list, dropped: set) -> None:
    """Make the donor-less sum told as the joint gift's value in the next sentence that gift."""
    here = ctx.sentence_index(whole.evidence.start)
    nouns = vocab("told_shares")["value_nouns"]
    for c in commitments:
        if c.donor is not None or c.amount is None or _draft(c) is None or getattr(_draft(c), "parent", 1) is not None:
            continue
        if ctx.sentence_index(c.evidence.start) != here + 1 or c.category not in (whole.category, "other"):
            continue
        sent = ctx.sentence_at(c.evidence.start)
        before = lower_text(ctx.doc[sent.start : max(sent.start, next((t.i for t in sent if t.idx >= _draft(c).money.start_char), sent.end))])
        if not _has(before, nouns):
            continue
        dropped.add(id(whole))
        c.items = c.items or list(whole.items)
        c.category = whole.category  # "the value of the order": of the gift's kind, whatever words the sum has
        for copy in copies:
            _draft(copy).parent = _draft(c)
        return
