"""The stage of aid in kind that a donor "adds" to a common effort.

Wording class: a donor's share told with the verb of adding right before its items: "Portugal added
three Leopard 2A6s of its own", "Norway adds 20 more howitzers", "Spain has added another six
tanks", "and later added launchers and spare parts". With the count or a determiner between the verb
and the items, or an adverb or auxiliary of time before the verb, the verb gives them: a pledge
(announced). "He added that the tanks …", "added to the pressure" put a word of another kind between,
and give nothing. Words are in ``data/added_items.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("added_items").items() if not k.startswith("_")}


def added_stage(sent: Span, first: int) -> str | None:
    """ "announced" when a verb of adding stands right before the items at ``first``, past their count,
    determiner and names only ("added three Leopard 2A6s"); None otherwise."""
    w = _words()
    table = tokens(sent.doc)
    lower = table.lower
    j = first - 1
    counted = False
    while j > sent.start and first - j <= 5 and (lower[j] in w["between"] or any(c.isdigit() for c in lower[j]) or table.title[j]):
        counted = counted or lower[j] in w["counts"] or any(c.isdigit() for c in lower[j])
        j -= 1
    if j < sent.start or lower[j] not in w["verbs"]:
        return None
    # "later added launchers and spare parts": without a count, an adverb or auxiliary of time before
    # the verb makes it the donor's act ("He added weapons were needed" is speech)
    return "announced" if counted or (j - 1 >= sent.start and lower[j - 1] in w["before"]) else None
