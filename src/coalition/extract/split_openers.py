"""A split of money that was no commitment is none either: "Lithuanians raised €5.9m … Of the
Lithuanian money, about €1.5m is going to the defence ministry to buy munitions". A sentence that
opens "Of the/that/this … <money noun>," shares out a sum told before; the parts are the sum's
(sub-allocations, as "Of that sum, £200m is earmarked for drones"). When no commitment before it
holds an amount, the sum it splits was left out (private money, a budget, a price), and so are the
parts: they would otherwise take a donor from the article around them."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

_DETERMINERS = frozenset(("the", "that", "this", "its", "their", "these", "those"))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(vocab("commitments")["split_nouns"])


def opens_split(doc, sent: Span) -> bool:
    """Whether the sentence opens "Of <determiner> [up to three words] <money noun>,"."""
    lower = tokens(doc).lower
    if sent.end - sent.start < 4 or lower[sent.start] != "of" or lower[sent.start + 1] not in _DETERMINERS:
        return False
    for j in range(sent.start + 2, min(sent.end - 1, sent.start + 6)):
        if lower[j + 1] == ",":
            return lower[j] in _nouns()
    return False


def split_of_nothing(doc, sent: Span, earlier) -> bool:
    """Whether ``sent`` splits a sum told before while no earlier draft holds money."""
    return opens_split(doc, sent) and not any(d.money is not None for d in earlier)
