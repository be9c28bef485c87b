"""Who pays when the giver is not the subject: payers of a purchase told in an earlier sentence,
the owner of a lending scheme an amount is lent under, and a scheme that lends to its own members.

Separate from ``donors.py`` (which reads the subject of the amount's own clause) because these
rules reach outside that clause: back to the sentence that named the purchase, or to the
possessor of the scheme named before "under which". Each rule first asks a cheap word-set
question of the sentence and reads mentions only when it passes.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.aid_items import _category, _item_names, find_items
from coalition.extract.context import _has, _lower, has_phrase, lower_text, sentence_words, tokens, vocab
from coalition.extract.donors import NOT_DONORS, _chain_end
from coalition.extract.drafts import Draft
from coalition.extract.recipients import UKRAINE_TOKENS
from coalition.extract.stages import _status


@lru_cache(maxsize=1)
def _words() -> dict:
    return vocab("commitments")["payers"]


def _referent_at(padded: str, nouns) -> str | None:
    """ "the purchase", "this sale": a purchase noun after a determiner that points back."""
    for noun in nouns:
        for det in ("the", "this", "that"):
            if f" {det} {noun} " in padded:
                return noun
    return None


def purchase_payers(ctx, sent: Span, padded: str, words: dict, items) -> list[Draft]:
    """ "According to the notice, the purchase will be funded with money provided by Denmark, the
    Netherlands and Norway": a purchase told before (its items in an earlier sentence that names a
    purchase noun) paid for by a chain of actors: each payer gives those items, without an amount
    (the split is not said). Only a sentence with no amount and no items of its own comes here."""
    w = _words()
    generic = frozenset(vocab("commitments")["generic_items"])
    if any(it[2].lower() not in generic for it in items):
        return []  # "the purchase of 500 shells will be financed by …": items of its own, read as aid in kind
    cue = has_phrase(padded, w["payer_cues"])
    if not cue or not _referent_at(padded, w["purchase_nouns"]):
        return []
    doc = ctx.doc
    table = tokens(doc)
    cue_words = cue.split()
    at = next((j for j in range(sent.start, sent.end - len(cue_words) + 1)
               if table.lower[j : j + len(cue_words)] == cue_words), None)
    if at is None:
        return []
    mentions = [m for m in ctx.mentions_in(table.idx[at], sent.end_char, ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    start = at + len(cue_words)
    if not mentions or mentions[0].start not in (start, start + 1):
        return []
    payers = [m.code for m in mentions[: _chain_end(table, mentions, 0) + 1]]
    # "…, together with US Foreign Military Financing": one more payer after a companion phrase
    for m in mentions:
        if m.code not in payers and has_phrase(_lower(doc, max(sent.start, m.start - 3), m.start), w["companion_cues"]):
            payers.append(m.code)
    items = _items_told_before(ctx, sent, w["purchase_nouns"])
    if not items:
        return []
    # the stage of the clause before the cue ("will be funded"), not of "provided" in the cue
    status = _status(_lower(doc, sent.start, at), words) or "announced"
    category = _category(items[1], padded, False)
    out = []
    for code in dict.fromkeys(payers):
        draft = Draft(code, "UKR", category, status, sent, start, confidence=0.55)
        draft.items = list(items[0])
        out.append(draft)
    return out


def _items_told_before(ctx, sent: Span, nouns) -> tuple[list[str], list] | None:
    """The items of the nearest earlier sentence (up to six back) that names a purchase noun."""
    index = ctx.sentence_index(sent.start_char)
    generic = frozenset(vocab("commitments")["generic_items"])
    noun_set = frozenset(nouns)
    for back in range(index - 1, max(-1, index - 7), -1):
        earlier = ctx.sents[back]
        if noun_set.isdisjoint(sentence_words(lower_text(earlier))):
            continue
        found = find_items(earlier)
        if found:
            names = [n for n in _item_names(earlier, found) if n.lower() not in generic]
            if names:
                return names, found
    return None


def scheme_owner(ctx, sent: Span, lo: int, start: int) -> str | None:
    """ "the G7's earlier arrangement, the Extraordinary Revenue Acceleration loans, under which about
    $50 billion is being lent": an amount right after "under which" is lent by the possessor of the
    scheme named before it (an organisation or a country with "'s"), not by the sentence's subject."""
    doc = ctx.doc
    table = tokens(doc)
    gap = _lower(doc, max(lo, start - 6), start)
    if not _has(gap, _words()["scheme_relatives"]):
        return None
    which = max(j for j in range(max(lo, start - 6), start) if table.lower[j] == "which")
    owners = [m for m in ctx.mentions_in(sent.start_char, table.idx[which], ("COUNTRY", "ORG"))
              if m.code not in NOT_DONORS and m.end < which and table.lower[m.end] in ("'s", "’s")]
    return owners[-1].code if owners else None


