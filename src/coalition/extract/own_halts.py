"""A side announcing its own halt: "Russian forces will hold their fire for three days", "the Russian
army would cease all combat operations from 6pm on Saturday until midnight on Sunday".

Wire copy reports a unilateral truce in the future tense of the side that keeps it, with the office
that announced it after the clause ("…, the Kremlin said on Monday") or not at all. No proposing verb
stands in the clause, so the proposer rules of ``ceasefire_parties.py`` find no one; yet the side whose
forces are to stop is the truce's author (the Easter and Victory Day truces of 2025 were told so).

The rule asks for terms (a length or dates), so that a side's general readiness ("Ukraine would stop
firing if Russia did", read by the reciprocal rules) or a bare statement about its troops is not made a
proposal, and for the actor to stand right before the modal ("Russian forces will", "Moscow would"),
optionally with a forces noun after it.
"""

from __future__ import annotations

from coalition.extract.context import tokens

# Future or obligation before the truce verb: "will hold", "would cease", "are to stop", "is to halt".
_MODALS = frozenset({"will", "would", "shall"})
_TO_BE = frozenset({"are", "is"})
# Verbs of keeping a truce named by its noun: "will observe a three-day ceasefire".
_KEEPING = frozenset({"observe", "respect", "honour", "honor", "keep", "maintain"})
# Nouns for a side's armed forces after its name or demonym: "Russian forces", "the Ukrainian army".
_FORCES = frozenset({"forces", "troops", "army", "military", "units", "side", "armed"})
# Words a length or a dated span of a truce starts with, when no length in days was read.
_DATED = frozenset({"from", "until", "till", "through"})


def _subject_end(lower, modal_at: int, start: int) -> int:
    """The token right after the subject of the modal at ``modal_at``: the modal itself, or the first
    forces noun of a run right before it ("Russian armed forces will": the index of "armed")."""
    k = modal_at
    while k - 1 >= start and lower[k - 1] in _FORCES:
        k -= 1
    return k


def own_halt_proposer(ctx, sent, start: int, end: int, trigger_at: int, has_terms: bool) -> list[str]:
    """The actor announcing its own truce in the clause ("Russian forces will hold their fire for three
    days"); [] when the truce verb has no actor + modal right before it, or the clause gives no terms."""
    doc = sent.doc
    lower = tokens(doc).lower
    if not has_terms and _DATED.isdisjoint(lower[trigger_at:end]):
        return []
    # the modal stands right before the truce verb ("will hold their fire"), or "are to" before it
    modal_at = None
    if trigger_at - 1 >= start and lower[trigger_at - 1] in _MODALS:
        modal_at = trigger_at - 1
    elif trigger_at - 2 >= start and lower[trigger_at - 1] == "to" and lower[trigger_at - 2] in _TO_BE:
        modal_at = trigger_at - 2
    else:  # "will observe a three-day ceasefire": a verb of keeping a truce, then the truce noun
        for k in range(trigger_at - 1, max(start, trigger_at - 6) - 1, -1):
            if lower[k] in _KEEPING:
                if k - 1 >= start and lower[k - 1] in _MODALS:
                    modal_at = k - 1
                break
    if modal_at is None:
        return []
    subject_end = _subject_end(lower, modal_at, start)
    idx = tokens(doc).idx
    before = [m for m in ctx.mentions_in(idx[start], idx[subject_end - 1] + 1 if subject_end > start else idx[start],
                                         ("COUNTRY", "ORG", "PERSON"))
              if m.stands_for and m.end <= subject_end]
    if not before or before[-1].end != subject_end:
        return []  # the actor must be the subject itself ("Russian forces will"), not one further back
    return [before[-1].stands_for]
