"""An item noun in the name someone gives a thing ("called it a war loan") is a label, not aid.

"Hungary's foreign minister called it a war loan and said Budapest would have nothing to do with
it": the item finder reads "loan" as aid, and the sentence's "would" makes it Hungary's plan; but the
loan is what the minister calls the plan of others, the word of a label. An item after a naming verb
and its object ("called it a", "described them as", "dubbed it") names nothing given. Words in
``data/named_labels.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab

REACH = 5  # tokens before the item: "called it a war loan", "described it as a war loan"


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], tuple[str, ...]]:
    w = vocab("named_labels")
    return frozenset(w["objects"]), tuple(f" {p} " for p in w["naming_phrases"])


def labelled(lower, lo: int, start: int) -> bool:
    """Whether the item at token ``start`` (its span opening at ``lo``) follows a naming phrase."""
    objects, phrases = _cues()
    window = lower[max(lo, start - REACH) : start]
    if objects.isdisjoint(window):
        return False  # the cheap test first: no "it", "them", "as" before the item
    padded = " " + " ".join(window) + " "
    return any(p in padded for p in phrases)
