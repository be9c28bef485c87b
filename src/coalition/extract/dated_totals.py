"""Two readings of a sum's sentence that the place or date in it decides (tenth session).

- A sum given "as of" a date ("had already allocated €1.07bn in aid to Kyiv as of April 30", "puts
  realised support at €8.7bn as of 31 August") is a running total at that date (``cumulative``),
  not a new pledge; "as of January, Germany will pay …" (a future) is a start date and stays.
- "Brussels" is the EU, except in an article about the Belgian government's own acts, where it is
  Belgium (ADJUDICATION.md decision 24): the donor of a sum whose sentence names the union only as
  "Brussels", in an article whose main actor is Belgium, is Belgium.

Words in ``data/dated_totals.json``; token checks in the sum's own sentence only.
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
    """Mark ``cumulative`` (in place) each draft sum followed, within ten tokens and in the same
    clause (no ";", ":", "while", "but", "and" between), by "as of" or "as at" and a date: a number,
    a month ("April", "mid"), or "the end of" and the like. "Sweden had allocated SEK 2.1bn in
    military aid to Ukraine as of 30 June" is a running total; "…to Ukraine, and as of June half of
    it was delivered" (a new clause) and "As of July, Sweden will allocate SEK 2.1bn …" (a future
    anywhere in the sentence: a start date) are left as they are, as is a draft already cumulative."""
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
    """Give Belgium (in place) each EU draft whose sentence names the union only as "Brussels",
    when the article's main actor ``main`` is Belgium: "Brussels will send €80m of the frozen
    assets' income to Kyiv" in an article about the Belgian government's acts is Belgium's; in any
    other article, or with "the EU" also named in the sentence, it stays the EU's."""
    if main != "BEL":
        return
    lower = tokens(ctx.doc).lower
    for d in drafts:
        if d.donor != "EU" or d.sent is None or "brussels" not in lower[d.sent.start : d.sent.end]:
            continue
        union = [m for m in ctx.mentions_in(d.sent.start_char, d.sent.end_char) if m.code == "EU"]
        if union and all(lower[m.start] == "brussels" for m in union):
            d.donor = "BEL"
