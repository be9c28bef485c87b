"""A sum that sizes a bill, a need or a loss is no aid: "The World Bank puts the longer-term cost of
Ukraine's recovery at more than $400bn", "war damage is estimated at €150bn", "a reconstruction bill
of $486bn". The amount measures what is needed or lost, not money anyone gives; money paid towards a
cost ("Germany will cover the cost of the training, estimated at €50m") names a payer's verb before
the noun, and stays."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], ...]:
    words = vocab("commitments")
    return tuple(frozenset(words[key]) for key in (
        "cost_estimate_nouns", "cost_valuing_words", "cost_bill_nouns", "cost_bill_links", "cost_cover_verbs"))


def sizes_cost(doc, sent: Span, lo: int, start: int) -> bool:
    """Whether the amount starting at ``start`` sizes a cost, a need or a loss told between ``lo``
    (the end of the previous amount, or the sentence start) and it."""
    nouns, valuing, bills, links, cover = _words()
    lower = tokens(doc).lower
    first = max(lo, sent.start, start - 10)
    window = lower[first:start]
    if nouns.isdisjoint(window):
        return False  # the cheap test first: no cost noun just before the amount
    c = max(first + i for i, w in enumerate(window) if w in nouns)
    if c >= 1 and lower[c - 1] in ("a", "the") and c >= 2 and lower[c - 2] == "at":
        return False  # "bought at a cost of £30m": the price of a purchase, paid
    if not cover.isdisjoint(lower[max(sent.start, c - 5):start]):
        return False  # "will cover the cost of the training": money paid towards it
    between = lower[c + 1:start]
    if lower[c] in bills and all(w in links for w in between):
        return True  # "a reconstruction bill of $486bn", "needs of more than $40bn"
    return "at" in between and not valuing.isdisjoint(lower[max(sent.start, c - 6):start])
