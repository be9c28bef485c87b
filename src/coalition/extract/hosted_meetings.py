"""Hosting an organisation's own meeting is no position: "The Netherlands will host the NATO summit
in The Hague", "Italy will host this year's G7 summit".

"Will host", "agreed to host", "offered to host" are support cues because hosting talks between the
sides or a summit to end the war is backing them ("Turkey is ready to host talks between Russia and
Ukraine", ADJUDICATION.md: 103, 261, 382 record it so). An alliance's or bloc's summit, ministerial
or council comes round by turn or invitation: the host takes no side by holding it, and the stance
rules read the meeting itself as the target ("support the NATO summit"). A hosting cue whose object
opens with such a body's name and runs to a meeting word within a few words is therefore no stance.
The words are in positions.json ("hosted_meetings").
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("positions")["hosted_meetings"]
CUES = frozenset(_WORDS["cues"])
OPENERS = frozenset(_WORDS["openers"])
BODIES = frozenset(_WORDS["bodies"])
MEETINGS = frozenset(_WORDS["meetings"])
# words between the body's name and the meeting word ("the European Political Community summit")
REACH = 3


def hosts_own_meeting(text: str, cue: str | None) -> bool:
    """Whether the hosting cue ``cue`` in a clause's padded lower-case ``text`` has an organisation's
    own meeting as its object."""
    if cue not in CUES:
        return False
    at = text.find(" " + cue + " ")
    if at < 0:
        return False
    after = text[at + len(cue) + 2 :].split()
    k = 0
    while k < len(after) and after[k] in OPENERS:
        k += 1
    if k >= len(after) or after[k] not in BODIES:
        return False
    return not MEETINGS.isdisjoint(after[k + 1 : k + 1 + REACH])


__all__ = ["hosts_own_meeting"]
