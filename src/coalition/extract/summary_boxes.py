"""A sum in a box of bullets that sums up a release ("Key facts", "At a glance:") is the body's sum
told again, not a second pledge.

"Key facts … - £3 billion: UK military aid to Ukraine each year" below "He reaffirmed the
government's commitment to provide Ukraine with £3 billion a year of military aid", or "At a glance:
- £247 million this year to train Ukrainian troops" above "the government will spend a further £247
million this year on training": the box repeats in short what the body tells, whichever comes first.
Its shorter wording loses the body's "a year" or "a further", so the merge of repeated pledges
(``drafts._same_pledge``) keeps both; here a box line's sum that a body sentence gives the same donor,
in the same currency and the same amount (or the body's rounded), is dropped and its items go to the
body's. A box sum the body never tells stays. Headings in ``data/summary_boxes.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.drafts import _resolve_currency, _rounds_to, without_drafts
from coalition.extract.context import vocab

BULLETS = ("-", "•", "*", "–", "·")


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(vocab("summary_boxes")["headings"])


def _line_at(text: str, pos: int) -> tuple[int, str]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, text[start : end if end >= 0 else len(text)]


def _in_box(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a bullet under a summary heading (blank lines and other bullets
    between them)."""
    start, line = _line_at(text, pos)
    if not line.lstrip().startswith(BULLETS):
        return False
    while start > 0:
        start, line = _line_at(text, start - 1)
        stripped = line.strip()
        if not stripped or stripped.startswith(BULLETS):
            continue
        return stripped.rstrip(":").strip().lower() in _headings()
    return False


def _same_sum(box, body) -> bool:
    if box.donor is None or box.donor != body.donor or body.money is None:
        return False
    if _resolve_currency(box.money.currency, box.donor) != _resolve_currency(body.money.currency, body.donor):
        return False
    return box.money.amount == body.money.amount or _rounds_to(body.money.amount, box.money.amount)


def drop_box_repeats(ctx, drafts: list) -> list:
    """``drafts`` without the summary-box sums that a body sentence tells for the same donor."""
    if not any(d.money is not None for d in drafts):
        return drafts
    lowered = ctx.text.lower()
    if not any(h in lowered for h in _headings()):
        return drafts  # the cheap test first
    boxed = {id(d) for d in drafts if d.money is not None and d.sent is not None and _in_box(ctx.text, d.sent.start_char)}
    if not boxed:
        return drafts
    dropped: set[int] = set()
    for box in (d for d in drafts if id(d) in boxed):
        body = next((d for d in drafts if id(d) not in boxed and d.parent is None and d.status != "cumulative"
                     and _same_sum(box, d)), None)
        if body is None:
            continue
        dropped.add(id(box))
        body.items.extend(i for i in box.items if i.lower() not in (b.lower() for b in body.items))
        for d in drafts:
            if d.parent is box:
                d.parent = body
    return without_drafts(drafts, dropped)
