"""Whose truce it is, for three ways outlets report a proposal without a proposing verb on its owner:

- terms owned by a possessor and then given after a colon or dash ("he set out Kyiv's terms: a
  30-day ceasefire, …", "Norway's priorities - an immediate truce"): the possessor proposes them, as
  a delegation's position tabled at talks does (ADJUDICATION decision 2);
- a warring side's acceptance told in a relative clause on the truce ("refused the ceasefire that
  Kyiv had accepted") only names which proposal is meant: the one reporting it is no broker (the
  broker reading is for "Trump said Putin had agreed to a pause", where the agreement is the news);
- a truce both warring sides agreed with no one else named ("Russia and Ukraine agreed a local
  truce", "local ceasefires agreed by both sides") is both sides' own (ADJUDICATION decision 4).

Kept apart from ``ceasefire_parties.py`` and ``ceasefires.py`` (both full), which call these.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, tokens, window_text

_MARKS = ("-", "–", "—", ":")
# Words that may stand between "'s" and the terms noun: "Kyiv's own terms", "Ukraine's main demands"
_TERMS_MODIFIERS = frozenset(("own", "main", "key", "chief", "core", "basic", "central", "opening", "latest", "new"))
# "a one-month truce", "a ten-day ceasefire": a duration written in words
_NUMBERS = frozenset(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                      "fourteen", "fifteen", "twenty", "thirty", "forty", "sixty", "ninety"))
_PLURAL_HEADS = frozenset(("ceasefires", "truces", "pauses", "halts"))
_AGREED = frozenset(("agreed", "agree", "agrees", "agreeing", "accepted", "accept"))
# the words one of the "mutual_breach" phrases holds: a clause without any is not searched for them
_MUTUAL_KEYS = frozenset(("other", "each", "agreed"))
_AUXILIARIES = frozenset(("had", "have", "has", "also", "both", "now", "already", "finally", "since"))


def owned_terms(lower, m, end: int, words) -> bool:
    """Whether a possessive actor owns terms given after a colon or dash that open on a truce ("Kyiv's
    terms: a 30-day ceasefire"); "Kyiv's terms: the return of children" and "Kyiv's terms for a
    ceasefire" (no mark, the truce is what the terms are for) are none."""
    j = m.end + 1  # past the "'s"
    while j < end and lower[j] in _TERMS_MODIFIERS:
        j += 1
    if j >= end or lower[j] not in words["terms_nouns"]:
        return False
    mark = j + 1
    if mark >= end or lower[mark] not in _MARKS:
        return False
    lead, heads, units = words["demand_object_lead"], words["truce_heads"], words["duration_units"]
    for k in range(mark + 1, min(end, mark + 6)):
        if lower[k] in heads:
            return True
        if lower[k] == "the" or not (lower[k] in lead or lower[k] in units or lower[k].isdigit() or lower[k] in _NUMBERS):
            return False
    return False


def names_which_truce(lower, m, start: int, words) -> bool:
    """Whether an actor is the subject of a relative clause on a truce ("the ceasefire that Kyiv had
    accepted", "the truce which Moscow rejected", "the 30-day truce Kyiv accepted"): its answer names
    the proposal, it is not what a speaker reports as agreed."""
    k = m.start - 1
    if k > start and lower[k] in ("that", "which"):
        k -= 1
    return k >= start and (lower[k] in words["truce_heads"] or lower[k] in _PLURAL_HEADS)


def both_sides_agreed(doc, start: int, end: int, responses: dict, words, ctx=None) -> bool:
    """Whether a truce is said to be agreed by both warring sides and no one else: both answered
    "accepted" in its clause, the two sides joined as one subject of a verb of reaching a deal
    ("Russia and Ukraine settled on a local ceasefire", "Kyiv and Moscow reached a truce"), "both
    sides"/"the two sides" stand by an agreeing word ("agreed by both sides", "the two sides had also
    agreed corridors")."""
    belligerents = words["belligerents"]
    if responses and all(responses.get(b) == "accepted" for b in belligerents) \
            and all(a in belligerents for a in responses):
        return True
    lower = tokens(doc).lower
    if ctx is not None and not _DEAL_VERBS.isdisjoint(lower[start:end]) and _joined_sides_deal(ctx, doc, start, end, words):
        return True
    for i in range(start, end):
        if lower[i] in _AGREED:
            # "the two sides agreed", "the two sides had also agreed": auxiliaries and an adverb between
            k = i
            while k - 1 > start and lower[k - 1] in _AUXILIARIES:
                k -= 1
            before = window_text(doc, max(start, k - 3), i)
            after = window_text(doc, i + 1, min(end, i + 5))
            if has_phrase(before, words["both_sides"]) or (
                    lower[i + 1 : i + 2] == ["by"] and has_phrase(after, words["both_sides"])):
                return True
    return False


def mutual_breach(doc, start: int, end: int, words) -> bool:
    """Whether a clause tells a truce's breach as mutual ("broke down within hours, with each side
    blaming the other", "accusing Russian forces of shelling the agreed route"): a truce both sides
    had agreed (decision 4). ``ceasefires.py`` reads it only for a local truce on land written as
    violated, where the two armies themselves arrange the pause; a wider halt told so may still be a
    broker's."""
    if _MUTUAL_KEYS.isdisjoint(tokens(doc).lower[start:end]):
        return False
    return bool(has_phrase(window_text(doc, start, end), words["mutual_breach"]))


def negated_truce(lower, at: int, start: int) -> bool:
    """Whether a truce word is negated by "no" right before it ("talks ended with a swap but no
    ceasefire", "there is no ceasefire to guarantee", "would agree to no interim truce until…"): a
    truce that does not exist is no proposal (a refusal of one is its sayer's stance, decision 2)."""
    for k in range(at - 1, max(start, at - 4) - 1, -1):
        if lower[k] == "no":
            return True
        if not lower[k].isalpha() or lower[k] in ("a", "an", "the", "and", "or", "but", "with", "to"):
            return False
    return False


# What may stand between the actor of a relative clause and its proposing verb: "that Trump said he
# had requested", "the truce Moscow had unilaterally declared"
_RELATIVE_FILLERS = frozenset(("said", "says", "had", "has", "have", "he", "she", "it", "they", "had", "was", "first",
                               "unilaterally", "personally", "earlier", "himself", "itself"))
# Proposing verbs of a relative clause on a truce, past participles only ("the pause Trump requested")
_RELATIVE_VERBS = frozenset(("proposed", "declared", "announced", "requested", "brokered", "offered", "ordered",
                             "suggested", "floated", "tabled", "sought", "initiated", "mediated"))


def relative_proposer(ctx, doc, trigger_end: int, end: int) -> str | None:
    """The actor of a relative clause right after a truce that says who asked for or declared it ("a
    week-long pause in strikes … that Trump said he had requested from Putin", "the Easter truce Moscow
    had declared"); None when the clause gives an answer instead ("the ceasefire that Kyiv accepted"
    names which truce is meant, see :func:`names_which_truce`)."""
    tk = tokens(doc)
    lower, idx = tk.lower, tk.idx
    # the truce's own modifiers ("pause in Russian strikes on Kyiv and on energy facilities") come first
    j = next((k for k in range(trigger_end, min(end, trigger_end + 14)) if lower[k] in ("that", "which")), None)
    if j is None:
        j = trigger_end - 1  # a contact clause: "the truce Moscow had declared"
    if j + 1 >= end:
        return None
    found = ctx.mentions_in(idx[j + 1], idx[min(end, j + 6) - 1] + 1, ("COUNTRY", "ORG", "PERSON"))
    actor = next((m for m in found if m.start == j + 1 or (m.start == j + 2 and lower[j + 1] in ("the", "president"))), None)
    if actor is None:
        return None
    for k in range(actor.end, min(end, actor.end + 5)):
        if lower[k] in _RELATIVE_VERBS:
            return actor.stands_for
        if lower[k] not in _RELATIVE_FILLERS:
            return None
    return None


def holiday_month(ctx, holiday: str, words) -> int:
    """The month of the holiday a truce is named for: "Christmas" in an article about Orthodox
    Christmas is the Orthodox one (January), so a headline's "Christmas truce" and the body's
    "ceasefire over Orthodox Christmas" are one proposal."""
    if holiday == "christmas" and "orthodox christmas" in _lower_text(ctx):
        return words["holiday_months"]["orthodox christmas"]
    return words["holiday_months"][holiday]


def standing_call(doc, start: int, end: int, words) -> bool:
    """Whether a clause calls for a truce as a standing position ("Budapest has for months urged an
    immediate ceasefire", "has long called for a truce"): a standing cue within three words before a
    calling verb. The caller decides whether the truce has terms (see ``ceasefires._read_clause``)."""
    padded = window_text(doc, start, end)
    verb = has_phrase(padded, words["standing_call_verbs"])
    if not verb:
        return False
    at = padded.find(f" {verb} ")
    before = " " + " ".join(padded[:at].split()[-4:]) + " "
    return bool(has_phrase(before, words["standing_call_cues"]))


# "Russia said it would open a humanitarian corridor", "Kyiv agreed to open corridors": the verb of
# a side opening a corridor itself, and what may stand between the side and it
_OPEN_VERBS = frozenset(("open", "opens", "opened", "opening"))
_OPEN_LEADS = frozenset(("would", "will", "to", "agreed", "agrees", "said", "says", "it", "had", "has", "on", "then",
                         "also", "offered", "promised", "pledged", "announced", "that", "unilaterally", "again"))
# verbs that put the opening to another ("asked Russia to open", "demanded that Moscow open")
_PUT_TO = frozenset(("asked", "asks", "urged", "urges", "demanded", "demands", "called", "calls", "pressed",
                     "pressing", "wants", "wanted", "requested", "requests", "challenged", "told"))


def corridor_opener(ctx, sent, start: int, end: int, spans) -> str | None:
    """The side that says it opens a corridor itself ("Russia said on Tuesday it would open a
    humanitarian corridor on Wednesday"): the actor at the head of the clause, with only auxiliaries,
    a time and "said it would" between it and "open", and the corridor a few words after. A corridor
    one side asks or demands of the other ("Kyiv asked Moscow to open a corridor") stays none."""
    tk = tokens(sent.doc)
    lower, idx = tk.lower, tk.idx
    at = next((i for i in range(start, end) if lower[i] in _OPEN_VERBS), None)
    if at is None or not any(0 < a - at <= 4 for a, _, _ in spans):
        return None
    if not _PUT_TO.isdisjoint(lower[start:at]):
        return None
    if tk.text[start].isupper():
        # a dateline ("MOSCOW/KYIV, June 14 (Wire) - Russia said…"): the clause's head is after its dash
        start = next((k + 1 for k in range(start, min(at, start + 14)) if lower[k] in ("-", "–", "—")), start)
    actors = [m for m in ctx.mentions_in(idx[start], idx[at], ("COUNTRY", "ORG", "PERSON"))]
    if len(actors) != 1 or actors[0].start - start > 3:
        return None
    # between the side and "open": auxiliaries, "said it would", a weekday or date ("on Tuesday")
    between = [w for w in lower[actors[0].end : at] if w not in _OPEN_LEADS and not w.istitle()]
    if any(not (w.endswith("day") or w.isdigit()) for w in between):
        return None
    m = actors[0]
    return m.stands_for


_SPEECH = frozenset(("said", "says", "told", "tells", "added", "adds", "wrote", "writes"))
_NEGATIONS = frozenset(("not", "never", "n't", "hardly", "no"))


def acceptable_proposer(ctx, sent, start: int, end: int) -> list[str]:
    """The speaker who says a truce of the clause "would be acceptable" ("He said an energy
    ceasefire, in which both sides would stop hitting each other's grids, would also be
    acceptable"): an offer of that truce, as readiness for one is. The speaker is the actor opening
    the sentence before "said", or, for "He/She said", the person the sentence before quotes ("…,"
    Zelensky told reporters."). "Not acceptable" and "unacceptable" are answers, not offers."""
    tk = tokens(sent.doc)
    lower, idx = tk.lower, tk.idx
    at = next((k for k in range(start, end) if lower[k] == "acceptable"), None)
    if at is None or not _NEGATIONS.isdisjoint(lower[max(start, at - 4) : at]):
        return []
    speech = next((k for k in range(sent.start, min(sent.end, sent.start + 5)) if lower[k] in _SPEECH), None)
    if speech is None or speech > at:
        return []
    if lower[speech - 1] in ("he", "she") and speech - 1 == sent.start:
        k = ctx.sentence_index(sent.start_char) - 1
        if k < 0:
            return []
        prev = ctx.sents[k]
        people = [m for m in ctx.mentions_in(prev.start_char, prev.end_char, ("PERSON",))
                  if m.end < prev.end and lower[m.end] in _SPEECH and m.actor]
        return [people[-1].actor] if people else []
    named = [m for m in ctx.mentions_in(idx[sent.start], idx[speech], ("COUNTRY", "ORG", "PERSON")) if m.end == speech]
    if not named:
        return []
    m = named[-1]
    code = m.stands_for
    return [code] if code else []


RECIPROCAL_STOPS = frozenset(("stop", "halt", "cease", "end"))
# a word each reciprocal condition holds: a sentence without one holds no reciprocal offer
RECIPROCAL_IFS = frozenset(("if", "provided", "long", "condition"))
_MODALS = frozenset(("would", "will", "could", "to", "'d", "’d"))


def _stop_objects(words) -> frozenset[str]:
    # built once per vocabulary: every clause of every article asks
    hit = _OBJECTS.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _OBJECTS[id(words)] = (words, frozenset(words["halt_objects"]) | frozenset(words["reciprocal_objects"]))
    return hit[1]


_OBJECTS: dict[int, tuple] = {}


def _lower_text(ctx) -> str:
    # the article's text in lower case, once per article (each truce named for a holiday asks)
    cached = ctx.__dict__.get("_lower_text")
    if cached is None:
        cached = ctx.__dict__["_lower_text"] = ctx.text.lower()
    return cached


def reciprocal_stop(doc, start: int, end: int, words) -> tuple[int, int] | None:
    """The token range of a side's offer to stop its strikes if the other side stops too ("Ukraine
    would stop hitting Russian energy facilities if Russia stopped hitting Ukraine's"): a stop verb
    after a modal, its object within six words, then within fourteen a condition and the other
    side's matching stop. None when the clause holds none ("air defence will stop drone attacks")."""
    lower = tokens(doc).lower
    objects = _stop_objects(words)
    for i in range(start + 1, end):
        if lower[i] not in RECIPROCAL_STOPS or lower[i - 1] not in _MODALS:
            continue
        obj = next((k for k in range(i + 1, min(end, i + 6)) if lower[k] in objects), None)
        if obj is None:
            continue
        tail = window_text(doc, obj + 1, min(end, obj + 15))
        cond = has_phrase(tail, words["reciprocal_conditions"])
        if cond and has_phrase(tail[tail.find(f" {cond} ") :], words["reciprocal_answers"]):
            return i, obj + 1
    return None


def reciprocal_proposer(ctx, doc, at: int, start: int) -> list[str]:
    """The side that makes the reciprocal offer at ``at`` (the stop verb): the actor right before its
    modal ("Ukraine would stop…", "Kyiv said it would stop…" is left to the speaker rules)."""
    tk = tokens(doc)
    idx = tk.idx
    lo = max(start, at - 4)
    named = [m for m in ctx.mentions_in(idx[lo], idx[at], ("COUNTRY", "ORG", "PERSON")) if m.end >= at - 2]
    if not named:
        return []
    m = named[-1]
    code = m.stands_for
    return [code] if code else []


# verbs of reaching a deal, after the two sides joined as one subject ("Russia and Ukraine settled on…")
_DEAL_VERBS = frozenset(("agreed", "settled", "reached", "struck", "signed", "concluded", "negotiated", "hammered"))


def _joined_sides_deal(ctx, doc, start: int, end: int, words) -> bool:
    """Both warring sides named together ("Russia and Ukraine", "Kyiv and Moscow") with a deal verb
    within three words after them ("… settled on a local ceasefire", "… have reached a truce")."""
    tk = tokens(doc)
    lower, idx = tk.lower, tk.idx
    named = [m for m in ctx.mentions_in(idx[start], idx[end - 1] + 1, ("COUNTRY",)) if m.code]
    sides = set(words["belligerents"])
    for a, b in zip(named, named[1:]):
        if {a.code, b.code} == sides and all(w in ("and", ",", "both") for w in lower[a.end : b.start]) \
                and not _DEAL_VERBS.isdisjoint(lower[b.end : min(end, b.end + 3)]):
            return True
    return False
