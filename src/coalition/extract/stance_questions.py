"""Positions read from a reporter's question (the words are in ``data/stance_questions.json``).

"Peskov was asked whether Moscow is considering a holiday truce", "asked if Italy would join the
force, the minister said …": the question is the reporter's wording, not a statement of the state
it names. hedge_frames.py takes the hedge of such a question out of a participation's status; here
a stance or participation whose value only the question gives is dropped: the state is named in the
question and not after it (the one asked, "the Kremlin spokesman", is often named before it), and
the rest of the sentence holds no cue of a position. An answer in the same sentence ("asked whether Berlin would send them, he said it would
not") has its own cue and is kept.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, vocab
from coalition.extract.position_filters import without_positions

_WORDS = vocab("stance_questions")
OPENERS = {tuple(o) for o in _WORDS["openers"]}
FIRST = frozenset(o[0] for o in OPENERS)
ENDS = frozenset(_WORDS["clause_ends"])
GAP = int(_WORDS["gap"])


def without_questioned(ctx, facts: list) -> list:
    """``facts`` without the stances and participations read only from a reporter's question."""
    spans_of: dict[int, list[tuple[int, int]]] = {}  # a sentence's questions, read once
    return without_positions(ctx, facts, lambda f, sent, words: _questioned(ctx, f, sent, words, spans_of))


def _questioned(ctx, f, sent, words, spans_of: dict) -> bool:
    lo, hi = sent.start, sent.end
    if FIRST.isdisjoint(words[lo:hi]):
        return False  # the cheap test first: most sentences put no question
    spans = spans_of.get(lo)
    if spans is None:
        spans = spans_of[lo] = _questions(words, lo, hi)
    if not spans:
        return False
    own = [m.start for m in ctx.actors_in(sent) + ctx.people_in(sent) if m.stands_for == f.actor]
    if not any(a <= at < b for at in own for a, b in spans):
        return False  # the state is not what the question names
    if any(at >= spans[-1][1] for at in own):
        return False  # named again in the answer: "asked about the draft, he said Ukraine would not …"
    return not _rest_has_cue(ctx, spans, lo, hi)


def _questions(words: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """The token ranges [opener, clause end) of the questions in the sentence [lo, hi)."""
    out = []
    i = lo
    while i < hi - 1:
        second = _second(words, i, hi) if words[i] in FIRST else None
        if second is not None:
            end = next((k for k in range(second + 1, hi) if words[k] in ENDS), hi)
            out.append((i, end))
            i = end
        else:
            i += 1
    return out


def _second(words: list[str], i: int, hi: int) -> int | None:
    """The position of the opener's second word ("whether"), at most ``GAP`` words after its
    first ("asked on Tuesday whether"), with no clause end between; None when there is none."""
    for k in range(i + 1, min(hi, i + 2 + GAP)):
        if words[k] in ENDS:
            return None
        if (words[i], words[k]) in OPENERS:
            return k
    return None


def _rest_has_cue(ctx, spans, lo: int, hi: int) -> bool:
    """Whether the words of the sentence outside its questions hold a stance or status cue."""
    from coalition.extract.clause_groups import _padded_range
    from coalition.extract.misheld_stances import _stance_cues

    cues = _stance_cues()
    at = lo
    for a, b in spans:
        if a > at and has_phrase(_padded_range(ctx.doc, at, a), cues) is not None:
            return True
        at = b
    return at < hi and has_phrase(_padded_range(ctx.doc, at, hi), cues) is not None
