"""Targets the stance finder reads beside positions.json's ``targets`` (data/system_targets.json).

A cue and its holder found, a position still came to nothing when its object was a term of a
measure the vocabulary did not name ("rejected the formula", "urged capitals to adopt the cap", "will
block any measure that touches nuclear energy"): ``extra`` adds such phrases to targets the
vocabulary already has; ``added`` names new targets (none kept: a "weapon systems for Ukraine"
target of named systems and classes of arms was tried in the seventeenth session and cost more
false stances on the dev set, mostly deliveries told as acts, than it found).

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

