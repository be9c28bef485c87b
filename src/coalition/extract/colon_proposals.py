"""A truce set out after a colon as what an actor put forward: "Emmanuel Macron sketched what he
presented as the Franco-British answer: a truce of one month covering the air, the sea and energy
infrastructure"; "Ukraine's delegation handed over a memorandum that restates its core demand: a
complete and unconditional ceasefire of at least thirty days".

Broadsheets and analysis pieces name the proposal's kind ("answer", "demand", "plan") before a colon
and give its terms after it, with the verb and its subject (often far from the truce, past an
appositive) in the first half. The proposer rules of ``ceasefire_parties.py`` look for the actor next
to a proposing verb and the truce; here the colon ties them instead. The subject must open the
clause, and the truce must have terms (a length or a domain), so that a colon introducing a list of
events or a quote is not read as an offer.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

# How far the truce word may stand after the colon ("…: a complete and unconditional ceasefire"), how
# far before the colon the proposal's noun may stand ("its core demand:", "the answer to the collapse of
# the talks:"), and how far into the clause its subject may start (past a dateline and a time phrase).
_AFTER_COLON = 8
_NOUN_BEFORE_COLON = 10
_SUBJECT_REACH = 16
_PREPOSITIONS = frozenset({"in", "from", "at", "on", "to", "with", "of", "by", "for", "after", "before", "over"})
# a verb right after the truce makes the colon's second half a clause of its own, not the proposal
_FINITE = frozenset({"was", "is", "were", "are", "would", "will", "had", "has", "could", "can", "must", "should"})
# a dateline's place ("PARIS -", "KYIV, May 3 -") is no subject
_DATELINE_MARKS = frozenset({"-", "–", "—"})


@lru_cache(maxsize=1)
def _colon_nouns() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["colon_proposal_nouns"])


def colon_proposer(ctx, sent, start: int, end: int, trigger_at: int, trigger_end: int) -> list[str]:
    """The actor opening the clause whose proposal the truce after a colon is; [] when none."""
    lower = tokens(sent.doc).lower
    if trigger_end < end and lower[trigger_end] in _FINITE:
        return []  # "The Kremlin's answer was short: a three-day truce was out of the question": a clause
    if ":" not in lower[max(start, trigger_at - _AFTER_COLON) : trigger_at]:
        return []
    colon = max(k for k in range(max(start, trigger_at - _AFTER_COLON), trigger_at) if lower[k] == ":")
    if _colon_nouns().isdisjoint(lower[max(start, colon - _NOUN_BEFORE_COLON) : colon]):
        return []  # "…, the White House said: a ceasefire …" introduces no proposal of its own
    idx = tokens(sent.doc).idx
    # the subject is the first actor named that no preposition governs: a dateline's city and "the
    # summit in London" are places ("PARIS - On the flight home from Sunday's summit in London,
    # Emmanuel Macron sketched …")
    named = [m for m in ctx.mentions_in(idx[start], idx[colon], ("COUNTRY", "ORG", "PERSON"))
             if m.stands_for and not (m.start > start and lower[m.start - 1] in _PREPOSITIONS)
             and not (m.end < colon and lower[m.end] in _DATELINE_MARKS)]
    if not named or named[0].start - start > _SUBJECT_REACH:
        return []  # the clause does not open with its actor
    return [named[0].stands_for]
