"""Two readings of a sum's sentence that the place or date in it decides (tenth session).

- A sum given "as of" a date ("had already allocated €1.07bn in aid to Kyiv as of April 30", "puts
  realised support at €8.7bn as of 31 August") is a running total at that date (``cumulative``),
  not a new pledge; "as of January, Germany will pay …" (a future) is a start date and stays.
- "Brussels" is the EU, except in an article about the Belgian government's own acts, where it is
  Belgium (ADJUDICATION.md decision 24): the donor of a sum whose sentence names the union only as
  "Brussels", in an article whose main actor is Belgium, is Belgium.

Words in ``data/dated_totals.json``; cheap token checks after the amount only.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("dated_totals")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def _as_of_date(lower, at: int, end: int, words: dict) -> bool:
    """ "as of April 30", "as of 31 August 2025", "as at the end of May" within a few words after ``at``."""
    for k in range(at, min(end - 2, at + 10)):
        if lower[k] in (";", ":") or lower[k] in words["clause_breaks"]:
            return False
        if lower[k] == "as" and lower[k + 1] in ("of", "at"):
            date = lower[k + 2 : min(end, k + 6)]
            return bool(date) and (date[0].isdigit() or date[0] in words["months"] or " ".join(date[:3]) in words["ends"])
    return False


def mark_dated_totals(ctx, drafts: list) -> None:
    words = _words()
    lower = tokens(ctx.doc).lower
    for d in drafts:
        if d.money is None or d.sent is None or d.status == "cumulative":
            continue
        s, e = d.sent.start, d.sent.end
        if "as" not in lower[d.anchor_start : e] or not words["future"].isdisjoint(lower[s:e]):
            continue  # the cheap test first; a future ("will pay … as of January") is a start date
        if _as_of_date(lower, d.anchor_start, e, words):
            d.status = "cumulative"


def brussels_as_belgium(ctx, drafts: list, main: str | None) -> None:
    if main != "BEL":
        return
    lower = tokens(ctx.doc).lower
    for d in drafts:
        if d.donor != "EU" or d.sent is None or "brussels" not in lower[d.sent.start : d.sent.end]:
            continue
        union = [m for m in ctx.mentions_in(d.sent.start_char, d.sent.end_char) if m.code == "EU"]
        if union and all(lower[m.start] == "brussels" for m in union):
            d.donor = "BEL"
