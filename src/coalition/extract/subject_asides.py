"""A short adverbial aside between a subject and its verb: "Sweden, for its part, is to provide ten
tanks", "Berlin, in turn, will send", "Norway, meanwhile, has pledged".

Wire and trade copy that lists several donors opens each new one with such an aside. The donor
finder reads an actor as the subject when a verb or an auxiliary follows it; the comma of the aside
hid that, so the sentence's items went to the actor of the sentence before. This gives the token
after the aside's closing comma, where the verb is. Words in ``data/subject_asides.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab


@lru_cache(maxsize=1)
def _asides() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(a.split()) for a in vocab("subject_asides")["asides"])


def after_aside(lower: list[str], comma: int, end: int) -> int | None:
    """The token after ", <aside>," that opens at the comma at ``comma``, or None when none does."""
    if comma >= end or lower[comma] != ",":
        return None
    for size in (1, 2, 3, 4):
        close = comma + size + 1
        if close + 1 < end and lower[close] == "," and tuple(lower[comma + 1 : close]) in _asides():
            return close + 1
    return None


# The auxiliaries after an appositive's closing comma that show the actor before it is the subject.
_AUXILIARIES = frozenset(("has", "have", "had", "will", "would", "is", "are", "was", "were"))
_APPOSITIVE_OPENERS = frozenset(("the", "a", "an", "one"))
_LONGEST_APPOSITIVE = 12


def after_appositive(lower: list[str], comma: int, end: int) -> int | None:
    """ "Germany, Ukraine's biggest military backer in Europe, has stopped …": the token after an
    appositive (opened by a determiner or a possessive, with no comma or relative word inside) that
    an auxiliary follows, where the actor's verb is; None when none does. Only an auxiliary after it
    counts: "Germany, the Netherlands, Denmark and Norway" is a list, no aside."""
    if comma + 2 >= end or lower[comma] != ",":
        return None
    if lower[comma + 1] not in _APPOSITIVE_OPENERS and lower[comma + 2] not in ("'s", "’s"):
        return None
    for close in range(comma + 3, min(end - 1, comma + _LONGEST_APPOSITIVE + 2)):
        word = lower[close]
        if word in ("which", "who", "whose", "that", ";", "and", "or"):
            return None
        if word == ",":
            return close + 1 if lower[close + 1] in _AUXILIARIES else None
    return None
