"""The contents of deliveries told at the end of the sentence before: "…beyond last year's shipments.
Those included body armour and helmets."

Wording class: a short sentence whose subject is only "Those"/"These"/"They" and whose verb is one of
containing lists what the deliveries named last in the sentence before held. Those items were given
(delivered), by the donor the article is speaking of (the caller's donor of the sentence before).
The sentence before must end on a noun of deliveries made ("shipments", "deliveries"): "Those
included Leopard tanks" after "… the requests Kyiv sent." tells what was asked for, not given. Words
are in ``data/delivered_contents.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("delivered_contents").items() if not k.startswith("_")}


def delivered_contents_stage(ctx, sent: Span, first: int) -> str | None:
    """ "delivered" when the sentence opens "Those included" before the items at ``first`` and the
    sentence before ends on a noun of deliveries; None otherwise."""
    table = tokens(ctx.doc)
    lower = table.lower
    w = _words()
    if first - sent.start > 4 or sent.start + 1 >= sent.end:
        return None
    if lower[sent.start] not in w["openers"] or lower[sent.start + 1] not in w["verbs"]:
        return None
    index = ctx.sentence_index(sent.start_char)
    if index == 0:
        return None
    before = ctx.sents[index - 1]
    last = before.end - 1
    while last > before.start and not table.text[last][:1].isalnum():
        last -= 1  # the full stop, a closing quote
    return "delivered" if lower[last] in w["delivery_nouns"] else None
