"""Where a clause sets a condition: "Any Dutch contribution would depend on assurances that the
United States would stand behind European troops", "would send troops only if Washington agreed".
An actor named after the condition opens is the condition's, not the clause's subject
(``clause_groups._groups`` reads subjects only before it). The words are in positions.json
("holders": "condition_openers", "condition_only").
"""

from __future__ import annotations

from coalition.extract.context import vocab

_HOLDERS = vocab("positions")["holders"]
# "would depend on …", "provided …", "only if …": what follows in the clause is a condition.
CONDITION_OPENERS = frozenset(_HOLDERS["condition_openers"])
CONDITION_ONLY = frozenset(_HOLDERS["condition_only"])


def condition_opens(lower: list[str], positions: list[int], a: int, b: int) -> int | None:
    """The token where a condition opens in clause [a, b), when a cue comes at or before it ("Any
    Dutch contribution would depend on assurances that the United States would…"); a condition that
    opens the clause ("Only if Russia withdraws will Kyiv talk") is before its subject, so no cut."""
    if not positions:
        return None
    for i in range(max(a, positions[0]), b):
        w = lower[i]
        if w in CONDITION_OPENERS or (w == "only" and i + 1 < b and lower[i + 1] in CONDITION_ONLY):
            return i if i > a else None
    return None
