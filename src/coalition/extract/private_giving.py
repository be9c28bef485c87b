"""Money gathered by givers that are no state is no state's commitment: "The X Charity Foundation
had collected about 600 million hryvnias to buy three drones", "volunteers raised $2m for
ambulances". A collection is private giving (as crowdfunding in the dev set's conventions), whatever
country the article is about; a state that gives through a foundation ("Luxembourg added €1m for the
Y Foundation") names the foundation after the amount, as receiver, and stays."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    return frozenset(words["private_collectors"]), frozenset(words["collect_verbs"])


def privately_collected(doc, sent: Span, lo: int, start: int) -> bool:
    """Whether, between ``lo`` and the amount at ``start``, a verb of collecting follows a private
    collector noun by at most four words ("Foundation had collected about", "volunteers raised")."""
    collectors, verbs = _words()
    lower = tokens(doc).lower
    first = max(lo, sent.start, start - 8)
    for v in range(first, start):
        if lower[v] in verbs:
            return not collectors.isdisjoint(lower[max(sent.start, v - 4):v])
    return False
