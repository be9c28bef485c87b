"""The donor of aid in kind named by the help it came with: "five mobile power generators and seven
transformers delivered with Japanese assistance", "drones bought with Dutch funding".

Wording class: a clause whose subject is no state (a minister named by title, a company, Ukraine's
own grid operator) tells of items that "with <state> assistance/funding/money" came from that state.
The phrase must follow the items closely, in their clause, right after them or after a participle
of giving or buying: "with Japanese assistance" elsewhere in the sentence can modify another verb. Read only when the clause names no
donor of its own. Words are in ``data/assisted_items.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab
from coalition.extract.donors import NOT_DONORS
from coalition.extract.reporting_donors import country_at


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("assisted_items").items() if not k.startswith("_")}


def assisting_state(ctx, sent: Span, last: int) -> str | None:
    """The state of "with <state> assistance" right after the items ending at ``last`` (a participle
    between); None otherwise."""
    table = tokens(ctx.doc)
    lower = table.lower
    w = _words()
    # "with" right after the items or a participle after them, within a few words of the same clause
    # ("generators and seven transformers delivered with Japanese assistance")
    j = next((k for k in range(last, min(sent.end - 2, last + 7)) if lower[k] == "with"), None)
    if j is None or any(table.text[k] in (",", ";", ":") for k in range(last, j)):
        return None
    if j > last and lower[j - 1] not in w["participles"]:
        return None
    j += 1
    if lower[j] == "the":
        j += 1
    found = country_at(ctx, sent, j)
    if found is None:
        return None
    m, k = found
    if k >= sent.end or lower[k] not in w["help_nouns"]:
        return None
    code = m.stands_for
    return code if code and code not in NOT_DONORS else None
