"""Items as the subject of a time clause take no stage from the main clause (twelfth session).

"Dutton said the vehicles would go as soon as the logistics were settled": the in-kind reader reads
the stage in a window of words around the items, and the main clause's "would" gave "logistics" a
planned stage of its own. A clause opened by "as soon as", "once", "until", "when", "before" or
"after" whose subject is the items tells when something else happens; the items are given only if
the time clause's own words give a stage ("when the first tanks arrived in Kyiv": delivered).
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import _lower, tokens
from coalition.extract.stages import _status

_OPENERS = (("as", "soon", "as"), ("by", "the", "time"), ("once",), ("until",), ("till",), ("when",), ("before",), ("after",))
_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "first", "last", "remaining", "new"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "and", "but"})


def stageless_time_clause(doc, sent: Span, first: int, last: int, words: dict) -> bool:
    """Whether the items at ``first``..``last`` open a time clause whose own words give no stage."""
    lower = tokens(doc).lower
    j = first
    while j > sent.start and first - j < 3 and lower[j - 1] in _DETERMINERS:
        j -= 1
    opener = next((p for p in _OPENERS if j - len(p) >= sent.start and tuple(lower[j - len(p) : j]) == p), None)
    if opener is None:
        return False
    end = last
    while end < sent.end and end - last < 8 and lower[end] not in _CLAUSE_ENDS:
        end += 1
    return _status(_lower(doc, j, end), words) is None


_TIME_CONJUNCTIONS = frozenset({"after", "before", "since", "when", "as"})


def halt_in_time_clause(ctx, sent: Span, lo: int, hi: int, words: dict) -> bool:
    """ "approved €100m for Ukraine …, days after US President Trump paused American military aid": a
    time clause between ``lo`` and ``hi`` whose own subject (an actor) halts aid is a clause of its own
    (ADJUDICATION 50, a halt told in a time clause is recorded), not what the amount before it buys."""
    return halt_clause_start(ctx, lo, hi, words) is not None


def halt_clause_start(ctx, lo: int, hi: int, words: dict) -> int | None:
    """The conjunction opening such a time clause between ``lo`` and ``hi``, where the main clause's
    words end: its halt is no stage of the amount before it."""
    lower = tokens(ctx.doc).lower
    at = next((j for j in range(lo, hi) if lower[j] in _TIME_CONJUNCTIONS), None)
    if at is None:
        return None  # the cheap test first
    pauses = words["pause_verbs"]
    verb = next((j for j in range(at + 1, min(hi, at + 10)) if lower[j] in pauses), None)
    if verb is None:
        return None
    actors = ctx.mentions_in(ctx.doc[at].idx, ctx.doc[verb].idx, ("COUNTRY", "ORG", "PERSON"))
    return at if any(m.stands_for not in (None, "UKR") for m in actors) else None
