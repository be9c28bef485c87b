"""A sum told before, referred to again (tenth session): no pledge of its own.

- "The money, worth about US$1.7 billion, is the first tranche of …": a money noun opening the
  sentence with a value in apposition restates (usually converts) the sum the sentences before
  told; the value is that sum again, not a second commitment. Twelfth session: the value alone
  between two commas ("The money, roughly $560 million, comes from …") is the same apposition.
- "a detailed breakdown of the new money, between weapons purchases and energy repairs, would
  follow": a money noun told before, with an adjective between the determiner and the noun ("the new
  money", "this extra funding"), names what that sum goes to, no pledge of its own (the fixed
  phrases of ``money_referents`` in ``commitments.json`` have no adjective slot).
- "That tranche will buy air defense, drones and munitions, and will also fund the maintenance of
  equipment": the second verb of the coordination shares the first one's subject, the earlier sum,
  so its items are that sum's contents as well (``money_subjects.py`` reads the first verb).

Words in ``data/sum_references.json``; the tests are cheap token checks at fixed offsets.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab
from coalition.extract.drafts import without_drafts
from coalition.extract.money_subjects import bought_with_money_told_before

# a verb of its own between the sum and the items gives them a clause of their own
_MODALS_STOP = frozenset({"will", "would", "shall", "must"})
_RECEIVER = frozenset({"ukraine", "kyiv", "ukrainian"})
_AUX = frozenset({"will", "would", "could", "can", "is", "are", "was", "were", "has", "have", "had", "also", "be", "then", "to"})


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("sum_references")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def value_of_sum_told_before(ctx, draft, drafts: list) -> bool:
    """ "The money, worth about US$1.7 billion, …", "The money, roughly $560 million, comes from …":
    the draft's amount sits in an apposition (of "worth", or alone between two commas) after a money
    noun that opens its sentence, and a sum was told in the two sentences before (the money the noun
    refers to)."""
    if draft.money is None or draft.sent is None:
        return False
    words = _words()
    lower = tokens(ctx.doc).lower
    s, at = draft.sent.start, draft.anchor_start
    # "The money , worth about" — opener (one or two words), the noun, a comma, "worth", a hedge
    k = at - 1
    while k > s and lower[k] in words["hedges"]:
        k -= 1
    if lower[k] == "worth":
        comma = k - 1
    elif lower[k] == ",":
        # "The money, roughly $560 million, comes from …" (twelfth session): the value alone between
        # two commas, without "worth", is the same apposition
        end = _money_end(ctx, draft)
        if end is None or end >= draft.sent.end or lower[end] != ",":
            return False
        comma = k
    else:
        return False
    if comma - 1 < s or lower[comma] != "," or lower[comma - 1] not in words["nouns"]:
        return False
    # only openers ("the", "this", "that first") before the noun, which opens the sentence
    if comma - 1 - s > 2 or any(lower[j] not in words["openers"] for j in range(s, comma - 1)):
        return False
    here = ctx.sentence_index(draft.sent.start_char)
    return any(o is not draft and o.money is not None and o.sent is not None
               and 1 <= here - ctx.sentence_index(o.sent.start_char) <= 2 for o in drafts)


def _money_end(ctx, draft) -> int | None:
    """Where the amount the draft is anchored on ends."""
    return next((span.end for span, _ in ctx.money_in(draft.sent) if span.start == draft.anchor_start), None)


def drop_sum_values(ctx, drafts: list) -> list:
    dropped = {id(d) for d in drafts if value_of_sum_told_before(ctx, d, drafts)}
    return without_drafts(drafts, dropped)


def bought_in_second_verb(doc, sent, first: int) -> bool:
    """ "That tranche will buy …, and will also fund the maintenance of …": the items at ``first``
    follow a verb of buying whose subject is left out after "and"; the first verb's subject decides."""
    words = _words()
    lower = tokens(doc).lower
    table = tokens(doc)
    lo = max(sent.start, first - 12)
    for k in range(first - 1, lo - 1, -1):
        if lower[k] in (";", ":", ".") or (table.ent[k] in ("COUNTRY", "ORG", "PERSON", "COMPANY") and lower[k] not in _RECEIVER):
            return False  # another actor's clause ("…, and Germany will fund …"); the receiver's own industry is no actor
        if lower[k] not in words["verbs"]:
            continue
        j = k - 1
        while j > sent.start and lower[j] in _AUX:
            j -= 1
        if lower[j] != "and" or j == k - 1:
            return False  # a bare "and fund" joins nouns as often as verbs: a modal or "also" is wanted
        return bought_with_money_told_before(doc, sent, j)
    return False


def adjective_money_referent(doc, sent, first: int) -> bool:
    """ "the new money", "this extra funding", "the additional cash" in the clause before the items
    at ``first``: a determiner, one adjective of a sum told before, a money noun."""
    words = _words()
    lower = tokens(doc).lower
    lo = max(sent.start, first - 10)
    for k in range(first - 1, lo + 1, -1):
        if lower[k] in (";", ":", ".") or lower[k] in _MODALS_STOP:
            return False
        if lower[k] in words["nouns"] and lower[k - 1] in words["adjectives"] and lower[k - 2] in words["determiners"]:
            return True
    return False
