"""A relative clause after the items whose subject is a named actor: "a Patriot battery that the
United States pledged in December", "the jets which the Dutch government promised". Its verb gives
the items their stage however many words the actor's name takes; the fixed window after the items
(four tokens) reaches it only for one-word names.

Kept apart from ``in_kind.py`` (near its size limit).
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens

_OPENERS = frozenset({"that", "which"})
_BEFORE_ACTOR = frozenset({"the", "its", "their"})


def relative_actor_clause_end(ctx, sent: Span, end: int) -> int | None:
    """Where the window of items ending at ``end`` should end to take in the verb of a relative
    clause "that/which (the) ACTOR VERB" right after them, or None when no such clause follows."""
    table = tokens(ctx.doc)
    # the item's head noun may stand between ("a NASAMS battery that …": the item is "NASAMS")
    opener = next((j for j in range(end, min(sent.end - 2, end + 3)) if table.lower[j] in _OPENERS), None)
    if opener is None or any(not table.lower[j].isalnum() for j in range(end, opener)):
        return None  # the cheap test first; no punctuation between the items and the opener
    at = opener + 1
    if table.lower[at] in _BEFORE_ACTOR:
        at += 1
    for m in ctx.mentions_in(table.idx[opener + 1], table.idx[min(sent.end - 1, at + 1)] + 1, ("COUNTRY", "ORG", "PERSON")):
        if m.start in (opener + 1, at) and m.end < sent.end:
            return min(sent.end, m.end + 3)
    return None
