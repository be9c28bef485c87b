"""The country an amount's goods were made in, named only as their maker ("Serbian-made
ammunition worth €800m had reached Ukraine through third countries"): that names who made the
goods, not who gave them. An amount whose only would-be donor is the article's main actor as that
maker is its industry's sales, not the state's aid, so it does not fall back to the main actor.

Separate from ``donors.py`` (full) because it answers one question of the fallback to the
article's main donor, asked only for amounts that found no donor of their own.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens

# "-made", "-built", "-produced": a country (or its adjective) before them names the maker
MAKER_PARTICIPLES = frozenset({"made", "built", "produced", "manufactured"})


def maker_before(ctx, sent: Span, at: int, window: int = 8) -> str | None:
    """The actor written as the maker ("Serbian-made", "US-built") of the goods within ``window``
    tokens before token ``at``, or None."""
    table = tokens(ctx.doc)
    lo = max(sent.start, at - window)
    if not any(w in MAKER_PARTICIPLES for w in table.lower[lo:at]):
        return None  # the cheap test first
    for m in ctx.mentions_in(table.idx[lo], table.idx[at], ("COUNTRY",)):
        if m.end + 1 < at and table.text[m.end] == "-" and table.lower[m.end + 1] in MAKER_PARTICIPLES:
            return m.code
    return None
