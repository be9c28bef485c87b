"""The donor named inside a lot of aid: "a shipment of US military aid", "the batch of Swedish generators".

Wording class: a noun of a lot (shipment, batch, consignment, cargo, convoy, …), "of", then an actor
(a country or its adjective) right before the items: the actor owns the items the lot carries, even
when another actor is the nearest subject before ("Britain flew anti-tank weapons to Ukraine, and a
further shipment of US military aid landed at Boryspil": the US aid, not Britain's). The donor
finders leave an actor after "of" alone ("the share of the G7", "the Government of Estonia"); the
lot noun before "of" is what makes this one a giver. Lot nouns are ``concrete_lots`` of
``commitments.json``; an actor after "of" with no lot noun before it keeps its old reading.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

NOT_GIVERS = frozenset(("UKR", "RUS"))


def _bought(lower: list[str], sent: Span, lot: int) -> bool:
    """ "The Netherlands paid for the first package of American equipment": the lot is what another
    pays for; the actor in it is the seller, and the payer gives (read by the donor finders)."""
    cues = _payment_cues()
    return any(w in cues for w in lower[max(sent.start, lot - 5):lot])


@lru_cache(maxsize=1)
def _payment_cues() -> frozenset[str]:
    return frozenset(vocab("commitments")["company_commission_cues"])


@lru_cache(maxsize=1)
def _lot_nouns() -> frozenset[str]:
    nouns = [phrase.split()[0] for phrase in vocab("commitments")["concrete_lots"] if phrase.endswith(" of")]
    # the plurals too: "shipments of", "batches of", "deliveries of"
    return frozenset(nouns + [n + "s" for n in nouns] + [n + "es" for n in nouns] + [n[:-1] + "ies" for n in nouns if n.endswith("y")])


def lot_owner(ctx, sent: Span, first: int) -> str | None:
    """The actor between "<lot noun> of" and the item at ``first``, when one stands right there."""
    lower = tokens(ctx.doc).lower
    for m in ctx.mentions_in(ctx.doc[max(sent.start, first - 4)].idx, ctx.doc[first].idx, ("COUNTRY", "ORG")):
        if m.end != first or m.start - 2 < sent.start or m.code in NOT_GIVERS or not m.stands_for:
            continue
        k = m.start - 1
        if lower[k] == "the":
            k -= 1
        if lower[k] == "of" and lower[k - 1] in _lot_nouns() and not _bought(lower, sent, k - 1):
            return m.stands_for
    return None
