"""A sum that sizes a bill, a need or a loss is no aid: "The World Bank puts the longer-term cost of
Ukraine's recovery at more than $400bn", "war damage is estimated at €150bn", "a reconstruction bill
of $486bn". The amount measures what is needed or lost, not money anyone gives; money paid towards a
cost ("Germany will cover the cost of the training, estimated at €50m") names a payer's verb before
the noun, and stays, unless a relative clause values the noun ("needs …, which the IMF puts at
$135bn")."""

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
    if _valued_in_relative(lower, sent, start, nouns, valuing):
        return True
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


# qualifiers between "puts … at" and the sum ("puts at about $135bn")
_QUALIFIER_WORDS = frozenset(("about", "around", "roughly", "some", "nearly", "almost", "more", "than", "over",
                              "at", "least", "up", "to", "approximately", "just", "under"))
RELATIVE_REACH = 25  # "needs for 2026 and 2027, which the International Monetary Fund puts at …"


def _valued_in_relative(lower, sent: Span, start: int, nouns, valuing) -> bool:
    """ "Kyiv's budget and military needs for 2026 and 2027, which the International Monetary Fund
    puts at about $135 billion": a relative clause whose verb values the cost noun before it. The
    noun stands further back than the ten words read above, and a verb of covering before it ("the
    money is meant to cover … needs") belongs to another sum."""
    k = start - 1
    while k > sent.start and lower[k] in _QUALIFIER_WORDS and lower[k - 1] not in valuing:
        k -= 1
    if k - 1 <= sent.start or lower[k] != "at" or lower[k - 1] not in valuing:
        return False  # the cheap test first: no "puts at" right before the sum
    for j in range(k - 2, max(sent.start, k - RELATIVE_REACH), -1):
        if lower[j] in ("which", "that"):
            noun = next((x for x in range(j - 1, max(sent.start, j - 12) - 1, -1) if lower[x] in nouns), None)
            return noun is not None and not _payer_covers(sent, noun)
    return False


def _payer_covers(sent: Span, noun: int) -> bool:
    """Whether a state or organisation before the noun covers it ("Germany will cover the cost of the
    training, which it puts at €50m": Germany's money)."""
    doc = sent.doc
    cover = _words()[4]
    at = next((k for k in range(noun - 1, sent.start - 1, -1) if doc[k].lower_ in cover), None)
    if at is None:
        return False
    return any(e.label_ in ("COUNTRY", "ORG") and e.ent_id_ not in ("UKR", "RUS") for e in doc[sent.start:at].ents)
