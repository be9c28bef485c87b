"""Clauses that name aid without anyone pledging it, and the one giver a clause names for aid
another actor talks about.

Aid in kind is read off an item next to a verb of giving; these are the sentence shapes where that
verb gives nothing, each with its own word list in ``commitments.json``:

- a condition after the item ("was weighing sending a Patriot battery if Washington replaced it"):
  a supposition, not a pledge;
- a request ("asked Berlin to hand over the batteries", "asked for permission to pass on 12,400
  rounds", "turns down German request for tank ammunition"): neither the one who asks nor the one
  asked has given anything;
- a giver held back ("blocked Denmark from sending 20 carriers"): nothing given;
- a reported clause with a subject of its own ("Warsaw says the force would deliver aid"): the
  speaker does not give what the clause's own subject would;
- the owner of a decision ("distanced themselves from Washington's decision to send cluster
  munitions"): the decision's owner gives, not the clause's subject;
- companies selling ("Czech defence companies shipped CZK 30bn of weapons"), a sale, no state's aid.

Separate from ``in_kind.py`` and ``in_kind_clauses.py``, which walk item groups and read donors:
these are asked only after a cheap test (a cue word in the sentence), so most sentences cost a set
look-up.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.amount_asides import after_conversion
from coalition.extract.context import _has, _lower, tokens
from coalition.extract.donors import AID_NOUNS, NOT_DONORS, NOUN_TRIGGERS, _trigger_set
from coalition.extract.recipients import UKRAINE_TOKENS

# Where the clause that a condition may close ends, after the items.
_CLAUSE_ENDS = frozenset({";", ":", "but", "while", "whereas", "although", "though", "and", "which", "who"})
# Nouns of deciding after "X's": "Washington's decision to send", "Berlin's offer to supply".
_DECISION_NOUNS = frozenset({"decision", "plan", "plans", "offer", "move", "pledge", "promise", "commitment", "announcement",
                             "proposal", "intention", "readiness", "willingness", "choice", "agreement"})
# Speech verbs that report a clause ("Warsaw says the force would …").
_REPORTING = frozenset({"says", "said", "say", "told", "tells", "added", "stated", "argued", "argues", "insisted", "insists",
                        "believes", "believed", "thinks", "expects", "expected", "announced", "wrote", "writes"})
# Words inside what follows a speech verb that show it is no subject of its own: a pronoun (the speaker
# again), a time ("this month"), a break.
_NOT_A_SUBJECT = frozenset({",", "to", "it", "they", "we", "he", "she", "week", "month", "year", "morning", "evening",
                            "weekend", "time", "spring", "summer", "autumn", "winter"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "such", "any"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was", "were", "has",
                     "have", "had"})
# A reported subject that is the speaker's own state ("Madrid says the government would send …").
_OWN_BODIES = frozenset({"government", "cabinet", "country", "ministry", "state", "administration", "kingdom", "republic",
                         "nation", "army", "military", "navy", "forces", "armed", "air", "chancellor", "president",
                         "minister", "prime", "defence", "defense", "federal", "council"})
# Nouns of companies that, as a clause's subject before a verb of selling, make its money a sale.
_SELLER_NOUNS = frozenset({"companies", "firms", "makers", "manufacturers", "producers", "contractors", "exporters",
                           "suppliers"})
_SALE_VERBS = frozenset({"sold", "sell", "sells", "selling", "exported", "export", "exports", "shipped", "ship", "ships",
                         "delivered", "deliver", "delivers", "supplied", "supply", "supplies", "have", "has", "had", "will",
                         "also"})


def condition_follows(doc, sent: Span, end: int, words: dict) -> bool:
    """Whether a condition opens in the clause after items ending at token ``end``: "was weighing
    sending at least one Patriot battery if Washington offered guarantees", "would hand over its
    MiG-29s, provided NATO backfilled them". A condition that only sets when ("once pilots are
    trained") leaves a plan a plan, so it is not in the list."""
    table = tokens(doc)
    stop = end
    while stop < sent.end and table.lower[stop] not in _CLAUSE_ENDS:
        stop += 1
    if stop == end:
        return False
    clause = _lower(doc, end, stop)
    cue = _has(clause, words["conditions_after_items"])
    return cue is not None and not _has(clause, words["conditions_that_keep"])


def not_given(doc, clause: str, words: dict) -> bool:
    """Whether the clause before an item asks for it or holds a giver back: "had asked Berlin to
    hand the batteries to Ukraine", "asked for permission to pass on 12,400 rounds", "blocked
    Denmark from sending 20 carriers"."""
    return bool(_has(clause, words["request_cues"]) or _has(clause, words["prevented_cues"]))


