"""The verb an actor's part in a truce is read from, when it is not the word right after the actor:
the purpose of a trip ("travelled to Kyiv on 10 May to demand…", the destination being no party), a
demand whose object is the truce itself, terms set out and given after a dash or colon, and a
proposing participle whose agent follows it ("the truce brokered by Washington": not the verb of the
actor before it).

Kept apart from ``ceasefire_parties.py`` (full), which calls these while reading each actor.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, window_text


def is_passive(lower, at: int, end: int, verb: str) -> bool:
    """Whether the proposing word is a participle with its agent after it ("the truce brokered by
    Washington"): the actor named after "by" proposed it, not the actor before."""
    last = verb.split()[-1]
    k = next((j for j in range(at, min(end, at + 8)) if lower[j] == last), None)
    return k is not None and k + 1 < end and lower[k + 1] == "by"


def is_destination(lower, m, start: int, words) -> bool:
    """Whether an actor is where someone travels: 'flew to Moscow', 'arrived in London', 'visited Kyiv'."""
    travel = words["travel_verbs"]
    k = m.start - 1
    if k > start and lower[k] == "the":
        k -= 1
    if k <= start:
        return False
    return lower[k] in travel or (lower[k] in ("to", "in") and k - 1 >= start and lower[k - 1] in travel)


def trip_purpose(tk, at: int, end: int, words) -> int | None:
    """The verb of a trip's purpose, 'to' and a verb a few words after a travel verb ('travelled to
    Kyiv on 10 May to demand…'), or None."""
    lower, ent = tk.lower, tk.ent
    for j in range(at + 1, min(end - 1, at + 14)):
        if lower[j] == "to" and lower[j - 1] not in words["travel_verbs"] and not ent[j + 1] \
                and lower[j + 1] not in ("the", "a", "an"):
            return j + 1
    return None


def demanded_truce(lower, at: int, end: int, words) -> str | None:
    """A demand verb at the start of the verb window whose object is the truce itself ('to demand,
    with Zelensky, a full ceasefire', 'demanded an immediate truce'): the verb, else None."""
    verb = next((lower[k] for k in range(at, min(end, at + 2)) if lower[k] in words["demand_verbs"]), None)
    if verb is None:
        return None
    lead, heads, units = words["demand_object_lead"], words["truce_heads"], words["duration_units"]
    j = lower.index(verb, at) + 1
    while j < min(end, at + 16):
        low = lower[j]
        if low in heads:
            return verb
        if low == "with":  # "to demand, with Zelensky, a ceasefire": who joins the demand
            j = next((k for k in range(j + 1, min(end, j + 6)) if lower[k] == ","), end)
        elif not (low in lead or low in units or low.isdigit()):
            return None
        j += 1
    return None


def terms_given(lower, at: int, end: int, words) -> str | None:
    """'had set out his own terms earlier this month - a ceasefire once…': a verb of setting out
    (within six words of the actor), its terms noun, then a dash or colon and a new truce. The verb,
    else None."""
    window = " " + " ".join(lower[at : min(end, at + 6)]) + " "
    verb = has_phrase(window, words["terms_verbs"])
    if not verb:
        return None
    first = verb.split()[0]
    k = next((j for j in range(at, min(end, at + 6)) if lower[j] == first), None)
    if k is None:
        return None
    noun = next((j for j in range(k + 1, min(end, k + 7)) if lower[j] in words["terms_nouns"]), None)
    if noun is None:
        return None
    mark = next((j for j in range(noun + 1, min(end, noun + 6)) if lower[j] in ("-", "–", "—", ":")), None)
    if mark is None:
        return None
    lead, heads = words["demand_object_lead"], words["truce_heads"]
    for j in range(mark + 1, min(end, mark + 6)):
        if lower[j] in heads:
            return verb
        if lower[j] == "the" or (lower[j] not in lead and not lower[j].isdigit() and lower[j] not in words["duration_units"]):
            return None
    return None


# Words that may stand between an actor and its ask verb: "he had personally asked Putin to…"
_BEFORE_ASK = frozenset(("had", "has", "have", "personally", "also", "again", "then", "directly", "repeatedly"))


def asks_next_actor(doc, lower, mentions, at: int, end: int, words) -> str | None:
    """The ask verb when the actor asks the actor named right after it for the truce ("asked
    President Erdogan to stop firing on the port", "asked Putin for a pause"): a request made of
    one side is the asker's call, as "urged" is; "asked whether a truce would hold" asks no one,
    and a corridor asked for with no truce word is no truce ("asked Moscow to open a corridor")."""
    ask = words["ask_verbs"]
    j = at
    while j < min(end, at + 3) and lower[j] in _BEFORE_ASK:
        j += 1
    if j >= end or lower[j] not in ask:
        return None
    asked = next((n for n in mentions if n.start > j), None)
    if asked is None or asked.start > j + 2 or asked.end >= end:
        return None  # the one asked comes right after the verb, a title at most between
    if lower[asked.end] not in ("to", "for"):
        return None
    return lower[j] if has_phrase(window_text(doc, asked.end, end), words["triggers"] + words["halt_words"]) else None
