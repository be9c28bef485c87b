"""A country after "bought from", "on order from" is the seller of the items, not their giver.

"Canada … has paid for a NASAMS air defence system on order from the United States": with no donor
found before the items, the donor finders take "from" + the actor after them as the giver ("tanks
from Germany"), but after a verb of buying the actor is where the items were bought, and the buyer
(the clause's subject, or the article's donor) gives them. Words in ``data/seller_sources.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab


@lru_cache(maxsize=1)
def _buying_words() -> frozenset[str]:
    return frozenset(vocab("seller_sources")["buying_words"])


def bought_from(lower, j: int, start: int) -> bool:
    """Whether the "from" at token ``j`` follows a word of buying ("bought from", "on order from")."""
    return j > start and lower[j] == "from" and lower[j - 1] in _buying_words()