def asked_for(clause: str, status: str, words: dict) -> bool:
    """Whether a noun of asking in the clause before an item makes it asked for: "Lula turns down
    German request for tank ammunition". A pause of the requests ("stopped approving new requests
    for weapons aid") is a pause of the aid, kept."""
    return status not in ("paused", "cancelled") and bool(_has(clause, words["request_nouns"]))


def decision_owner(ctx, sent: Span, first: int) -> str | None:
    """The owner of a decision to give the items at ``first``: "Britain and Spain distanced
    themselves from President Joe Biden's decision to send cluster munitions" gives them to the
    United States, not to the clause's subject."""
    table = tokens(ctx.doc)
    lo = max(sent.start, first - 10)
    for j in range(first - 1, lo, -1):
        if table.lower[j] in _DECISION_NOUNS and table.lower[j - 1] in ("'s", "’s") and "to" in table.lower[j + 1 : first]:
            owner = ctx.mentions_in(table.idx[max(sent.start, j - 4)], table.idx[j - 1], ("COUNTRY", "ORG", "PERSON"))
            if owner and owner[-1].end == j - 1:
                code = owner[-1].stands_for
                return code if code not in NOT_DONORS else None
    return None


def reported_subject(ctx, sent: Span, first: int) -> bool:
    """Whether the item at ``first`` is in a reported clause whose own subject is no actor and not
    the speaker's state: "Warsaw says the force would deliver humanitarian aid" (the force gives,
    not Warsaw); "Madrid says the government will send demining kits" keeps Madrid."""
    table = tokens(ctx.doc)
    lower = table.lower
    at = next((j for j in range(first - 1, max(sent.start, first - 12) - 1, -1) if lower[j] in _REPORTING), None)
    if at is None:
        return False
    j = at + 1
    if j < first and lower[j] == "that":
        j += 1
    if j >= first or lower[j] not in _DETERMINERS:
        return False
    k = j + 1
    triggers = _trigger_set()
    while k < first and lower[k] not in _MODALS:
        if lower[k] in _OWN_BODIES or table.ent[k] or lower[k] in _NOT_A_SUBJECT:
            return False  # the speaker's own state, or "said this month it would send": a time, then the subject
        if lower[k] in AID_NOUNS or lower[k] in triggers:
            return False  # "said the package would include 14 tanks": the aid itself, told of by its giver
        k += 1
    if not j + 1 < k < first or ctx.mentions_in(table.idx[j], table.idx[first], ("COUNTRY", "ORG", "PERSON")):
        return False
    # "said the tanks would go with 30 guns": the subject is aid itself, told of by its giver
    return not any(j < it[0] < k for it in ctx.doc.user_data.get("items", ()))


def companies_sell(doc, sent: Span, lo: int, i: int) -> bool:
    """Whether the clause before amount ``i`` (from token ``lo``) has companies as the subject of a
    verb of selling or shipping: "Czech defence companies shipped a further CZK 30bn of weapons to
    Ukraine under export licences" — commercial sales, no state's aid."""
    table = tokens(doc)
    lower = table.lower
    triggers = _trigger_set()
    for j in range(max(lo, sent.start), i - 1):
        if lower[j] in _SELLER_NOUNS and (lower[j + 1] in _SALE_VERBS or (lower[j + 1] in triggers and lower[j + 1].endswith("ed"))):
            return True
    return False


# Words right after items that name who pays for them.
_PAID_BY = ("paid for by", "funded by", "financed by", "bought by", "paid for jointly by", "jointly funded by", "jointly financed by")


def payer_of_reported(ctx, sent: Span, first: int, end: int) -> str | None:
    """The payer named right after items ("the shells, paid for by Denmark, …") when the items are in
    a clause reported by a speaker with no actor of its own: "Czech Prime Minister Petr Fiala said
    the shells, paid for by Denmark, had been shipped" — Denmark gives, not the speaker's country."""
    table = tokens(ctx.doc)
    lower = table.lower
    at = next((j for j in range(first - 1, max(sent.start, first - 8) - 1, -1) if lower[j] in _REPORTING), None)
    if at is None or ctx.mentions_in(table.idx[at], table.idx[first], ("COUNTRY", "ORG", "PERSON")):
        return None
    after = _lower(ctx.doc, end, min(sent.end, end + 6))
    if not _has(after, _PAID_BY):
        return None
    for m in ctx.mentions_in(table.idx[end], table.idx[min(sent.end, end + 8) - 1] + 1, ("COUNTRY", "ORG")):
        if m.code not in NOT_DONORS and lower[m.start - 1] in ("by", "the"):
            return m.code
    return None


