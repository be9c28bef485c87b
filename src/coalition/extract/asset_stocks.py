"""More shapes of a sum that sizes a stock of assets, or the income that stock earns: no aid.

asset_values.py reads "$300bn of Russian central bank assets" and "assets … estimated at $5bn".
Outlets write the same stock in other orders: "roughly $300 billion in immobilized Russian assets"
("in", not "of"), "Russia's frozen $300 billion assets" (the sum as an adjective of the stock).
And the income the
stock earns is its owner's or its custodian's revenue, not a gift: "these frozen assets generated
approximately $3 billion in annual interest income", "the clearinghouse reported generating €5bn in
interest". What the income is then given as ("profits worth €3bn a year, sent to Ukraine") keeps a
verb of giving or use and is left to the other rules. Words in ``data/asset_stocks.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("asset_stocks").items() if not k.startswith("_")}


def sizes_stock(doc, sent: Span, start: int, end: int, stocks: frozenset[str], uses: frozenset[str]) -> bool:
    """Whether the sum at ``start``–``end`` sizes a held stock of assets or the income it earns."""
    w = _words()
    lower = tokens(doc).lower
    after = end
    if after < sent.end and lower[after] == "(":  # "€5.15 billion ($5.4 billion) in interest": past the conversion
        close = next((k for k in range(after, min(sent.end, after + 8)) if lower[k] == ")"), None)
        after = close + 1 if close is not None else after
    if after < sent.end and lower[after] in ("in", "of"):
        j = after + 1
        while j < sent.end and j < after + 6 and lower[j] in w["modifiers"]:
            j += 1
        if j < sent.end and lower[j] in stocks and j > after + 1:
            return True  # "$300 billion in immobilized Russian assets": at least one word that holds it
    if after < sent.end and lower[after] in stocks:
        if not w["freezing"].isdisjoint(lower[max(sent.start, start - 3):start]):
            return True  # "Russia's frozen $300 billion assets"
    before = lower[max(sent.start, start - 4):start]
    if not w["earning_verbs"].isdisjoint(before) and after < sent.end and lower[after] == "in":
        j = after + 1
        while j < sent.end and j < after + 4 and lower[j] in w["earning_modifiers"] and lower[j] not in w["earning_nouns"]:
            j += 1
        clause = next((k for k in range(j, sent.end) if lower[k] in (",", ";", "and", "which", "that")), sent.end)
        if j < sent.end and lower[j] in w["earning_nouns"] and uses.isdisjoint(lower[end:clause]):
            return True  # "generated approximately $3 billion in annual interest income": revenue earned
    return False
