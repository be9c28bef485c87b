"""Who an amount goes to, when it is not Ukraine: another country named as the receiver ("$3.8bn
to Israel", "has given Israel $3.8bn", "sold 42 Rafale jets to Indonesia", "to help Syria's
recovery"), a donor's own forces or stocks ("to replace those sent to Ukraine", "for the Royal
Canadian Navy"), and Ukraine paying for what it buys ("Ukraine will pay for the Gripen jets").

Separate from ``no_aid.py`` (which reads words that make money no aid at all) because these rules
read the actors around one amount: a receiver named after a verb of giving or selling, or the
subject that pays. Each test first asks a cheap word-set question of the amount's stretch and
reads the mentions only when it passes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import _has, _lower, tokens, vocab
from coalition.extract.donors import _reads_as_subject, _trigger_set

# Verbs whose object (or "to" phrase) is the receiver: giving, lending, selling, exporting.
GIVE_OR_SELL = frozenset({
    "give", "gives", "gave", "given", "giving", "send", "sends", "sent", "sending", "lend", "lends", "lent", "lending",
    "grant", "grants", "granted", "donate", "donates", "donated", "provide", "provides", "provided", "providing",
    "pledge", "pledged", "pledges", "offer", "offered", "offers", "sell", "sells", "sold", "selling", "sale", "sales",
    "export", "exports", "exported", "exporting", "supply", "supplies", "supplied", "supplying", "deliver",
    "delivers", "delivered", "extend", "extended", "extends", "contribute", "contributed", "contributes"})
# Only the verbs that take the receiver as a bare object ("has given Israel $3.8bn", "sold Poland").
BARE_OBJECT_VERBS = frozenset({"give", "gives", "gave", "given", "giving", "lend", "lends", "lent", "lending", "grant",
                               "granted", "grants", "offer", "offered", "offers", "sell", "sells", "sold", "selling",
                               "send", "sends", "sent", "sending"})
RECEIVE_VERBS = frozenset({"receive", "receives", "received", "receiving", "get", "gets", "got", "getting", "obtained", "secured"})
# A receiver's money paid to a seller ("paid $1bn to the US for Patriots") is no aid to the seller.
PAY_WORDS = frozenset({"pay", "pays", "paid", "paying", "payment", "payments", "buy", "buys", "bought", "buying",
                       "purchase", "purchases", "purchased", "transfer", "transferred", "transfers", "reimburse",
                       "reimbursed", "compensate", "compensated", "compensation"})
# What may follow a receiver's name: the end of its phrase.
_AFTER_RECEIVER = frozenset({",", ".", ";", ":", "and", "'s", "’s", "in", "this", "next", "last", "each", "every", "over",
                             "under", "for", "to", "from", "with", "by", "until", "through", "since", "as", "after",
                             "before", "during", "a", "per", "on", "at", "'", '"', "”", ")", "(", "—", "–", "-"})
# Words after a country that make it a stop on the aid's way ("flew rifles to Poland for onward transfer").
_TRANSIT_WORDS = frozenset({"onward", "onwards", "transit"})
UKRAINE_TOKENS = frozenset({"ukraine", "kyiv", "kiev", "ukrainian", "ukrainians", "ukraine's", "ukraine’s", "kyiv's", "kyiv’s"})
# "those sent to Ukraine", "weapons it has given to Kyiv": Ukraine named only as the receiver of
# earlier aid a donor now replaces, not of this money.
_PAST_RECIPIENT = re.compile(r" (?:sent|given|donated|supplied|delivered|handed over|transferred|gifted|shipped|provided)"
                             r" (?:to|for) (?:the )?(?:ukraine|kyiv|kiev|ukrainian [a-z]+)(?= )")
# What may stand between a subject and its active verb.
_SUBJECT_AUX = frozenset({"will", "would", "has", "have", "had", "also", "already", "now", "then", "is", "to", "plans", "agreed",
                          "intends", "wants", "must", "can", "could", "itself", "'s", "’s", "government", "ministry"})
SUBJECT_PAY_VERBS = frozenset({"pay", "pays", "paid", "paying", "buy", "buys", "bought", "buying", "purchase",
                               "purchased", "purchases", "purchasing"})


@lru_cache(maxsize=1)
def _words() -> dict:
    return vocab("commitments")["recipients"]


def ukraine_in(doc, lo: int, hi: int) -> bool:
    """Whether tokens [lo, hi) name Ukraine other than as the receiver of aid sent before."""
    lower = tokens(doc).lower
    if not any(w in UKRAINE_TOKENS for w in lower[lo:hi]):
        return False
    return any(w in UKRAINE_TOKENS for w in _PAST_RECIPIENT.sub(" ", _lower(doc, lo, hi)).split())


def another_receiver(ctx, sent: Span, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the amount at tokens [start, end), in its stretch [lo, hi) of the sentence, goes to
    a country other than Ukraine: a country (or a place in ``other_places``) right after "to",
    "for" or "help" after the amount, or after a verb of giving or selling in the stretch ("sold
    42 Rafale jets to Indonesia", "has given Israel $3.8bn"), with no word of Ukraine in the
    stretch and no payment (the seller paid for aid is no receiver)."""
    doc = ctx.doc
    table = tokens(doc)
    lower = table.lower
    if any(w in UKRAINE_TOKENS for w in lower[sent.start : sent.end]):
        return False
    for m in ctx.mentions_in(table.idx[lo], table.idx[start], ("COUNTRY",)):
        k = m.end + (1 if lower[m.end] in ("will", "has", "have", "is", "had", "also") else 0)
        if m.code != "UKR" and k < start and lower[k] in RECEIVE_VERBS:
            return True  # "Romania received a $920m loan from the US": the subject receives
    if any(w in PAY_WORDS for w in lower[lo:hi]):
        return False
    after = _lower(doc, end, hi)
    place = _has(after, _words()["other_places"])
    if place and any(f" {w} {place} " in after or f" {w} the {place} " in after for w in ("to", "for", "in", "help")):
        return True  # "€100m in humanitarian aid to Gaza": a place no gazetteer names as a country
    verbs = [j for j in range(lo, hi) if lower[j] in GIVE_OR_SELL]
    for m in ctx.mentions_in(table.idx[lo], table.idx[hi - 1] + 1, ("COUNTRY",)):
        if m.code == "UKR" or m.start <= sent.start:
            continue
        if m.end < hi and m.end != start and lower[m.end] not in _AFTER_RECEIVER:
            continue  # "the Czech-led initiative", "American weapons": a modifier, not a receiver
        j = m.start - 1
        if lower[j] == "the" and j > lo:
            j -= 1
        before = lower[j]
        if before == "to" and lower[j - 1] in _words()["travel_nouns"]:
            continue  # "a package announced during Zelensky's visit to Germany": a place visited
        if m.start >= end and before in ("to", "for", "help", "helping", "helps"):
            return True  # "$500m to help Syria's recovery", "€1.6bn to Moldova"
        if before in BARE_OBJECT_VERBS and j < start:
            return True  # "has given Israel $3.8bn", "China gave Russia $2bn"
        if before == "to" and any(v < j and "," not in lower[v:j] for v in verbs):
            return True  # "sold 42 Rafale jets to Indonesia in a deal worth $8.1bn"
    return False


