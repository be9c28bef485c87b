"""A stance cue whose object is a supply verb: "ruled out sending Eurofighters to Kyiv", "opposed
handing over its Typhoons", "backed giving Ukraine F-16s", "refused to transfer its Leopards".

The thing supplied is often named by a type the aid-item gazetteer and the open-object nouns do
not hold (a fighter's or missile's own name), but the verb says what the position is about: a
supply to Ukraine. The target is the verb with its object as written, up to the recipient ("to
Ukraine") or the clause's edge; the gate compares actor and value only, so the wording need not
match an annotation's. Read only where ``stance_objects.open_target`` finds no object of its own,
so every precision rule of that reading (a holder named before the cue, no group between, no
question, no press report, no background past perfect) holds here too.

Decision 14 is kept apart: a welcome whose object names aid ("welcomed the new aid package") is a
thanks, no position (``aid_welcome``), and Ukraine's support of a supply to itself is no news, as
for the vocabulary's targets. Words are in positions.json ("open_targets": "supply_verbs",
"supply_particles", "recipients", "aid_words").
"""

from __future__ import annotations

from coalition.extract.context import vocab

_OPEN = vocab("positions")["open_targets"]
SUPPLY_VERBS = frozenset(_OPEN["supply_verbs"])
PARTICLES = frozenset(_OPEN["supply_particles"])
# the recipient or a new phrase ends the thing supplied: "sending jets to Ukraine", "… for Kyiv"
RECIPIENTS = frozenset(_OPEN["recipients"])
STOPS = frozenset(_OPEN["stops"])
AID_WORDS = frozenset(_OPEN["aid_words"])
# "criticised Scholz for calling Putin": a contact with Russia's leadership, itself a policy question
CONTACT_VERBS = frozenset(_OPEN["contact_verbs"])
COUNTERPARTS = frozenset(_OPEN["contact_counterparts"])
ACTS = SUPPLY_VERBS | CONTACT_VERBS
WELCOMES = frozenset(_OPEN["welcomes"])
# "giving Ukraine F-16s": the recipient written before the thing
UKRAINE = frozenset(("ukraine", "kyiv", "ukrainians"))
DETERMINERS = frozenset("the a an any its their his her our some more further additional".split())
# a sum is money, which a state gives as a commitment, not a position on a named supply
MONEY = frozenset("$ € £ million billion bn money funds funding cash".split())
# "opposed to sending Italian soldiers": forces sent are a participation, read elsewhere
TROOPS = frozenset(vocab("positions")["troop_nouns"])
# how far after the cue the supply verb may stand ("ruled out ever sending"), and how long its object may run
VERB_REACH = 3
OBJECT_REACH = 6


# only the gerunds gate a sentence: "send", "give", "provide" are in most aid sentences, and reading
# every one's clauses cost more than the rest of the open objects ("refused to send its Leopards"
# is read all the same, its item gating the sentence)
GERUNDS = frozenset(w for w in ACTS if w.endswith("ing"))


def may_hold(words: frozenset[str]) -> bool:
    """Whether a sentence (its words as a set) holds a supply or contact gerund; a set look-up."""
    return not GERUNDS.isdisjoint(words)


def supply_object(lower: list[str], end: int, b: int) -> str | None:
    """The supply the cue ending at token ``end`` is about, as written ("sending eurofighters"),
    when a supply verb follows the cue, bare or after "to", within ``VERB_REACH`` tokens."""
    verb = None
    for j in range(end, min(b, end + VERB_REACH)):
        word = lower[j]
        if word in STOPS:
            return None
        if word in SUPPLY_VERBS and (word.endswith("ing") or (j > 0 and lower[j - 1] == "to")):
            verb = j
            break
        if word in CONTACT_VERBS and (j == 0 or lower[j - 1] not in DETERMINERS):
            verb = j  # (not "welcomed the meeting": a noun)
            break
    if verb is None:
        return None
    k = verb + 1
    while k < b and lower[k] in PARTICLES:
        k += 1
    if k < b and lower[k] == "back":
        return None  # "handing back the occupied territories": a return, no supply
    contact = lower[verb] in CONTACT_VERBS
    if contact and k < b and lower[k] in ("to", "with"):
        k += 1  # "talking to Putin"
    if not contact and k < b and lower[k] in UKRAINE:
        k += 1  # "giving Ukraine its F-16s"
    stop = k
    while stop < b and stop - k < OBJECT_REACH and lower[stop] not in RECIPIENTS and lower[stop] not in STOPS:
        stop += 1
    thing = lower[k:stop]
    if contact and COUNTERPARTS.isdisjoint(thing):
        return None  # a call to anyone else is no policy question
    if not thing or set(thing) <= DETERMINERS or not MONEY.isdisjoint(thing) or not TROOPS.isdisjoint(thing) \
            or any(w[:1].isdigit() for w in thing):
        return None
    return " ".join(lower[verb:stop])


