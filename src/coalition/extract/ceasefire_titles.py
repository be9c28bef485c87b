"""A proposer written as a state's office-holder or body before the proposal: "the US president's
idea of a ceasefire", "the Russian leader's offer of a three-day truce", "the Ukrainian side's plan".

Wire copy names the leader by title on second reference, the state as an adjective or short name
("US", "Russian", "Kremlin") before it. The state is then the proposer as in "Washington's idea":
the title between the state and the possessive is skipped (``ceasefire_parties._names_proposal``).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab


@lru_cache(maxsize=1)
def _titles() -> tuple[tuple[str, ...], ...]:
    # longest first: "foreign minister" before "minister"
    return tuple(sorted((tuple(t.split()) for t in vocab("ceasefires")["proposer_titles"]), key=len, reverse=True))


def past_title(lower, i: int, end: int) -> int:
    """The token after an office-holder's title at ``i`` that a possessive follows ("president 's"),
    else ``i``."""
    for title in _titles():
        k = i + len(title)
        if k < end and tuple(lower[i:k]) == title and lower[k] in ("'s", "’s", "'"):
            return k
    return i
