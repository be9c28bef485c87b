"""Stances on what the target vocabulary does not name: a proposal, decision or delivery
written as a common noun ("The United States and France supported the call", "Moscow condemned
both decisions"), an aid item ("Moscow has warned repeatedly against the jets", "Greece will not
give Ukraine any of its air defence systems"), a thing named before a linking word ("the delivery
was a grave mistake", "the tanks would burn"), or a pronoun right after the cue ("Spain and the
Netherlands said they were considering it"), which stands for the last target named, as does a cue complete without an object ("Turkey has
not given up."). A considering cue with no object of its own ("positive about contributing tanks
but had not decided how many") takes the object of the willing words before it.

Only the object of the cue counts: a noun elsewhere in the clause ("welcomed the delegation's
visit to discuss the plan") is no object, and a visit, a club or an economy is no proposal, so
none of them is listed. A question ("asked whether Paris backed the idea") is nobody's stance.

Separate from ``positions.py``, whose targets come from a vocabulary; these come from the
clause's own words, and are read only when the sentence holds one of the nouns or pronouns or
an aid item (a set look-up, before any clause is cut).
"""

from __future__ import annotations

from bisect import bisect_left

from coalition.extract.clause_cues import cue_span
from coalition.extract.closed_asides import outside_asides
from coalition.extract.context import _as_tokens, tokens, vocab
from coalition.extract import stance_open, stance_supply

_OPEN = vocab("positions")["open_targets"]
NOUNS = frozenset(_OPEN["nouns"])
PRONOUNS = frozenset(_OPEN["pronouns"])
# "open to any of them": a pronoun after a quantifier stands for the last target as a bare one does
PRONOUN_LEADS = frozenset(tuple(p.split()) for p in _OPEN["pronoun_leads"])
# "Turkey has not given up.": a cue complete without an object is about the last target named;
# its last word gates the sentence (a set look-up, like the nouns).
STANDALONE = frozenset(_OPEN["standalone"])
STANDALONE_WORDS = frozenset(p.split()[-2] for p in STANDALONE)
# "the delivery was a grave mistake", "described such plans as foreign intervention": a linking
# word between the thing and the cue makes the thing the cue's object.
LINKS = frozenset(_OPEN["links"])
# The object of a cue ends at a clause's edge or a new speech verb.
STOPS = frozenset(_OPEN["stops"])
# "needed to understand the plan before deciding what they could do": a decision still to be taken
# about what to do with the thing already named (ADJUDICATION.md decisions 9 and 37)
WH_WORDS = frozenset(("what", "whether", "how", "which"))
# "allies rejected a proposal": a group named between the clause's actor and the cue is the cue's
# subject, and the actor before it is not the holder.
GROUP_NOUNS = frozenset(_OPEN["group_nouns"])
# "urged Hungary to move quickly": after a bare "to" these are verbs, no object
ALSO_VERBS = frozenset(_OPEN["also_verbs"])
# "its own 12-point position paper": the noun modifies a document, the holder's own text
DOCUMENT_HEADS = frozenset(_OPEN["document_heads"])
# "would host an international conference", "is pushing a plan": a thing new to the story after the
# holder's own initiative is its own event or proposal; "described as a decision" describes
INDEFINITE = frozenset(("a", "an"))
OWN_INITIATIVE = frozenset(_OPEN["own_initiative"])
DESCRIBING = frozenset(_OPEN["describing"])
QUESTIONS = (" whether ", " asked if ", " asks if ")
# "Greek media had reported that Athens was weighing…": the press's account, nobody's statement.
HEARSAY = (" reported ", " reports that ", " reportedly ")
# "…, which NATO has ruled out": the pronouns that open a relative clause whose object is the thing before
RELATIVE_OBJECTS = frozenset(("which", "that"))
EDGES = frozenset((",", "—", "–", "-"))
SUBJECT_PRONOUNS = frozenset("he she we i they it".split())
FIRST_PERSON = frozenset("we i".split())
# How often the war's two sides must be named for an article to be about the war: in a takeover
# or a budget story, "the minister welcomed the decision" is no position on the war.
WAR_MENTIONS = 3
DETERMINERS = frozenset("the a an any both such this that these those its their his her".split())
# how many words after the cue its object may start, and how far back a linked thing may stand
AFTER_REACH = 8
BEFORE_REACH = 8
LINK_GAP = 3