CONDITION_WORDS = frozenset(_OPEN["condition_words"])


def restricted_only(cue: str, text: str) -> bool:
    """Whether a "would only send" cue restricts the thing, not the supply ("will only supply
    interceptor missiles"): no condition word follows it in the clause ``text``."""
    words = cue.split()
    if len(words) < 3 or words[1] != "only" or words[2] not in SUPPLY_VERBS:
        return False
    at = text.find(" " + cue + " ")
    return at < 0 or CONDITION_WORDS.isdisjoint(text[at + len(cue) + 2 :].split())


def not_a_cue(lower: list[str], at: int) -> bool:
    """Whether the cue at token ``at`` is the idiom "as opposed to" ("selling Ukraine weapons, as
    opposed to giving them"): a contrast between two things, nobody's opposition."""
    return lower[at] == "opposed" and at > 0 and lower[at - 1] == "as"


# "ready to send its jets, but only in coordination with allies": a restricting "only" after these
# words restricts the thing named before them
RESTRICTING_GAP = frozenset((",", "but", "and", "—", "–"))


def restricted_before(lower: list[str], a: int, at: int, cue: str) -> int | None:
    """The token before which the object of a cue that opens with "only" stands, when the cue
    follows the clause's thing after a comma or "but" ("would hand over its jets, but only in full
    coordination with its allies"); None otherwise."""
    if not cue.startswith("only "):
        return None
    k = at - 1
    while k > a and lower[k] in RESTRICTING_GAP:
        k -= 1
    return k + 1 if k < at - 1 else None


def supply_before(lower: list[str], a: int, head: int, reach: int) -> str | None:
    """The supply named before a linking word ("sending Typhoons to Ukraine would not be
    practical"): a supply gerund within ``reach`` tokens before ``head``, with its object."""
    for i in range(head - 1, max(a, head - reach) - 1, -1):
        if lower[i] in STOPS:
            return None
        if lower[i] in ACTS and lower[i].endswith("ing"):
            phrase = supply_object(lower, i, head)
            return phrase if phrase and phrase.split()[0] == lower[i] else None
    return None


# "nothing was excluded, including fighter jets", "nothing is off the table when it comes to jets":
# words that only lead up to the object of a cue that has none of its own
LEADS = (("including",), (",", "including"), (",", "even"), ("when", "it", "comes", "to"),
         (",", "when", "it", "comes", "to"), ("as", "regards"), ("as", "far", "as"))


def object_start(lower: list[str], end: int, b: int) -> int:
    """Where the object of a cue ending at token ``end`` starts, past a lead-up ("including")."""
    for lead in LEADS:
        if tuple(lower[end : end + len(lead)]) == lead and end + len(lead) < b:
            return end + len(lead)
    return end


def aid_welcome(text: str, target: str) -> bool:
    """Whether a support read from clause ``text`` is a welcome of aid ("welcomed the new aid
    package from Norway"): a thanks, no position (decision 14)."""
    return not AID_WORDS.isdisjoint(target.split()) and not WELCOMES.isdisjoint(text.split())


def own_supply(actor: str, target: str, stance: str) -> bool:
    """Whether ``target`` is a supply Ukraine backs for itself (it asks for aid; no news), or a
    contact with Russia's leadership held by Russia (the counterpart named in the thing read as
    the holder: "Latvia said calling Putin was a mistake")."""
    first = target.split()[0]
    return (actor == "UKR" and stance != "oppose" and first in SUPPLY_VERBS) or (actor == "RUS" and first in CONTACT_VERBS)
