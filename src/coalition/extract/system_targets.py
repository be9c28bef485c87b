"""Targets the stance finder reads beside positions.json's ``targets`` (data/system_targets.json).

A cue and its holder found, a position still came to nothing when its object was a weapon system
("will not send Patriot batteries", "refused to supply the Taurus", "pressed for fighter jets") or a
term of a measure the vocabulary did not name ("will not discuss the formula", "urged capitals to
adopt the cap"). The weapons are one new target, "weapon systems for Ukraine": which system a
position is on is in its evidence, and a class of arms names no other thing a state takes a side
on. The other phrases join targets the vocabulary already has.

Apart from ``positions.py`` so that the vocabulary's own file stays as it is and the merge is read
in one place.
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("system_targets")


def with_system_targets(targets: dict) -> dict:
    """``targets`` with the added targets and the extra phrases of known ones (a new dict)."""
    merged = {name: list(phrases) for name, phrases in targets.items()}
    for name, phrases in _WORDS["added"].items():
        merged.setdefault(name, []).extend(phrases)
    for name, phrases in _WORDS["extra"].items():
        merged.setdefault(name, []).extend(p for p in phrases if p not in merged[name])
    return merged


WEAPONS = "weapon systems for Ukraine"
# Ukraine asking for a system is its position; another state's support of one is told as a delivery
# (a commitment), its hedges and conditions as the delivery's status: only refusals stand as stances.
REQUESTER = "UKR"


def unheld_system_stance(actor: str, target: str, stance: str) -> bool:
    """Whether a stance on the weapons target is not one (see ``REQUESTER``)."""
    return target == WEAPONS and stance != "oppose" and not (actor == REQUESTER and stance == "support")
