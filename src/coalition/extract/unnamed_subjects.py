"""A clause joined on with its own unnamed subject ("…, and several governments have made their
participation depend on US support") is not the earlier holder's.

``clause_groups`` opens a new group only where an actor is named, so a coordinated clause whose
subject is a quantified plural ("several governments", "other allies", "some members") stays in the
group of the state named before it, and its cue ("depend on") is read as that state's answer.
``own_part`` cuts the group's text before such a clause.

Words are in unnamed_subjects.json.
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("unnamed_subjects")
JOINERS = tuple(_WORDS["joiners"])
QUANTIFIERS = frozenset(_WORDS["quantifiers"])
NOUNS = frozenset(_WORDS["nouns"])


def own_part(text: str) -> str:
    """``text`` (padded lower case) up to the first joiner (", and", ";") followed by a quantifier
    and a plural noun of states ("several governments"); the whole text when there is none."""
    cut = len(text)
    for joiner in JOINERS:
        start = 0
        while True:
            at = text.find(" " + joiner + " ", start)
            if at < 0:
                break
            rest = text[at + len(joiner) + 2:].split()[:2]
            if len(rest) == 2 and rest[0] in QUANTIFIERS and rest[1] in NOUNS:
                cut = min(cut, at)
                break
            start = at + 1
    return text if cut == len(text) else text[:cut] + " "
