"""A sum followed by "from" and an actor names that actor its donor.

"Ukraine has agreed to receive 13 billion yen in financial support from the Japanese government and
also signed an agreement for 500 million Canadian dollars in support from Canada": the donor finders
take the actor nearest before the sum (Japan) for both; "An additional €1bn was provided in loans
from the EBRD …, alongside €1.5bn and €668m in loans from the European Investment Bank": the
second lender is told after its own sums. When the words after a sum are only its aid nouns ("in
(financial) support", "of aid", "in loans") and then "from" + an actor named whole (not a demonym
on a noun: "from Czech stocks", "from the UK's budget"), that actor is the donor. Ukraine and
Russia give nothing. So does an actor's possessive right before the sum ("a new fund to help
facilitate the G7's $50bn loan": the G7's, not the World Bank's). A verb of origin may stand between the
sum and "from" ("about €390 million, comes from the EU's windfall profits"), and then the actor's
possessive on its fund names it too. An unnamed group after "from" ("from other lenders and
governments") leaves the sum without a donor. Words in ``data/from_donors.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab

NOT_GIVERS = frozenset(("UKR", "RUS"))


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("from_donors").items() if not k.startswith("_")}


def give_to_from_actor(ctx: ArticleContext, sent: Span, found: list) -> None:
    """Make the actor after "<sum> in support from X" the donor of that sum's draft."""
    lower = tokens(ctx.doc).lower
    window = lower[sent.start:sent.end]
    if "from" not in window and "'s" not in window and "’s" not in window:
        return  # cheap exit
    w = _words()
    ends = {d.money.end_char: d for d in found if d.money is not None}
    mentions = {m.start: m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))}
    for draft in found:
        if draft.money is None:
            continue
        code = _possessor(lower, sent, draft.money.start_char, mentions)
        j = _token_after(sent, draft.money.end_char)
        if j is None:
            continue
        code = code or _from_actor(lower, sent, j, w, mentions, ends, sent.doc)
        if code and code != draft.donor and code not in NOT_GIVERS:
            draft.donor = code
        elif code is None and draft.donor is not None and _from_group(lower, sent, j, w):
            draft.donor, draft.collective = None, True  # "$80bn in grants from other lenders and governments"


def _token_after(sent: Span, end_char: int) -> int | None:
    for tok in sent:
        if tok.idx >= end_char:
            return tok.i
    return None


def _from_actor(lower, sent: Span, j: int, w, mentions: dict, ends: dict, doc) -> str | None:
    if j < sent.end and lower[j] == "(":  # a conversion: "(€120m)"
        close = next((k for k in range(j, min(sent.end, j + 8)) if lower[k] == ")"), None)
        j = close + 1 if close is not None else j
    if j < sent.end and lower[j] == "and":  # "€1.5bn and €668m in loans from …": the next sum's words
        nxt = next((d for e, d in ends.items() if d.money.start_char > doc[j].idx
                    and d.money.start_char <= doc[min(j + 1, sent.end - 1)].idx + 1), None)
        if nxt is None:
            return None
        k = _token_after(sent, nxt.money.end_char)
        if k is None:
            return None
        j = k
    steps = 0
    while j < sent.end and lower[j] in w["aid_nouns"] and steps < 4:
        j += 1
        steps += 1
    j, origin = _origin_verb(lower, sent, j, w)
    if j >= sent.end or lower[j] != "from":
        return None
    j += 1
    if j < sent.end and lower[j] == "the":
        j += 1
    if j + 2 < sent.end and lower[j] in w["offices"] and lower[j + 1] == "of":
        j += 2  # "a $15 million grant from the Government of Finland": the office speaks for its country
    m = mentions.get(j)
    if m is None or not m.stands_for:
        return None
    if m.end < sent.end and lower[m.end] not in w["ends"] and not (origin and lower[m.end] in ("'s", "’s")):
        return None  # "from Czech stocks": a demonym on a noun, no giver named
    if _listed(lower, sent, m, mentions):
        return None  # "£900m from Norway, Denmark and the Netherlands": a list, no single donor
    return m.stands_for


def _from_group(lower, sent: Span, j: int, w) -> bool:
    """Whether the sum's aid nouns are followed by "from" and an unnamed group of givers ("some $80
    billion in pledged grants and concessional loans from other lenders and governments"): no one
    giver, whoever the sentence or the article names before it."""
    steps = 0
    while j < sent.end and (lower[j] in w["aid_nouns"] or lower[j] in w["group_aid_words"]) and steps < 6:
        j += 1
        steps += 1
    if j >= sent.end - 1 or lower[j] != "from":
        return False
    j += 1
    while j < sent.end and lower[j] in w["group_openers"]:
        j += 1
    return j < sent.end and lower[j] in w["group_nouns"]


def _origin_verb(lower, sent: Span, j: int, w) -> tuple[int, bool]:
    """Past a verb of origin after the sum: "the bulk, about €390 million, comes from the EU's windfall
    profits", "$2bn will come from Norway". Such a sum names its source as the sentence's subject, and
    the source's possessive on its fund ("the EU's windfall profits") names the giver, unlike a place
    of origin on a noun after "in support from" ("from Czech stocks")."""
    k = j + 1 if j < sent.end and lower[j] == "," else j
    while k < sent.end and lower[k] in w["origin_auxiliaries"]:
        k += 1
    if k < sent.end and lower[k] in w["origin_verbs"]:
        return k + 1, True
    return j, False


def _listed(lower, sent: Span, m, mentions: dict) -> bool:
    """Whether the actor after "from" opens a list: "and" + an actor, or "," + an actor that is
    itself followed by "," or "and" ("from Canada, Ukraine's prime minister said" is no list)."""
    k = m.end
    if k >= sent.end or lower[k] not in (",", "and"):
        return False
    nxt = mentions.get(k + 1) or mentions.get(k + 2)
    if nxt is None:
        return False
    return lower[k] == "and" or (nxt.end < sent.end and lower[nxt.end] in (",", "and"))


def _possessor(lower, sent: Span, start_char: int, mentions: dict) -> str | None:
    """The actor whose possessive stands right before the sum: "to facilitate the G7's $50bn loan"
    (the World Bank, the sentence's subject, only helps)."""
    i = _token_after(sent, start_char)
    if i is None or i - 1 <= sent.start or lower[i - 1] not in ("'s", "’s"):
        return None
    for m in mentions.values():
        if m.end == i - 1 and m.stands_for:
            return m.stands_for
    return None