def may_hold(words: frozenset[str], sent) -> bool:
    """Whether a sentence (its words as a set) can hold an object of this kind: one of the
    nouns or pronouns, or an aid item. Cheap; nothing else is read when it fails."""
    if not NOUNS.isdisjoint(words) or not PRONOUNS.isdisjoint(words) or not STANDALONE_WORDS.isdisjoint(words):
        return True
    if stance_supply.may_hold(words) or stance_open.may_hold(words):
        return True  # "ruled out sending Eurofighters", "opposed the oil embargo": a strict cue's object
    items = sent.doc.user_data.get("items", ())
    at = bisect_left(items, (sent.start,))
    return at < len(items) and items[at][0] < sent.end


def about_the_war(ctx) -> bool:
    """Whether the article names Ukraine or Russia (or their capitals) often enough to be about
    the war; worked out once per article."""
    known = ctx.__dict__.get("_about_the_war")
    if known is None:
        known = ctx.__dict__["_about_the_war"] = sum(m.code in ("UKR", "RUS") for m in ctx.mentions) >= WAR_MENTIONS
    return known


def open_target(ctx, a: int, b: int, text: str, cue: str, last: str | None) -> str | None:
    """The object of ``cue`` in tokens [a, b) (whose padded text is ``text``) as written, or
    ``last`` for a pronoun; None when the cue has no such object, or when the clause's holder is
    in doubt: nobody named before the cue ("Backing the initiative is the fastest way," Blair
    said), a group between them ("… after allies rejected a proposal"), a question, a press report,
    a past perfect ("Washington had resisted sending the missiles", told as background)."""
    head = text[: text.find(" " + cue + " ") + 1] + " "
    # ("had not decided" is no background, and in "had no plans to" "had" is the verb itself)
    past_perfect = head.split()[-1:] == ["had"] and not cue.startswith(("not ", "no "))
    if past_perfect or any(q in head for q in QUESTIONS) or any(r in head for r in HEARSAY):
        return None  # a question, what the press reported, or a past perfect ("had resisted"): background
    lower = tokens(ctx.doc).lower
    cue_words = _as_tokens(cue).split()
    n = len(cue_words)
    at = next((i for i in range(a, b - n + 1) if lower[i : i + n] == cue_words), None)
    if at is None and n > 1:
        at = next((i for i in range(a, b) if lower[i] == cue_words[0] and cue_span(lower, i, cue_words, b)), None)
        n = cue_span(lower, at, cue_words, b) if at is not None else n  # 'would "burn"': quotes inside
    if at is None or stance_supply.not_a_cue(lower, at):
        return None  # (or "as opposed to": a contrast, no position)
    named = ctx.mentions_in(tokens(ctx.doc).idx[a], tokens(ctx.doc).idx[at], ("COUNTRY", "ORG", "PERSON"))
    before = [m for m in named if m.end <= at]
    if not before and SUBJECT_PRONOUNS.isdisjoint(lower[a:at]) and lower[a : a + 2] != [",", "whose"]:
        return None  # (", whose delegation declined…": the aside's country, named before it)
    if before and not GROUP_NOUNS.isdisjoint(outside_asides(lower, before[-1].end + 1, at)):
        return None  # (not one named in an aside about the holder: ", which must approve transfers by third countries,")
    if before and not FIRST_PERSON.isdisjoint(lower[before[-1].end : at]):
        return None  # "…gives Kyiv time to regroup, and we will not accept it": the speaker's
    end = at + n
    if cue in STANDALONE and (end >= b or lower[end] in STOPS):
        return last  # "Turkey has not given up." (and nothing after it)
    if cue_words[0] == "before" and end < b and lower[end] in WH_WORDS:
        return last  # "… before deciding what they could and could not do"
    every = ctx.doc.user_data.get("items", ())
    items = {}  # last token of each military item in the clause
    for start, stop, item, category in every[bisect_left(every, (a,)) :]:
        if start >= b:
            break
        if category == "military":
            items[stop - 1] = item
    # after the cue: "supported the call", "condemned both decisions", "against the jets"
    end = stance_supply.object_start(lower, end, b)  # (past "…, including" or "when it comes to")
    for i in range(end, min(b, end + AFTER_REACH)):
        word = lower[i]
        if i == end and (word in PRONOUNS or (tuple(lower[i:i + 2]) in PRONOUN_LEADS and i + 2 < b
                                               and lower[i + 2] in PRONOUNS)):
            return last
        if word in STOPS:
            break
        if word in NOUNS or i in items:
            if i + 1 < b and (lower[i + 1] in NOUNS or (i + 1) in items):
                continue  # "the peace plan deliveries": the head is the last noun
            if i + 1 < b and lower[i + 1] in DOCUMENT_HEADS:
                continue
            if lower[i - 1] == "to" and word in ALSO_VERBS:
                continue  # "urged Hungary to move quickly": a verb
            phrase = _phrase(lower, end, i)
            if phrase.split()[0] in INDEFINITE:
                det = i - len(phrase.split()) + 1
                if cue_words[-1] in OWN_INITIATIVE or (det > a and lower[det - 1] in DESCRIBING):
                    return None
            return phrase
    supplied = stance_supply.supply_object(lower, end, b)
    if supplied:
        return supplied  # "ruled out sending Eurofighters to Kyiv": the supply, whatever the thing
    thing = stance_open.np_object(ctx, lower, tokens(ctx.doc).title, end, b, cue)
    if thing:
        return thing  # "opposed the oil embargo": a strict cue's object, whatever its head
    # a relative clause's cue ("a no-fly zone, which NATO has ruled out"): the object is the
    # thing the relative pronoun stands for, right before the comma that opens the clause
    rel = before[-1].start - 1 if before else -1
    while rel > a and lower[rel] in ("and", ",", "the") or (before and rel > a and tokens(ctx.doc).title[rel]):
        rel -= 1  # back over the coordinated holders: "which Kyiv and its allies rejected"
    if rel > a and lower[rel] in RELATIVE_OBJECTS:
        ends = every_item_ends(every, rel - BEFORE_REACH, rel)
        if lower[rel - 1] in NOUNS or (rel - 1) in ends:
            return _phrase(lower, max(0, rel - 4), rel - 1)  # "terms that Kyiv rejected"
        for i in range(rel - 2, max(0, rel - BEFORE_REACH) - 1, -1) if lower[rel - 1] in EDGES else ():
            if lower[i] in STOPS:
                break
            if lower[i] in NOUNS or i in ends:
                return _phrase(lower, max(0, i - 3), i)
    # before a linking word: "said the delivery was a grave mistake", "the tanks would burn"
    link = next((j for j in range(at - 1, max(a, at - LINK_GAP) - 1, -1) if lower[j] in LINKS), None)
    if link is None:  # "would hand over its jets, but only in coordination with allies"
        link = stance_supply.restricted_before(lower, a, at, cue)
    head = link if link is not None else at
    if link is None and not (at - 1 >= a and (lower[at - 1] in NOUNS or (at - 1) in items)):
        return None
    for i in range(head - 1, max(a, head - BEFORE_REACH) - 1, -1):
        word = lower[i]
        if word in STOPS:
            break
        if word in NOUNS or i in items:
            return _phrase(lower, max(a, i - 3), i)
    return stance_supply.supply_before(lower, a, head, BEFORE_REACH)  # "sending Typhoons … would not be practical"


