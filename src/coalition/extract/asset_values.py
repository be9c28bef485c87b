"""A sum that measures a stock of assets is no aid: "interest earned on roughly $300bn of Russian
central bank assets", "Russian state assets under US jurisdiction - estimated at $4bn to $5bn". The
amount sizes what is held (the assets, the reserves), not what anyone gives; what those assets may
fund ("profits worth €3bn a year, sent to Ukraine") is told by a profit noun, and stays aid. A
central bank's money ("€185bn of the Russian central bank's money sits there") is such a stock too,
whatever noun names it: a central bank gives no aid."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.asset_stocks import sizes_stock
from coalition.extract.context import tokens, vocab

VALUING = frozenset(("estimated", "valued", "worth", "totalling", "totaling", "put"))
_DETERMINERS = frozenset(("the", "its", "their", "any"))  # "the use of": a noun, no verb putting the stock to use


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    return frozenset(words["asset_stock_nouns"]), frozenset(words["asset_yield_nouns"]), frozenset(words["asset_use_verbs"])


def values_assets(doc, sent: Span, start: int, end: int) -> bool:
    """Whether the amount at ``start``–``end`` sizes a stock of assets: "$300bn of (Russian central
    bank) assets" after it, or "assets … estimated at / valued at" just before it."""
    stocks, yields, uses = _words()
    lower = tokens(doc).lower
    lo = max(sent.start, start - 4)
    if any(lower[j] in uses and not (j > sent.start and lower[j - 1] in _DETERMINERS) for j in range(lo, start)):
        # "a mechanism that would use up to €210bn of immobilised assets to fund a loan": put to use; "on
        # the use of the roughly £8bn of Russian assets immobilised in the UK" names the stock (a noun)
        return False
    if sizes_stock(doc, sent, start, end, stocks, uses):
        return True  # "$300bn in immobilized Russian assets", "generated $3bn in interest income" (asset_stocks.py)
    of = end - 1 if lower[end - 1] == "of" else end  # the money span may have taken the "of": "$300 billion of"
    if of < sent.end and lower[of] == "of":
        for j in range(of + 1, min(sent.end, of + 6)):
            if lower[j] in yields:
                return False  # "€3bn of profits from Russian assets": what the assets yield
            if lower[j] in stocks:
                return True
            if lower[j] == "bank" and lower[j - 1] == "central" and yields.isdisjoint(lower[j + 1:min(sent.end, j + 4)]):
                return True  # "€185bn of the Russian central bank's money", "of Russia's central bank funds": its holdings
    ranged = start - 1 >= sent.start and lower[start - 1] in ("to", "and", "-", "–")  # "$4bn to $5bn"
    lo = max(sent.start, start - (14 if ranged else 9))
    before = lower[lo:start]
    if not VALUING.intersection(before if ranged else before[-4:]):
        return False
    # "the profits those assets generate, worth €3bn": a yield named anywhere near makes it aid
    return not yields.intersection(before) and not stocks.isdisjoint(before)
