"""Aid items named without being given: a kind spoken of in general, or aid whose announcement is
still to come.

Wording class (eighteenth session): "any transfer of combat aircraft would be a long-term step",
"the government, whose consent is needed for any export of German-made arms, signed too": "any"
before the items (past a handover noun, "of" and a maker's "-made") names a kind, no aid in
particular. "He said further humanitarian funding would be announced in the coming days": the
announcement is still to come, nothing is given yet. The in-kind reader drops such groups.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import has_phrase

# Nouns of handing over that may stand between "any" and the items ("any export of …").
HANDOVER_NOUNS = frozenset({"export", "exports", "transfer", "transfers", "delivery", "deliveries", "supply", "supplies",
                            "shipment", "shipments"})
# Other words that may stand there ("any such weapons", "any new tanks", "any of").
BETWEEN = frozenset({"of", "western", "such", "further", "new"})
# An announcement still to come, in the window around the items.
ANNOUNCED_LATER = ("be announced", "be unveiled")


def any_of_kind(table, sent: Span, first: int) -> bool:
    """Whether "any" stands before the items at ``first``, at most a handover noun, "of" and a
    hyphened maker ("German-made", three tokens) between."""
    lower = table.lower
    j = first - 1
    while j > sent.start and first - j <= 6 and (lower[j] in BETWEEN or lower[j] in HANDOVER_NOUNS
                                                 or "-" in (lower[j], lower[j - 1], lower[j + 1])):
        j -= 1
    return j >= sent.start and lower[j] == "any"


def announced_later(window: str) -> bool:
    """Whether the items' window (lower-case, padded) tells their announcement as still to come."""
    return bool(has_phrase(window, ANNOUNCED_LATER))