def reference_amount(doc, sent: Span, start: int, end: int, words: dict) -> bool:
    """ "well above the $5bn the administration had sought", "more than the $2bn it asked for": an
    amount named as a yardstick ("above the", "than the") or as what someone sought or requested
    (a relative clause right after it) is no money given; one a verb of giving follows ("more than the
    SEK 1bn it gave last year") is an earlier gift, kept."""
    lower = tokens(doc).lower
    cues = words["reference_amounts"]
    if _has(_lower(doc, max(sent.start, start - 3), start), cues["comparisons"]):
        # "more than the SEK 1bn it gave last year" is a gift told as a yardstick: kept; a conversion
        # between them ("beyond the €8bn (£6.8bn) already approved") is the same amount, skipped
        end = after_conversion(tokens(doc), sent, end)
        return not any(w in _trigger_set() and w not in NOUN_TRIGGERS for w in lower[end : min(sent.end, end + 6)])
    if start <= sent.start or lower[start - 1] != "the":
        return False  # "requested $5bn" is the request itself, read elsewhere; "the $5bn it had sought" is a yardstick
    return bool(_has(_lower(doc, end, min(sent.end, end + 6)), cues["sought"]))


def asked_of_legislature(doc, sent: Span, lo: int, start: int, words: dict) -> bool:
    """ "Biden has asked Congress for about $61 billion for Ukraine", "The White House had asked Congress
    in August for $24 billion": a sum the government asks its legislature to vote is a request, no money
    given until the bill passes (decision 50's aid before a legislature). Only a legislature that votes
    such requests apart from a budget is named (``legislature_requests``); a government asking its
    parliament for a budget line to order equipment stays `planned` (the dev annotation of that form)."""
    cues = words["legislature_requests"]
    lower = tokens(doc).lower
    j = start - 1
    while j > lo and lower[j] in cues["before_sum"]:
        j -= 1  # "for about", "for another"
    if j <= lo or lower[j] != "for":
        return False
    window = lower[max(lo, j - cues["reach"]):j]
    return not frozenset(cues["bodies"]).isdisjoint(window) and not frozenset(cues["verbs"]).isdisjoint(window)


def ukraine_asks(ctx, sent: Span, lo: int, start: int, words: dict) -> bool:
    """ "Kyiv wants a clear timetable for financing … and $6bn to expand its drone production",
    "Ukraine has asked for $1bn": Ukraine as the subject of a verb of wanting or asking before the
    amount, in its stretch of the sentence: what it asks for, not what anyone gives."""
    table = tokens(ctx.doc)
    lower = table.lower
    verbs = words["reference_amounts"]["ukraine_wants"]
    if not any(w in verbs for w in lower[lo:start]):
        return False  # the cheap test first
    for m in ctx.mentions_in(table.idx[lo] if lo > sent.start else sent.start_char, table.idx[start], ("COUNTRY", "PERSON")):
        if m.stands_for != "UKR":
            continue
        k = m.end
        while k < start and lower[k] in ("has", "have", "had", "is", "was", "also", "now", "still", "will", "would"):
            k += 1
        if k < start and lower[k] in verbs:
            return True
    return False


_ORDER_NOUNS = ("order for", "orders for", "contract for", "contracts for", "order from", "orders from")


def company_order(ctx, sent: Span, first: int, clause: str) -> bool:
    """ "Hensoldt said it had received a large order for TRML-4D radars": an order or contract before
    items, in a sentence whose only actors before them are companies (and Ukraine), is a company's
    order book; the government that gives them is told elsewhere, if at all."""
    if not _has(clause, _ORDER_NOUNS):
        return False
    table = tokens(ctx.doc)
    named = ctx.mentions_in(sent.start_char, table.idx[first], ("COUNTRY", "ORG", "PERSON", "COMPANY"))
    return any(m.label == "COMPANY" for m in named) and all(
        m.label == "COMPANY" or m.stands_for in ("UKR", None) for m in named)


def wanted_items(doc, sent: Span, first: int, words: dict) -> bool:
    """ "the coalition wants mechanised clearance vehicles", "Kyiv needs more air defence": items as
    the object of a verb of wanting or needing (a few modifiers between) are wished for, not given.
    "wants to send howitzers" is a plan: "to" between makes it no wish for the items."""
    lower = tokens(doc).lower
    wants = words["want_verbs"]
    for k in range(first - 1, max(sent.start, first - 4) - 1, -1):
        if lower[k] in wants:
            return True
        if lower[k] in ("to", ",", ";", ":", "and", "but", "that", "which"):
            return False
    return False


def decision_pending(doc, sent: Span, first: int, end: int, words: dict) -> bool:
    """Whether the items at ``first``..``end`` are what a decision not yet taken is about: "said the
    decision to provide aircraft would be taken separately", "the choice to send tanks is yet to be
    made". The giving verb belongs to the decision noun, and the decision is still to come: no
    pledge. A decision told as taken ("the decision to send tanks was welcomed") is left alone."""
    table = tokens(doc)
    lo = max(sent.start, first - 6)
    nouns = words["pending_decision"]["decision_nouns"]
    if not any(w in nouns for w in table.lower[lo:first]):
        return False  # cheap test first: no noun of deciding right before the items
    stop = end
    while stop < sent.end and table.lower[stop] not in (";", ":", "but", "while", "whereas"):
        stop += 1
    return bool(_has(_lower(doc, end, stop), words["pending_decision"]["still_to_come"]))


