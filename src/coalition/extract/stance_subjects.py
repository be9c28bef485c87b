"""The subject a stance cue has of its own, inside a clause group that names others first.

"A meeting meant to bring the ministers of Britain, France and Germany together was scaled back
after Rubio pulled out and Zelensky publicly rejected the plan": the group's actors are the list
before the first cue ("push for"), but the cue that gives the stance ("rejected") has a person
right before it. "London talks downgraded as Kyiv rejects the plan": the place that describes the
talks is no holder; the capital before the verb is. A single actor named right before the cue
(past a cue adverb or an auxiliary) and not coordinated with another is who takes the position.
"""

from __future__ import annotations

from coalition.extract.clause_cues import SKIPPED, phrase_words
from coalition.extract.clause_groups import (
    DETERMINERS,
    POSSESSIVES,
    PREPOSITIONS,
    _beneficiary,
    person_actor,
)
from coalition.extract.context import tokens

# Between a subject and its verb: "Zelensky has publicly rejected", "Kyiv also rejects".
AUXILIARIES = frozenset("has have had also then again now swiftly flatly openly".split())
# Before a subject that is coordinated with one before it: "Paris and Berlin rejected".
COORDINATION = frozenset({"and", "or", ",", "nor", "&"})


def own_subject(ctx, a: int, b: int, cue: str, actors: list[str]) -> list[str] | None:
    """The one actor named right before ``cue`` in tokens [a, b), in place of ``actors`` (the
    group's subject, read before an earlier cue); ``None`` when the cue has no such subject."""
    words = phrase_words(cue)
    if not words:
        return None
    tk = tokens(ctx.doc)
    lower = tk.lower
    first = words[0]
    at = next((i for i in range(a, b) if lower[i] == first
               and all(i + k < b and lower[i + k] == w for k, w in enumerate(words))), None)
    if at is None or at <= a:
        return None
    end = at
    while end > a and (lower[end - 1] in SKIPPED or lower[end - 1] in AUXILIARIES):
        end -= 1
    if end <= a:
        return None
    lo = tk.idx[max(a, end - 6)]
    found = [m for m in ctx.mentions_in(lo, tk.idx[end - 1] + len(tk.text[end - 1]), ("COUNTRY", "ORG", "PERSON"))
             if m.end == end and m.start >= a]
    if not found:
        # "Albanese keeps the door ajar on peacekeepers as Dutton says no": a name that opens a
        # clause of its own right before the cue, and speaks for no state the article knows (an
        # opposition leader), is the cue's subject; the group's actor named before is not
        return [] if _unknown_subject(tk, a, end) else None
    m = found[-1]
    code = person_actor(ctx, m) if m.label == "PERSON" else m.code
    if not code or actors == [code]:
        return None
    before = lower[m.start - 1] if m.start > a else ""
    if before in PREPOSITIONS or before in DETERMINERS or before in POSSESSIVES:
        return None  # "shipments to Ukraine legitimate targets", "the US plan": an object, not a subject
    if _beneficiary(lower, m.end, tk.n):
        return None  # "Ukraine must have guarantees": the one the guarantees are for, not who asks
    if m.start > a and lower[m.start - 1] in COORDINATION:
        # "Paris and Berlin rejected": coordinated with the actor before it, a list not one subject
        before = m.start - 1
        if before > a and ctx.mentions_in(tk.idx[before - 1], tk.idx[before - 1] + 1, ("COUNTRY", "ORG", "PERSON")):
            return None
        if before > a and any(x.end == before for x in ctx.mentions_in(tk.idx[max(a, before - 6)], tk.idx[before],
                                                                       ("COUNTRY", "ORG", "PERSON"))):
            return None
    return [code]


# What opens a clause of its own inside a group: "… as Dutton says no", "… while Smith rejected".
SUBORDINATORS = frozenset("as while whereas but after when".split())


def _unknown_subject(tk, a: int, end: int) -> bool:
    """Whether tokens just before ``end`` are a name of one or two title-case words (no actor
    mention, asked by the caller) right after a word that opens a clause ("as", "while", "but")."""
    start = end - 1
    if start <= a or not tk.title[start]:
        return False
    if start - 1 > a and tk.title[start - 1]:
        start -= 1  # "as Peter Dutton says no"
    return start > a and tk.lower[start - 1] in SUBORDINATORS
