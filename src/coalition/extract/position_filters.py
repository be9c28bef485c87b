"""The loop every filter of stances and participations read sentence by sentence shares.

misheld_stances.py ("Ukraine's goal of joining NATO": NATO holds nothing), predicted_stances.py
("the Estonian prime minister warned that Russia would never accept": a forecast) and
stance_questions.py ("asked whether Ireland would send troops": a reporter's question) each drop a
stance or participation when its own sentence says its actor does not hold it; each gives only that
test, and :func:`without_positions` runs it over the article's facts.
"""

from __future__ import annotations

from collections.abc import Callable

from coalition.extract.context import lower_words

POSITION_KINDS = ("stance", "participation")


def without_positions(ctx, facts: list, dropped: Callable) -> list:
    """``facts`` without the stances and participations for which ``dropped(fact, sent, words)`` is
    true, ``sent`` being the fact's sentence and ``words`` the document's lower-case words; the
    other facts are kept as they are, and ``facts`` itself is returned when none is dropped."""
    if not any(f.kind in POSITION_KINDS for f in facts):
        return facts
    words = lower_words(ctx.doc)
    drop = {id(f) for f in facts
            if f.kind in POSITION_KINDS and dropped(f, ctx.sentence_at(f.evidence.start), words)}
    return [f for f in facts if id(f) not in drop] if drop else facts
