"""A truce held in a city, town or village is a truce on land (ADJUDICATION decision 5).

"The army ordered a ceasefire in the towns of A and B", "the ministry announced a ceasefire for the
southern city": the fighting stops in those places only, as with a truce confined to corridor routes
or a plant. A clause that names no domain was read as a general halt (`full`). The place noun must
follow the truce word through a preposition ("in", "for", "around") with only determiners, numbers
and a few place adjectives between, so "a ceasefire in the war that levelled cities" is not read.
A general halt whose purpose is an evacuation ("a ceasefire to let residents of the cities leave")
stays full, as decision 5 has it.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

_REACH = 6  # words after the preposition in which the place noun may stand


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    words = vocab("ceasefires")
    return (frozenset(words["truce_heads"]) | {"cease-fire", "regime"}, frozenset(words["locality_leads"]),
            frozenset(words["locality_between"]), frozenset(words["locality_nouns"]))


def local_scope(doc, start: int, end: int) -> list[str]:
    """["land"] when a truce word in doc[start:end] is held in a city, town or village; else []."""
    heads, leads, between, places = _sets()
    lower = tokens(doc).lower
    clause = lower[start:end]
    if places.isdisjoint(clause):
        return []  # cheap test first: no place noun, no local truce
    for i in range(start, end - 2):
        if lower[i] not in heads or lower[i + 1] not in leads:
            continue
        for j in range(i + 2, min(end, i + 2 + _REACH)):
            if lower[j] in places:
                return ["land"]
            if lower[j] not in between:
                break
    return []
