"""Aid counted out of items named in the sentence before: "Generators are on the list again. In 2022 it
sent 114 of them to Ukraine", "Canada has begun shipping armoured vehicles … Fifty of them are to reach
Ukraine by the end of the year."

Wording class: a count followed by "of them", with no item named before it in its sentence, stands for
the last item of the sentence before (or of the one before that, when the sentence before names none); the sentence's own verb gives that count its stage and its
subject the donor, as if the item were named. Only items of material aid are read back (military,
humanitarian, logistics): "of them" after soldiers, pilots or loans counts people or money, and
which of those a count takes is another matter. Words are in ``data/counted_pronouns.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.aid_items import find_items
from coalition.extract.context import lower_text, tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict:
    data = vocab("counted_pronouns")
    return {"categories": frozenset(data["categories"]), "pronouns": frozenset(data["pronouns"])}


def counted_antecedents(ctx, sent: Span, items: list) -> list[tuple[int, int, str, str]]:
    """``items`` with the item "<count> of them" stands for, when no item comes before it in the
    sentence: the last material item of the sentence before, placed at the count and pronoun."""
    w = _words()
    padded = lower_text(sent)
    if not any(f" of {p} " in padded for p in w["pronouns"]):
        return items
    doc = ctx.doc
    lower = tokens(doc).lower
    at = next((j for j in range(sent.start + 1, sent.end - 1)
               if lower[j] == "of" and lower[j + 1] in w["pronouns"] and doc[j - 1].like_num), None)
    if at is None or any(it[0] < at for it in items):
        return items
    index = ctx.sentence_index(sent.start_char)
    # the sentence before, or the one before it when a stray full stop ("London, Ont., and …") split it
    before = [it for k in (2, 1) if index - k >= 0 for it in find_items(ctx.sents[index - k]) if it[3] in w["categories"]]
    if not before:
        return items
    _, _, text, category = before[-1]
    # the item spans the count and the pronoun, so that what stands before the count reads as before an
    # item ("it wants at least 80 of them": wished for)
    return sorted(items + [(at - 1, at + 2, text, category)])
