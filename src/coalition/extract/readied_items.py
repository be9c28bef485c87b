"""The stage of aid in kind that a government readies for handing over.

Wording class: "Norway has begun preparing six of its retired F-16s for transfer", "the army is
readying 20 Leopard 1 tanks for delivery to Ukraine". No verb of giving is there, but the purpose
after the items ("for transfer", "for delivery") makes the readying a step of a gift decided:
announced (not delivered: the items have not left). Only a verb of readying right before the items
(their count, "of its" and adjectives between) with "for" and a purpose noun right after counts:
"preparing its pilots for combat", "readying the base for winter" hand nothing over. Words are in
``data/readied_items.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = vocab("readied_items")
    return {"verbs": frozenset(data["verbs"]), "purposes": frozenset(data["purposes"])}


def readied_stage(sent: Span, first: int, last: int) -> str | None:
    """ "announced" when a verb of readying stands within six words before the items ``[first, last)``
    and "for transfer" / "for delivery" follows them; None otherwise."""
    lower = tokens(sent.doc).lower
    w = _words()
    if not (last + 1 < sent.end and lower[last] == "for" and lower[last + 1] in w["purposes"]):
        return None
    for j in range(first - 1, max(sent.start, first - 7) - 1, -1):
        if lower[j] in w["verbs"]:
            return "announced"
        if lower[j] in (",", ";", ":", "and", "but", "which", "that"):
            return None
    return None
