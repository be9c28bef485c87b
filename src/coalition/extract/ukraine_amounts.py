"""An amount told as Ukraine's, with no verb of giving: "a bill with about $60bn for Ukraine", "expects
the assets to generate €3bn a year for Ukraine".

Wording class: the commitment finder reads only sentences with a verb or noun of giving
(``triggers``); a sum followed at once by "for Ukraine" / "for Kyiv" (past "a year" and a conversion in
parentheses) is money meant for Ukraine whatever the verb ("generate", "passed … with", "carries").
Such a sentence is read like one with a trigger, and every filter of no aid still applies (a sum
sought, compared, estimated or Ukraine's own). "for Ukraine's reconstruction", "to Ukraine" and a sum
further from its receiver are left to the triggers.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.amount_asides import after_conversion
from coalition.extract.context import tokens

_RECEIVERS = frozenset(("ukraine", "kyiv"))
# "€3bn a year for Ukraine", "$1bn annually for Kyiv": the rate before the receiver
_RATES = frozenset(("a", "per", "year", "annually", "each", "every", "month"))


def amount_for_ukraine(ctx, sent: Span, padded: str) -> bool:
    """Whether an amount of the sentence is followed at once by "for Ukraine" or "for Kyiv"."""
    if " for ukraine " not in padded and " for kyiv " not in padded:
        return False  # the cheap test first
    table = tokens(ctx.doc)
    lower = table.lower
    for span, money in ctx.money_in(sent):
        if money.conversion_of is not None:
            continue
        j = after_conversion(table, sent, span.end)
        while j < sent.end and j - span.end < 6 and lower[j] in _RATES:
            j += 1
        if j + 1 < sent.end and lower[j] == "for" and lower[j + 1] in _RECEIVERS and (
                j + 2 >= sent.end or table.text[j + 2] not in ("'s", "’s", "'", "’")):
            return True
    return False
