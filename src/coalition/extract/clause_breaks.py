"""Clause breaks between an aid item and the sums of its sentence: a clause with a verb or a
subject of its own ("sent helmets and vests, and provided aid worth $100m"; "€1bn …, while the
Netherlands set out a package of drones") keeps its items out of the sums' commitments. Used by
``commitments.py``."""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab
from coalition.extract.donors import NOUN_TRIGGERS, _trigger_set
from coalition.extract.time_clauses import halt_in_time_clause


def _items_in_own_clause(ctx, sent: Span, items, money_spans: list[Span]) -> set:
    """Items that a clause break with its own verb or subject separates from every amount of the
    sentence: "sent helmets and vests, and provided aid worth $100m", "€1bn ..., while the
    Netherlands set out a package of drones"."""
    out = set()
    for item in items:
        if all(_clause_break(ctx, sent, *sorted((item[1], span.start)) if item[1] <= span.start else (span.end, item[0]))
               for span in money_spans):
            out.add(item)
    return out


def _clause_break(ctx, sent: Span, lo: int, hi: int) -> bool:
    if halt_in_time_clause(ctx, sent, lo, hi, vocab("commitments")):
        return True  # "…, days after the US paused military aid": the halt is a clause of its own
    table = tokens(ctx.doc)
    lower, ent = table.lower, table.ent
    triggers = _trigger_set()
    for j in range(lo, hi):
        word = lower[j]
        if word in ("while", "whereas"):
            return True
        if word in (",", ";") and j + 1 < hi and lower[j + 1] in ("and", "but"):
            k = j + 2
            if k < hi and lower[k] in ("also", "then", "has", "have", "had", "will", "it", "they"):
                k += 1
            if k < hi and ((lower[k] in triggers and lower[k] not in NOUN_TRIGGERS) or ent[k] in ("COUNTRY", "ORG", "PERSON")):
                return True
        if word in ("and", "but") and j + 1 < hi:
            k = j + 1
            while k < hi - 1 and lower[k] in ("has", "have", "will", "would", "also", "is", "are", "had"):
                k += 1  # "and has earmarked €1bn a year": the auxiliary of a second verb
            if lower[k] in _GIVING_VERBS:
                return True  # "would donate 40 tanks and provide €50m for ammunition": a second verb of its own
    return False


# Verbs of giving that, right after "and", open a clause of their own (never nouns).
_GIVING_VERBS = frozenset({"provide", "provides", "provided", "send", "sends", "sent", "give", "gives", "gave", "donate",
                           "donates", "donated", "supply", "supplies", "supplied", "deliver", "delivers", "delivered",
                           "pledge", "pledged", "pledges", "allocate", "allocated", "allocates", "lend", "lent",
                           "earmark", "earmarked", "earmarks", "committed", "commit", "commits", "approved", "promised",
                           "prepared"})  # "…, and prepared a package of aid worth €2m"
