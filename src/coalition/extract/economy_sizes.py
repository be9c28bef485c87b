"""A sum that sizes an economy is no aid: "with the central bank forecasting 2024 GDP of €41.2bn",
"could add almost £9bn to the UK economy by 2040". The amount measures national output (or a gain
to it), not money anyone gives; a pledge told as a share of that output ("0.25% of GDP, roughly
€100m") names its own sum after the share, and stays."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

UKRAINE = frozenset(("ukraine", "ukraine's", "kyiv", "ukrainian"))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    return frozenset(words["economy_measures"]), frozenset(words["economy_links"])


def sizes_economy(doc, sent: Span, start: int, end: int) -> bool:
    """Whether the amount at ``start``–``end`` is an economy's size: a measure noun ("GDP",
    "economy") joined to it only by linking words ("of", "at", "forecast at about"), or "to the
    (UK) economy" right after it. Ukraine's economy is left alone: money to it may be aid."""
    measures, links = _words()
    lower = tokens(doc).lower
    j = start - 1
    while j >= max(sent.start, start - 5) and lower[j] in links:
        j -= 1
    if j >= sent.start and j < start - 1 and lower[j] in measures and lower[j + 1] in ("of", "at", "is", "was", "stood", "stands"):
        return not UKRAINE.intersection(lower[max(sent.start, j - 3):j])
    if end + 2 < sent.end and lower[end] == "to" and lower[end + 1] == "the":
        # "to the economy", "to the UK economy": a gain to national output, not money to a receiver
        after = lower[end + 2:min(sent.end, end + 4)]
        return any(w in measures and w != "product" for w in after) and not UKRAINE.intersection(after)
    return False