def member_loans(ctx, sent: Span) -> tuple[str, str] | None:
    """ "… better access to the bloc's SAFE defence loans, complaining that the government had secured
    only €2 billion, while Poland received €43 billion": money a union lends its own members for their
    own defence. Its amounts are the lender's (donor), with no recipient: no aid to Ukraine. The
    scheme's name is matched as written (capitals), so that "a safe place" is no scheme."""
    schemes = _words()["member_loan_schemes"]
    # the names the article holds at all, found once: most articles hold none
    named = ctx.__dict__.get("_member_loan_names")
    if named is None:
        named = ctx.__dict__["_member_loan_names"] = [name for name in schemes if name in ctx.text]
    if not named:
        return None
    text = ctx.text[sent.start_char : sent.end_char]
    for name in named:
        owner, item = schemes[name]
        if name in text:
            lower = tokens(ctx.doc).lower
            if not UKRAINE_TOKENS.isdisjoint(lower[sent.start : sent.end]):
                return None  # a scheme that also buys for Ukraine: read as any other sentence
            return owner, item
    return None


# Verbs of giving after "allies have" in a relative clause on the amount.
_GROUP_RELATIVE_VERBS = frozenset({"committed", "pledged", "given", "provided", "promised", "contributed", "put", "raised",
                                   "sent", "allocated", "donated", "paid", "commit", "pledge", "give", "provide"})


def group_gives_after(ctx, sent: Span, end: int, words: dict) -> bool:
    """ "against the roughly US$4 billion allies have committed", "the €20bn partners pledged": an
    amount whose relative clause (no "that") has an unnamed group as its subject is the group's
    sum, no one member's, whoever the sentence or the article is about."""
    table = tokens(ctx.doc)
    j = end
    if j < sent.end and table.lower[j] in ("that", "which"):
        j += 1
    if j < sent.end and table.lower[j] in ("its", "their", "other", "western", "european", "nato", "the"):
        j += 1
    if j >= sent.end or table.lower[j] not in words["collective_donors"]:
        return False
    k = j + 1
    while k < sent.end and table.lower[k] in ("have", "has", "had", "now", "already", "so", "far", "together", "jointly"):
        k += 1
    return k < sent.end and table.lower[k] in _GROUP_RELATIVE_VERBS


# Past verbs of giving in a relative clause after an item ("the Tridon system that Sweden has already donated").
_GIVEN_VERBS = frozenset({"donated", "sent", "delivered", "supplied", "provided", "gave", "given", "gifted", "handed", "transferred"})
_NOT_HEAD = frozenset({"that", "which", "for", "to", "of", "and", "or", "with", "from", "in", "on", "at", "by", "as"})
_RELATIVE_FILLERS = frozenset({"has", "had", "have", "already", "previously", "earlier", "also", "just"})


def given_before(ctx, sent: Span, items) -> list[Draft]:
    """ "ammunition for the Tridon air defence system that Sweden has already donated": an item that a
    relative clause says a country gave is that country's aid, delivered, whatever the sentence does
    with it (here, the new package buys things for it)."""
    if _GIVEN_VERBS.isdisjoint(sentence_words(lower_text(sent))):
        return []
    table = tokens(ctx.doc)
    out = []
    for item in items:
        j = item[1]
        # "the Tridon air defence system that …": the item's head noun may follow the matched words
        while j < min(sent.end, item[1] + 2) and table.lower[j].isalpha() and table.lower[j] not in _NOT_HEAD:
            j += 1
        if j >= sent.end or table.lower[j] not in ("that", "which"):
            continue
        found = ctx.mentions_in(table.idx[j + 1], sent.end_char, ("COUNTRY",)) if j + 1 < sent.end else []
        if not found or found[0].start not in (j + 1, j + 2) or found[0].code in NOT_DONORS:
            continue
        k = found[0].end
        while k < sent.end and table.lower[k] in _RELATIVE_FILLERS:
            k += 1
        if k < sent.end and table.lower[k] in _GIVEN_VERBS:
            draft = Draft(found[0].code, "UKR", _category([item], "", False), "delivered", sent, item[0], confidence=0.6)
            draft.items = _item_names(sent, [item])
            out.append(draft)
    return out
