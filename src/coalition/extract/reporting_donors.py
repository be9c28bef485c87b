"""The donor of aid in kind told in a clause that names none, from the government that reports it.

Wording class: wire copy gives the delivery first and its source after a comma: "Six refurbished
Leopard tanks will leave the port of Santander next month, Madrid's defence ministry confirmed", "the
howitzers were handed over on Monday, the Danish defence ministry said". When nothing in the clause
names a giver, a state's own office that reports the step speaks of its own aid. Only a state's
office counts (an actor, or its demonym, then office nouns, then a speech verb): "…, a Pentagon
official told reporters" names no office of the list and "…, Kyiv's defence ministry said" is the
receiver; a reporting clause is read only after the items, never as a subject before them. Words are
in ``data/reporting_donors.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab
from coalition.extract.donors import NOT_DONORS


@lru_cache(maxsize=1)
def _words() -> dict:
    data = vocab("reporting_donors")
    return {"offices": frozenset(data["offices"]), "verbs": frozenset(data["verbs"])}


def reporting_donor(ctx, sent: Span, last: int) -> str | None:
    """The state whose office reports, after the next comma, the clause of the items ending at
    ``last`` ("…, Madrid's defence ministry confirmed"); None otherwise."""
    table = tokens(ctx.doc)
    lower = table.lower
    comma = next((j for j in range(last, min(sent.end, last + 15)) if table.text[j] == ","), None)
    if comma is None:
        return None
    w = _words()
    j = comma + 1
    if j < sent.end and lower[j] == "the":
        j += 1
    if j >= sent.end:
        return None
    found = country_at(ctx, sent, j)
    if found is None:
        return None
    m, k = found
    offices = 0
    while k < sent.end and lower[k] in w["offices"]:
        k, offices = k + 1, offices + 1
    if not offices or k >= sent.end or lower[k] not in w["verbs"]:
        return None
    code = m.stands_for
    return code if code and code not in NOT_DONORS else None


def country_at(ctx, sent: Span, j: int):
    """The country named from token ``j`` on ("Madrid's", "Japanese"), with the token after it and
    its possessive "'s": ``(mention, next token)``; None when no country starts at ``j``."""
    table = tokens(ctx.doc)
    m = next(iter(ctx.mentions_in(table.idx[j], table.idx[j] + 1, ("COUNTRY",))), None)
    if m is None or m.start != j:
        return None
    k = m.end
    if k < sent.end and table.lower[k] in ("'s", "’s"):
        k += 1
    return m, k
