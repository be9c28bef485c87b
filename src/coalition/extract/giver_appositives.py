"""Aid named in an appositive that describes the giver is no gift of the sentence.

"Washington, Ukraine's largest bilateral donor of budget support, will keep sending grants": the
aside between commas says what kind of giver Washington is; the gift is what the verb gives after
it (the grants). Read as items, "budget support" became the commitment's items (or a second
commitment: "Norway, a long-time provider of humanitarian aid, has pledged shells" gave a
humanitarian pledge). An item is dropped when it follows "<giver noun> of" inside a comma-closed
aside. Giver nouns are in ``data/giver_appositives.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(vocab("giver_appositives")["giver_nouns"])


def in_giver_appositive(doc, sent, start: int, end: int) -> bool:
    """Whether the item at tokens [start, end) stands in ", … <giver noun> of <item> …," — an aside
    that opens with a comma at most eight tokens before and closes with one at most four after."""
    lower = tokens(doc).lower
    if start - 2 < sent.start or (lower[start - 1] != "of" and lower[start - 2] != "of"):
        return False  # the cheap test first: "of" right before the item (or before one modifier)
    of = start - 1 if lower[start - 1] == "of" else start - 2
    if of - 1 < sent.start or lower[of - 1] not in _nouns():
        return False
    opened = any(lower[j] == "," for j in range(max(sent.start, of - 8), of - 1))
    closed = any(lower[j] == "," for j in range(end, min(sent.end, end + 4)))
    return opened and closed
