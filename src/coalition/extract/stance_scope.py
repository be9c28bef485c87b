"""What a target's own words put out of a position's reach: a target named as what someone did
not take up ("did not address the plan directly but warned against any settlement", "declined to
comment on the proposal") is no target of the sentence's position.

Separate from ``positions.py``, which finds the targets; the words are in positions.json
("unaddressed").
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("positions")["unaddressed"]
VERBS = frozenset(_WORDS["verbs"])
COMMENT_ON = frozenset(_WORDS["comment_on"])
REFUSALS = frozenset(_WORDS["refusals"])
DETERMINERS = frozenset("a an the any this that these those its their his her".split())


def unaddressed(padded: str, at: int) -> bool:
    """Whether the target at character ``at`` of ``padded`` follows a refusal to take it up."""
    before = padded[max(0, at - 80) : at].split()[-6:]
    if before[-1:] and before[-1] in DETERMINERS:
        before = before[:-1]
    if before[-1:] == ["directly"]:
        before = before[:-1]
    if before[-1:] and before[-1] in VERBS:
        head = before[:-1]
    elif before[-1:] == ["on"] and before[-2:-1] and before[-2] in COMMENT_ON:
        head = before[:-2]
    else:
        return False
    return not REFUSALS.isdisjoint(head[-3:])
