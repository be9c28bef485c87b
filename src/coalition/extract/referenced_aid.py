"""An actor named by its own aid after "alongside" is a point of reference, not a co-giver.

"Washington will keep sending grants through the World Bank alongside the IMF money": the IMF's
money is a separate gift (told elsewhere, or not at all), not a share of Washington's grants. The
co-donor reader takes an actor after "alongside" / "together with" as a second giver of the same
aid ("Norway pledged X, together with the United States"); when a noun of money or aid follows the
actor ("the IMF money", "the EU's loans"), the phrase names that actor's own aid instead. Nouns are
in ``data/referenced_aid.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(vocab("referenced_aid")["aid_nouns"])


def own_aid_named(doc, sent, mention_end: int) -> bool:
    """Whether a noun of money or aid follows the actor mention ending at ``mention_end`` ("the IMF
    money", "the EU's loans", "Japan's own package")."""
    lower = tokens(doc).lower
    j = mention_end
    if j < sent.end and lower[j] in ("'s", "’s", "'"):
        j += 1
    if j < sent.end and lower[j] == "own":
        j += 1
    return j < sent.end and lower[j] in _nouns()
