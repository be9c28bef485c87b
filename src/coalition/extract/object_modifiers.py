"""A country named inside a noun phrase about a proposal ("the original US draft", "the US peace
plan", "a new French proposal") describes the proposal; it is no holder of the clause's position.

``clause_groups`` drops a country between a determiner and one of its object heads ("the US plan");
this reads the wider phrase: up to two words (adjectives: "original", "new") between the determiner
and the country, and up to three (a modifier: "peace", "28 - point") between the country and the head.
"Putin said the original US draft could serve as the basis" is then Putin's, not the United States'.

Words are in object_modifiers.json (the words that end the phrase: a verb, a preposition).
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("object_modifiers")
OPENERS = frozenset(_WORDS["openers"])
STOPS = frozenset(_WORDS["stops"])
BEFORE = 2
AFTER = 3


def describes_object(lower: list[str], a: int, start: int, end: int, n: int, heads: frozenset) -> bool:
    """Whether the actor at tokens [start, end) (clause from ``a``) sits in "the (adj) C (mod) head",
    ``heads`` being the proposal nouns."""
    k = start - 1
    while k >= a and start - 1 - k < BEFORE and _modifier(lower[k]):
        k -= 1
    if k < a or lower[k] not in OPENERS:
        return False
    for j in range(end, min(n, end + AFTER + 1)):
        if lower[j] in heads:
            return True
        if not (_modifier(lower[j]) or lower[j] == "-" or lower[j].isdigit()):
            return False
    return False


def _modifier(word: str) -> bool:
    return word.isalpha() and word not in STOPS and word not in OPENERS
