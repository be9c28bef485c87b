"""A ceasefire monitoring mission named by a pronoun: "A ceasefire of this kind would open the space
for direct talks. We are ready to help with the technical work of monitoring it."

The mission vocabulary (``missions`` in positions.json) names a monitoring mission by its phrase
("monitoring the ceasefire", "monitor a truce"); a statement that has just named the ceasefire says
"monitoring it", and its signatories' offer to monitor would otherwise name no mission at all. The
pronoun stands for the ceasefire when a truce word comes before the verb in the same sentence or in
the sentence before; with none there ("will help monitor it" after a sentence on a sanctions regime)
the pronoun is something else and no mission is named. Words in monitored_truces.json.
"""

from __future__ import annotations

from typing import Callable

from coalition.extract.context import vocab

_WORDS = vocab("monitored_truces")
VERBS = frozenset(_WORDS["verbs"])
PRONOUNS = frozenset(_WORDS["pronouns"])
TRUCES = frozenset(_WORDS["truces"])
MISSION = "ceasefire monitoring"


def monitored_truce(padded: str, before: Callable[[], str]) -> list[tuple[str, str]]:
    """The monitoring mission, as ``missions.mission_in`` gives missions, that a pronoun after a
    verb of monitoring in ``padded`` names; ``before`` gives the padded sentence before it (asked
    only when the sentence has such a pronoun)."""
    words = padded.split()
    if VERBS.isdisjoint(words):
        return []
    at = next((i for i in range(len(words) - 1) if words[i] in VERBS and words[i + 1] in PRONOUNS), None)
    if at is None:
        return []
    if TRUCES.isdisjoint(words[:at]) and TRUCES.isdisjoint(before().split()):
        return []
    return [(MISSION, " ".join(words[at : at + 2]))]
