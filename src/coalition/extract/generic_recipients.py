"""Arms sent to "a country at war" in general: a policy or a piece of history, no aid (twelfth session).

Neutral and cautious states are written about through their rule on arms for any warring state:
"has a long-standing policy of not supplying weapons to countries at war", "rules which bar shipments
into conflict zones", "The last time Sweden sent arms in any quantity to a country at war … was in
the winter of 1939". Denied, the rule already gives nothing; told in the positive (a history, an
argument: "supplying any defence equipment to a country at war breaks with the rules") it read as
aid to Ukraine. A receiver named only as a kind of state, or as a war zone, right after the items,
is not Ukraine.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens

_TO = frozenset({"to", "into"})
_DETERMINERS = frozenset({"a", "an", "any", "other", "the", "those", "countries", "nations", "states"})
_STATE_NOUNS = frozenset({"country", "countries", "state", "states", "nation", "nations", "party", "parties"})
_AT_WAR = (("at", "war"), ("in", "conflict"), ("in", "a", "war"), ("involved", "in"), ("engaged", "in"), ("waging", "war"))
_ZONE_WORDS = frozenset({"war", "conflict", "crisis", "combat"})
_ZONES = frozenset({"zone", "zones", "area", "areas", "region", "regions"})
# how far past the items the "to" may stand ("arms in any quantity to a country at war")
_REACH = 5
_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "and", "but", "which", "who"})


def to_any_state_at_war(doc, sent: Span, last: int) -> bool:
    """Whether the items ending at ``last`` go "to a country at war" or "into conflict zones"."""
    lower = tokens(doc).lower
    end = min(sent.end, last + _REACH + 1)
    for j in range(last, end):
        if lower[j] in _CLAUSE_ENDS:
            return False
        if lower[j] in _TO:
            return _kind_of_state(lower, j + 1, sent.end)
    return False


def _kind_of_state(lower, k: int, stop: int) -> bool:
    while k < stop and lower[k] in _DETERMINERS - _STATE_NOUNS:
        k += 1
    if k + 1 < stop and lower[k] in _ZONE_WORDS and lower[k + 1] in _ZONES:
        return True  # "into conflict zones", "to a war zone"
    if k >= stop or lower[k] not in _STATE_NOUNS:
        return False
    return any(tuple(lower[k + 1 : k + 1 + len(p)]) == p for p in _AT_WAR)