def receiver_uses(doc, sent: Span, first: int, end: int, words: dict) -> bool:
    """ "our pilots will use these aircraft well", "Ukrainian crews are already flying the jets":
    the receiver's people (or Ukraine itself) as the subject of a verb of using, flying or operating
    the items, within or right before them. What the receiver does with aid is no one's pledge;
    the stage the bare "will" would give belongs to the use."""
    lower = tokens(doc).lower
    use = words["receiver_use"]
    for j in range(max(sent.start + 1, first - 4), min(end, sent.end)):
        if lower[j] not in use["verbs"]:
            continue
        k = j - 1
        while k > sent.start and lower[k] in use["between"]:
            k -= 1
        if lower[k] in use["users"]:
            # "will train Ukrainian pilots to fly F-16s": teaching the use is the aid given
            return not any(w in use["taught"] for w in lower[max(sent.start, k - 4):k])
    return False


def deliberated(clause: str, words: dict) -> bool:
    """ "Slovakia is discussing whether to hand over its S-300": "whether" after a verb of
    deliberating is a possibility the subject weighs (status considering), not a supposition."""
    if " whether to " not in clause:
        return False
    return any(f" {verb} whether to " in clause for verb in words["deliberation_verbs"])


def commentators_forecast(doc, sent: Span, first: int, words: dict) -> bool:
    """ "Analysts expect Germany to send more tanks", "Some experts believe France could supply jets":
    commentators forecasting what a donor will do, before the items, pledge nothing for it."""
    lower = tokens(doc).lower
    cues = words["commentator_forecasts"]
    for j in range(sent.start, first - 1):
        if lower[j] in cues["nouns"]:
            k = j + 1
            while k < first and lower[k] in ("also", "now", "widely", "generally", "largely", "still", "had", "have", "do", "did"):
                k += 1
            if k < first and lower[k] in cues["verbs"]:
                return True
    return False


def use_limited(doc, sent: Span, first: int, end: int, words: dict) -> bool:
    """ "clear rules on the use of German weapons", "weapons supplied by Italy had to be used inside
    Ukraine", "the Belgian jets could only be used over Ukrainian territory": a limit on how aid
    already given may be used. The items are the object of a noun of using, or the subject of a
    passive "be used" under a modal or "had to" (past at most a participle "supplied by Italy");
    neither gives anything. A comma or relative word before the passive ("will send two F-16s,
    to be used for spare parts") leaves the giving verb's pledge alone."""
    lower = tokens(doc).lower
    limits = words["use_limits"]
    # "the use of (the) German weapons": the noun of using right before the items
    for j in range(max(sent.start, first - 4), first - 1):
        if lower[j] in limits["use_nouns"] and lower[j + 1] == "of":
            return True
    # "<items> [supplied by Italy | sent to Ukraine] had to / could only be used"
    j = end
    if j < sent.end and lower[j] in limits["participles"]:
        j += 1
        if j < sent.end and lower[j] in ("by", "to"):
            j = min(j + 4, sent.end)  # the participle's agent or receiver, a name of up to three words
    for k in range(end, min(j + 4, sent.end - 1)):
        if lower[k] in (",", ";", "that", "which", "who"):
            return False
        if lower[k] == "be" and lower[k + 1] in limits["passives"]:
            before = lower[k - 1]
            if before in limits["modals"]:
                return True
            return before == "to" and lower[k - 2] in limits["obliged"]
    return False


def joint_buying(doc, sent: Span, first: int, words: dict) -> bool:
    """ "watching the EU's plans to fund joint purchases of ammunition", "signed 60 framework contracts
    for joint buying of 155mm ammunition": items right after "joint purchases of" are bought by
    members together for their own stocks; in a sentence with no word of Ukraine, no aid in kind
    ("joint orders of 155mm ammunition for Ukraine" stays aid)."""
    lower = tokens(doc).lower
    cues = words["joint_buying"]
    for j in range(max(sent.start, first - 6), first - 1):
        if lower[j] in cues["adjectives"] and lower[j + 1] in cues["nouns"]:
            k = j + 2  # "joint purchases of (120mm mortar) rounds": a few modifiers between, no break
            if k == first or (k < first and lower[k] == "of" and all(w.isalnum() for w in lower[k + 1:first])):
                return not any(w in UKRAINE_TOKENS for w in lower[sent.start:sent.end])
    return False
