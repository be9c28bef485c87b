"""A truce held in a city, town or village is a truce on land (ADJUDICATION decision 5).

"The army ordered a ceasefire in the towns of A and B", "the ministry announced a ceasefire for the
southern city": the fighting stops in those places only, as with a truce confined to corridor routes
or a plant. A clause that names no domain was read as a general halt (`full`). The place noun must
follow the truce word through a preposition ("in", "for", "around") with only determiners, numbers
and a few place adjectives between, so "a ceasefire in the war that levelled cities" is not read.
A general halt whose purpose is an evacuation ("a ceasefire to let residents of the cities leave")
stays full, as decision 5 has it.

So is a truce in a relative clause on a place ("the port city of Mariupol, where a ceasefire
collapsed").

A truce written with a definite article and no terms ("observe the ceasefire") is the one the article
has named, often a local one: it does not make a general truce of its own.
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
        if lower[i] in heads and _place_before_where(lower, i, start, places):
            return ["land"]
        if lower[i] not in heads or lower[i + 1] not in leads:
            continue
        for j in range(i + 2, min(end, i + 2 + _REACH)):
            if lower[j] in places:
                return ["land"]
            if lower[j] not in between:
                break
    return []


# the words of a place's name between its noun and the comma: "the port city of Mariupol, where"
_NAME_REACH = 4


def _place_before_where(lower, i: int, start: int, places) -> bool:
    """"the port city of Mariupol, where a ceasefire collapsed": a truce in a relative clause on a
    place noun (with its name after "of") is held in that place."""
    k = i - 1
    if k >= start and lower[k] in ("a", "an", "the"):
        k -= 1
    if k - 1 < start or lower[k] != "where" or lower[k - 1] != ",":
        return False
    return any(lower[j] in places for j in range(max(start, k - 2 - _NAME_REACH), k - 1))


_DEFINITE = frozenset(("the", "this", "that"))


def is_definite_bare(doc, trigger: int, mention) -> bool:
    """'observe the ceasefire', 'honour this truce': a truce word after a definite determiner, in a
    clause that gives it no length or domain. It is the truce the article has named, local or not:
    with the same proposer it joins that one instead of making a general (`full`) proposal of its own."""
    if mention.duration or mention.scope or mention.hours_only or trigger == 0:
        return False
    return tokens(doc).lower[trigger - 1] in _DEFINITE