def every_item_ends(items, lo: int, hi: int) -> set[int]:
    """The last token of every item that ends in tokens [lo, hi)."""
    return {stop - 1 for start, stop, _, _ in items[bisect_left(items, (max(0, lo - 6),)) :] if start < hi and lo <= stop - 1 < hi}


def _phrase(lower: list[str], lo: int, head: int) -> str:
    """The object as written: from its determiner (or the first word in reach) to its noun."""
    start = next((k for k in range(head - 1, lo - 1, -1) if lower[k] in DETERMINERS), None)
    if start is None:
        start = head
    return " ".join(lower[start : head + 1])


# "Rutte welcomed the Dutch move", "the ambassador welcomed the decision": in an article that reports
# an aid amount, a welcome of a bare decision or move is a thanks for the aid, no position on a
# proposal (a welcome of a named target, "welcomed the ceasefire proposal", is read elsewhere).
WELCOMES = frozenset(_OPEN["welcomes"])
WELCOMED_HEADS = frozenset(_OPEN["welcomed_heads"])


def thanks_for_aid(ctx, text: str, target: str) -> bool:
    """Whether an open support ``target`` read from clause ``text`` is a welcome of an aid decision."""
    words = target.split()
    if not words or words[-1] not in WELCOMED_HEADS or WELCOMES.isdisjoint(text.split()):
        return False
    return bool(ctx.doc.user_data.get("money"))

