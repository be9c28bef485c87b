"""Items as the subject of a time clause take no stage from the main clause (twelfth session).

"Dutton said the vehicles would go as soon as the logistics were settled": the in-kind reader reads
the stage in a window of words around the items, and the main clause's "would" gave "logistics" a
planned stage of its own. A clause opened by "as soon as", "once", "until", "when", "before" or
"after" whose subject is the items tells when something else happens; the items are given only if
the time clause's own words give a stage ("when the first tanks arrived in Kyiv": delivered).
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import _lower, tokens
from coalition.extract.stages import _status

_OPENERS = (("as", "soon", "as"), ("by", "the", "time"), ("once",), ("until",), ("till",), ("when",), ("before",), ("after",))
_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "first", "last", "remaining", "new"})
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "and", "but"})


def stageless_time_clause(doc, sent: Span, first: int, last: int, words: dict) -> bool:
    """Whether the items at ``first``..``last`` open a time clause whose own words give no stage."""
    lower = tokens(doc).lower
    j = first
    while j > sent.start and first - j < 3 and lower[j - 1] in _DETERMINERS:
        j -= 1
    opener = next((p for p in _OPENERS if j - len(p) >= sent.start and tuple(lower[j - len(p) : j]) == p), None)
    if opener is None:
        return False
    end = last
    while end < sent.end and end - last < 8 and lower[end] not in _CLAUSE_ENDS:
        end += 1
    return _status(_lower(doc, j, end), words) is None