def own_forces(doc, sent: Span, lo: int, hi: int) -> bool:
    """Whether the stretch [lo, hi) of an amount names the donor's own forces, stocks or their
    replenishment ("for the Royal Canadian Navy", "to rebuild its own stocks", "to replace those
    sent to Ukraine") and Ukraine only as the receiver of earlier aid: its own spending."""
    stretch = _lower(doc, lo, hi)
    if not _has(stretch, _words()["own_forces"]):
        return False
    return not ukraine_in(doc, sent.start, sent.end)


def own_budget_clause(doc, sent: Span, start: int, end: int, spending_words) -> bool:
    """ "The UK's own defence budget will rise to £66bn, Healey said, as Britain keeps supporting
    Ukraine": a word of a country's own spending in the amount's own clause (between commas), with
    no word of Ukraine there, makes it that country's budget, whatever the other clauses say."""
    lower = tokens(doc).lower
    lo = start
    while lo > sent.start and lower[lo - 1] not in (",", ";", ":"):
        lo -= 1
    hi = end
    while hi < sent.end and lower[hi] not in (",", ";", ":"):
        hi += 1
    if any(w in UKRAINE_TOKENS for w in lower[lo:hi]):
        return False
    return bool(_has(_lower(doc, lo, hi), spending_words))


