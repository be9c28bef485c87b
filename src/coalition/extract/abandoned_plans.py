"""An earlier plan told as given up is no commitment: "the administration had at first wanted to split
the US share evenly between military and economic aid, but …", "Paris had originally planned to send
Mirage jets". The words "at first", "originally", "initially" with a verb of planning say what a donor
once meant to do and no longer does; what it does instead is told in its own clause."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import _has, _lower, tokens, vocab

# How far before the items or the amount the plan may be told.
REACH = 12


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    words = vocab("commitments")
    return tuple(words["abandoned_plan_openers"]), frozenset(words["abandoned_plan_verbs"])


def abandoned_plan(doc, sent: Span, first: int) -> bool:
    """Whether the items or the amount at ``first`` are the object of a plan told as an earlier one."""
    openers, verbs = _words()
    lo = max(sent.start, first - REACH)
    lower = tokens(doc).lower
    if verbs.isdisjoint(lower[lo:first]):
        return False  # the cheap test first: no verb of planning just before
    return bool(_has(_lower(doc, lo, first), openers))
