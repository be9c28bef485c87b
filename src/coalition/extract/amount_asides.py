"""What follows an amount once its conversion is skipped: "the $50bn (€45bn) G7 loan" names its
giver after the parenthesised conversion just as "the $50bn G7 loan" does. Outlets put the
conversion between the amount and the noun it sizes, so the words that name the giver come after it."""

from __future__ import annotations

from spacy.tokens import Span

# A conversion in parentheses is short: "(€45bn)", "(about £6.8 billion)", "(US$ 1.1 billion)".
_LONGEST_CONVERSION = 8


def after_conversion(table, sent: Span, end: int) -> int:
    """The token after a parenthesised aside right at ``end`` ("(€45bn)"), or ``end`` itself."""
    if end >= sent.end or table.text[end] not in ("(", "["):
        return end
    for j in range(end + 1, min(sent.end, end + _LONGEST_CONVERSION)):
        if table.text[j] in (")", "]"):
            return j + 1
    return end