def ukraine_pays(ctx, sent: Span, lo: int, start: int, hi: int) -> bool:
    """ "Ukraine will pay for the Swedish Gripen jets with money from its European partners, worth
    $8bn": Ukraine, as the subject, pays or buys; the seller named by a demonym gives nothing, and
    the money is no one's aid unless a country or body is named after "from" or "by" as its source."""
    table = tokens(ctx.doc)
    lower = table.lower
    if not any(w in SUBJECT_PAY_VERBS for w in lower[lo:start]):
        return False
    found = ctx.mentions_in(table.idx[lo] if lo > sent.start else sent.start_char, table.idx[start], ("COUNTRY", "ORG", "PERSON"))
    subject = next((m for m in found if m.stands_for == "UKR"), None)
    if subject is None or not _reads_as_subject(ctx.doc, subject):
        return False
    if subject.start > sent.start and lower[subject.start - 1] in ("for", "to", "of", "in", "with", "by", "from", "on"):
        return False  # "The order for Ukraine is paid from …": no subject
    verb = next((j for j in range(subject.end, start) if lower[j] in SUBJECT_PAY_VERBS), None)
    if verb is None or not all(w in _SUBJECT_AUX for w in lower[subject.end : verb]):
        return False  # "Ukraine will pay", "Kyiv has bought": the active verb right after its subject
    if lower[verb - 1] in ("is", "was", "are", "were", "be", "been") and lower[verb] in ("paid", "bought", "purchased"):
        return False  # a passive: Ukraine is no payer
    for m in ctx.mentions_in(table.idx[verb], table.idx[hi - 1] + 1, ("COUNTRY", "ORG")):
        if m.code != "UKR" and lower[m.start - 1] in ("from", "by"):
            return False  # "… with €1bn from Sweden": that country gives
    return True


# Built sites whose place, when another country than Ukraine, makes the money spent there.
SITE_NOUNS = frozenset({"factory", "factories", "plant", "plants", "facility", "facilities", "site", "sites", "line", "lines",
                        "shipyard", "shipyards", "base", "bases"})


def built_at_home(ctx, sent: Span, end: int, hi: int) -> bool:
    """ "The UK will invest £1bn in new drone factories in Britain": a site after the amount placed
    "in" a country other than Ukraine, in a sentence with no word of Ukraine: spending at home."""
    table = tokens(ctx.doc)
    lower = table.lower
    if not any(w in SITE_NOUNS for w in lower[end:hi]) or any(w in UKRAINE_TOKENS for w in lower[sent.start : sent.end]):
        return False
    for m in ctx.mentions_in(table.idx[end], table.idx[hi - 1] + 1, ("COUNTRY",)):
        j = m.start - 1
        if lower[j] == "the":
            j -= 1
        if m.code != "UKR" and lower[j] == "in" and any(w in SITE_NOUNS for w in lower[max(end, j - 4) : j]):
            return True
    return False


# "If Congress approves it, the US could send …": a supposition opening the sentence or a clause.
_SUPPOSING_MODALS = frozenset({"could", "might", "would", "may"})


def supposed(doc, sent: Span, lo: int, start: int, hi: int) -> bool:
    """Whether the amount at ``start`` is told under a supposition: an "if"/"unless" clause that
    opens the sentence (or its clause after an attribution), then "could", "might", "would" or "may" before the amount ("If Congress
    approves it, the US could send another $60bn"). A condition later in the sentence often
    belongs to something else ("money that could be brought forward if needed"), so it is not read."""
    lower = tokens(doc).lower
    # the "if" opens the sentence, or its clause after an attribution ("According to the ministry,
    # if all members committed 0.25% of GDP, Ukraine could count on €120bn"; "He said that if …")
    opening = next((k for k in range(sent.start, start) if lower[k] in ("if", "unless")
                    and (k == sent.start or lower[k - 1] in (",", "that"))), None)
    if opening is None:
        return False
    comma = next((j for j in range(opening, start) if lower[j] == ","), None)
    return comma is not None and any(w in _SUPPOSING_MODALS for w in lower[comma:start])


SALE_NOUNS = frozenset({"sale", "sales"})


def sale_to_ukraine(doc, sent: Span, end: int, hi: int, payer_verbs) -> bool:
    """ "State Department clears $825m ERAM sale to Ukraine", "approved the $300m sale of missiles to
    Ukraine": an amount that is the price of a sale to Ukraine is Ukraine's purchase; the seller gives
    nothing. Payers named after it ("to be paid for by Sweden") are read before this; a subject that
    funds the sale ("Sweden will fund a $300m sale …") gives it."""
    lower = tokens(doc).lower
    for j in range(end, min(hi, end + 5)):
        if lower[j] in SALE_NOUNS:
            if not any(lower[k] == "to" and k + 1 < hi and lower[k + 1] in UKRAINE_TOKENS for k in range(j + 1, min(hi, j + 6))):
                return False
            return not _has(_lower(doc, sent.start, end), payer_verbs)
    return False


