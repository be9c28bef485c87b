"""A handover told as a noun that is going on or done delivers the items.

"Blinken said the transfer of F-16 jets from Denmark and the Netherlands was under way", "Deliveries
of Leopard tanks from Germany began in March": the aid has no verb of giving, only a noun of
handing over ("transfer", "delivery", "shipment") before the items, and the clause's own verb says
the handover has started or ended. The stage finders read a verb before the items and find none, so
the items had no commitment. The noun, "of" and the items, then within a few words after them (past
the givers: "from Denmark and the Netherlands") a predicate of progress ("was under way", "has
begun", "began", "was completed"), give ``delivered``. A handover still to come ("would approve the
transfer … once", "the delivery of the jets will begin in May") has no predicate of progress here
and is left to the stage finders. Words in ``data/handover_nouns.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("handover_nouns")
    return {"nouns": frozenset(words["nouns"]), "between": frozenset(words["between"]),
            "progress": [tuple(p) for p in words["progress"]], "reach": int(words["reach"])}


def handover_stage(sent: Span, first: int, last: int) -> str | None:
    """``delivered`` when a noun of handing over + "of" stands before the items ``[first, last)``
    and a predicate of progress follows them; None otherwise."""
    w = _words()
    lower = tokens(sent.doc).lower
    j = first - 1
    while j > sent.start and first - j <= 4 and lower[j] != "of" and (lower[j] in w["between"] or any(c.isdigit() for c in lower[j])):
        j -= 1  # "the transfer of the first six F-16 jets"
    if j <= sent.start or lower[j] != "of" or lower[j - 1] not in w["nouns"]:
        return None
    for k in range(last, min(sent.end, last + w["reach"])):
        if lower[k] in (";", ":") or (lower[k] == "," and k > last):
            break  # another clause
        if any(tuple(lower[k:k + len(p)]) == p for p in w["progress"]):
            return "delivered"
    return None


def handover_source(ctx, sent: Span, last: int) -> str | None:
    """The state after "from" right after the handed-over items ("the transfer of F-16 jets from
    Denmark …"): the giver, before a speaker named earlier in the sentence ("Blinken said …")."""
    lower = tokens(sent.doc).lower
    k = last
    if k < sent.end and lower[k] == "from":
        k += 1
        if k < sent.end and lower[k] == "the":
            k += 1
        for m in ctx.mentions_in(sent.doc[k].idx, sent.end_char, ("COUNTRY",)):
            if m.start == k and m.stands_for and m.stands_for not in ("UKR", "RUS"):
                return m.stands_for
            break
    return None
