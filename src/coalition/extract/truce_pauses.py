"""A pause or halt whose weapons are a truce's scope, not aid paused.

Wording class: a ceasefire proposal names what it stops by its weapons, "a halt to missile, drone
and bomb attacks in the sky", "a pause limited to missiles, drones, naval operations and strikes on
power stations". The weapons then read as items under a verb of pausing, which the commitment finder
would take for aid held back. Only a list that runs on, through commas, "and" and the adjectives of
its other members, into a noun of fighting ("attacks", "strikes", "hostilities") is a truce's: any
other word between ("halted shipments of missiles and drones after Russian strikes") ends the list,
and the items stay aid. Words are in ``data/truce_pauses.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

# how far after the last weapon a noun of fighting may close the list
REACH = 6


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("truce_pauses").items() if not k.startswith("_")}


def truce_scope(sent: Span, last: int) -> bool:
    """Whether the item list ending before token ``last`` runs on into a noun of fighting."""
    w = _words()
    lower = tokens(sent.doc).lower
    for k in range(last, min(sent.end, last + REACH)):
        word = lower[k]
        if word in w["attacks"]:
            return True
        if word not in w["list_words"]:
            return False
    return False