def another_country_receives(ctx, sent: Span, first: int) -> bool:
    """ "Under the deal reached with Germany, Portugal will receive the parts needed to repair
    vehicles": a country other than Ukraine as the subject of a verb of receiving before items, in
    a sentence with no word of Ukraine, is who gets them; no one gives them to Ukraine."""
    table = tokens(ctx.doc)
    lower = table.lower
    lo = max(sent.start, first - 8)
    if not any(w in RECEIVE_VERBS for w in lower[lo:first]) or any(w in UKRAINE_TOKENS for w in lower[sent.start : sent.end]):
        return False
    for m in ctx.mentions_in(table.idx[lo], table.idx[first], ("COUNTRY",)):
        k = m.end
        while k < first and lower[k] in _SUBJECT_AUX:
            k += 1
        if m.code != "UKR" and k < first and lower[k] in RECEIVE_VERBS:
            return True
    return False


# What ends the clause of a receiver named after items: a new clause may send other aid to Ukraine.
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "and", "but", "while", "whereas", "whilst", "—", "–"})


def items_to_another_country(ctx, sent: Span, last: int) -> bool:
    """ "… under which Germany would send Taurus missiles to the UK and Britain would pass its own
    missiles to Ukraine": items sent "to" a country other than Ukraine go to it, unless the rest of
    that receiver's clause says what they do for Ukraine ("sent its old F-16s to Denmark to help
    train Ukrainian pilots", aid in the end)."""
    lower = tokens(ctx.doc).lower
    if last >= sent.end:  # the items close the sentence (and, without a full stop, the article)
        return False
    # "to" right after the items, or after the comma closing an aside ("its F-16s, along with instructors, to")
    to = last if lower[last] == "to" else last + 1 if lower[last] == "," and last + 1 < sent.end and lower[last + 1] == "to" else None
    if to is None or to >= sent.end - 1:
        return False
    for m in ctx.mentions_in(ctx.doc[to].idx, ctx.doc[min(sent.end - 1, to + 3)].idx, ("COUNTRY",)):
        if m.start - to > 2 or m.code in ("UKR", "RUS"):
            continue
        k = m.end
        while k < sent.end and lower[k] not in _CLAUSE_ENDS:
            if lower[k] in UKRAINE_TOKENS or lower[k] in _TRANSIT_WORDS:
                return False  # "… to Poland for onward transfer": a stop on the way to Ukraine
            k += 1
        return True
    return False


def own_money_of_recipient(ctx, sent: Span, lo: int, i: int, words: dict) -> bool:
    """Whether Ukraine or Russia, as the subject or possessor nearest before amount ``i`` in its
    clause, owns the money, with no word of receiving or of aid between them."""
    table = tokens(ctx.doc)
    found = ctx.mentions_in(table.idx[lo] if lo < i else sent.start_char, table.idx[i], ("COUNTRY", "ORG", "PERSON"))
    if not found:
        return False
    m = found[-1]
    if m.stands_for not in ("UKR", "RUS"):
        return False
    if _has(_lower(ctx.doc, m.end, i), words["received_money_words"]):
        return False
    if m.start > sent.start and table.lower[m.start - 1] in ("for", "to", "in", "into", "with", "on", "of", "at", "by", "than"):
        return False  # "support for Ukraine should be …", "stood next to Zelensky and announced …": no owner
    if m.end < sent.end and table.lower[m.end] in ("'s", "’s"):
        return bool(_has(_lower(ctx.doc, m.end, i), words["own_money_nouns"]))  # "Ukraine's own defence budget"
    if _in_a_name(table, sent, m):
        return False  # "has set aside a further DKK 10bn" after "to its Ukraine Fund": a giver's fund, named for Ukraine
    return _reads_as_subject(ctx.doc, m)


_DETERMINERS = frozenset(("the", "its", "their", "our", "his", "her", "a", "an"))


def _in_a_name(table, sent: Span, m) -> bool:
    """ "its Ukraine Fund", "the Ukraine Support Package": the country after a determiner and before a
    capitalised word of giving (which reads as a verb, "Fund", when lower-cased) is part of a name, no
    subject ("the Ukrainian Government will spend" keeps its subject)."""
    return (m.start > sent.start and m.end < sent.end and table.lower[m.start - 1] in _DETERMINERS
            and table.text[m.end][:1].isupper() and table.lower[m.end] in _trigger_set())
