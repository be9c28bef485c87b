"""A supply offered only with others' agreement is no pledge (tenth session; ADJUDICATION.md
decision 9: a condition stated with "only" makes the position conditional).

"Warsaw would hand over its jets only in full coordination with its NATO partners", "Berlin would
send its tanks only together with Washington", "would deliver them only with the approval of the
alliance": the state names what it would give and makes the giving wait on others' decision; the
article reports a condition, not a commitment (the position is a stance). "Only once the pilots
are trained" (a time, the plan stays a plan) is not of this class.

Words in ``data/others_consent.json``; a cheap word-set test on the clause after the items.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

_CLAUSE_ENDS = frozenset((".", ";", ":", "but", "while", "whereas"))


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("others_consent")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def only_with_others(doc, sent, end: int) -> bool:
    """Whether the clause after items ending at token ``end`` makes the giving wait on others:
    "only" followed within a few words by a word of joint action or consent."""
    words = _words()
    lower = tokens(doc).lower
    stop = end
    while stop < sent.end and lower[stop] not in _CLAUSE_ENDS:
        stop += 1
    clause = lower[end:stop]
    if "only" not in clause:
        return False  # the cheap test first
    for k, w in enumerate(clause):
        if w == "only" and not words["consent"].isdisjoint(clause[k + 1 : k + 6]):
            return True
    return False
