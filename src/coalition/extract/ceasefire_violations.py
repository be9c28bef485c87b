"""A violation only foreseen is no violation: the truce's status is not "violated" for it.

Declarations and agreements name the breach they guard against: "our troops must be ready to
repel possible violations of the truce", "any violation by one party would automatically release
the other from its obligations", "If the agreement is breached by one party, the other party is
released from compliance". Outlets copy these terms into their reports, and the written status
"violated" was read from them (ceasefire_details._written_status), although nothing was broken.

A clause's violation words count only when at least one of them is not foreseen: not after
"possible", "potential", "any" and the like within a few words, and not inside a condition opened
in the same clause ("if", "in case of", "in the event of", a clause-opening "should"). Words in
``data/ceasefire_violations.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

_WORDS = vocab("ceasefire_violations")
FORESEEN = frozenset(_WORDS["foreseen"])
REACH = int(_WORDS["foreseen_reach"])
CONDITIONS = frozenset(_WORDS["conditions"])
OPENERS = frozenset(_WORDS["clause_openers"])
BREAKS = frozenset(_WORDS["clause_breaks"])
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


@lru_cache(maxsize=1)
def _violation_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in vocab("ceasefires")["violated"])


def only_foreseen(doc, start: int, end: int) -> bool:
    """Whether every violation word in doc[start:end] names a breach only foreseen (and there is one)."""
    lower = tokens(doc).lower
    found = False
    for i in range(start, end):
        for phrase in _violation_phrases():
            if tuple(lower[i : i + len(phrase)]) != phrase:
                continue
            found = True
            if not _foreseen(lower, i, start):
                return False
            break
    return found


def _foreseen(lower, i: int, start: int) -> bool:
    before = [w for w in lower[max(start, i - REACH - 2) : i] if w not in _QUOTES][-REACH:]
    if any(w in FORESEEN for w in before):
        return True  # "possible violations", "any violation by one party"
    j = i - 1
    while j >= start and lower[j] not in BREAKS:
        if lower[j] in CONDITIONS:
            return True  # "If the agreement is breached", "in case of violation"
        j -= 1
    return lower[j + 1] in OPENERS if j + 1 < i else False  # "Should either side violate it"
