"""A side phrase after the items that gives a count of the same items to another actor.

"The first seven howitzers arrived in Ukraine in June, alongside five supplied by the Netherlands":
the Netherlands gives the five, not the seven; the donor finder's "by X" after the items would give
it the main clause's items too (and make it the donor the next sentence carries on). Kept apart
from ``in_kind.py``; the words live in ``data/commitments.json`` under ``side_giver``.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import _lower, tokens
from coalition.extract.donors import NOT_DONORS


def side_giver(ctx, sent: Span, end: int, words: dict) -> tuple[int, str] | None:
    """(where the side phrase starts, its giver's code) for ", alongside five supplied by the
    Netherlands" right after the items ending at ``end``; None when no such phrase follows."""
    table = tokens(ctx.doc)
    cues = words["side_giver"]
    # the first comma after the items, past the rest of their clause ("arrived in Ukraine in June,")
    j = next((k for k in range(end, sent.end) if table.text[k] in (",", ";")), sent.end)
    if j >= sent.end or table.text[j] == ";":
        return None
    j += 1
    start = j
    if j >= sent.end or not _lower(ctx.doc, j, min(sent.end, j + 3)).startswith(tuple(f" {o} " for o in cues["openers"])):
        return None
    j += 2 if table.lower[j] in ("along", "together", "as") else 1
    if table.lower[j - 1] == "well":
        j += 1  # "as well as"
    if j >= sent.end or not (any(c.isdigit() for c in table.text[j]) or table.lower[j] in cues["counts"]):
        return None
    j += 1
    if j + 1 >= sent.end or table.lower[j] not in cues["participles"] or table.lower[j + 1] != "by":
        return None
    for m in ctx.mentions_in(table.idx[j + 1], sent.end_char, ("COUNTRY", "ORG")):
        if m.start <= j + 3 and m.code and m.code not in NOT_DONORS:
            return start, m.code  # "by the Netherlands", "by Canada"
        break
    return None
