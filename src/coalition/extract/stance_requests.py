"""Requests as stances: whoever asks another to hand something over, or asks for permission to,
supports the handing over ("had asked Berlin to hand the batteries to Ukraine", "asked for
permission to pass on the rounds", "asked every member to back it", "wants EU governments to agree on a mechanism").

A request is read only when the verb it asks for is one of giving or backing (``request_verbs``
in positions.json): "asked Warsaw to help it replace the equipment" or "asked not to be named"
is no stance. Ukraine asking others to hand over aid is read in ``kyiv_requests.py`` (decision 45:
only a supply the article records no commitment of); asking others for a measure against the aggressor ("had asked
Ankara to close the straits to Russian warships", ``actions``) is its position. The sentence is read only when it holds a request word
(a set look-up).

Separate from ``positions.py`` because the rule reads a verb's object of its own and
``positions.py`` is long enough.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _groups
from coalition.extract.context import tokens, vocab
from coalition.extract.stance_objects import PRONOUNS, STOPS

_REQUESTS = vocab("positions")["requests"]
REQUEST_WORDS = frozenset(_REQUESTS["verbs"])
# Measures against the aggressor ("asked Ankara to close the straits to Russian warships"): a
# request for one is a position even from Ukraine, which asks for aid as its need.
ACTIONS = frozenset(_REQUESTS["actions"])
REQUESTED = frozenset(_REQUESTS["request_verbs"]) | ACTIONS
# How far after "asked" the "to <verb>" may come: "asked Berlin to hand", "asked on 21 October
# for permission to pass on", "asked every member to back".
REACH = 9
# how many words after the requested verb its object may start
OBJECT_REACH = 6
NOT_HOLDERS = frozenset({"UKR"})
# "wants EU governments to agree on it" asks others; "wants to give" is no request
WANTING = frozenset(("want", "wants", "wanted"))
# words between "wanted" and its "to" that leave it the holder's own plan ("wanted first to close")
ASIDES = frozenset("first also then now still only".split())
# where the object of the requested verb ends: "hand the batteries to Ukraine"
ENDS = frozenset("to for from near into and".split())


def request_stances(ctx, sent, last: str | None) -> list[tuple[list[str], str]]:
    """(holders, target as written) of each request in a sentence that holds a request word."""
    lower = tokens(ctx.doc).lower
    out = []
    for actors, a, b in _groups(ctx, sent, _REQUESTS["verbs"], ()):
        if not actors:
            continue
        for at in range(a, b):
            if lower[at] not in REQUEST_WORDS or (at + 1 < b and lower[at + 1] == "not"):
                continue
            nxt = next((k for k in range(at + 1, b) if lower[k] not in ASIDES), b)
            if lower[at] in WANTING and nxt < b and lower[nxt] == "to":
                continue  # "we want to give them", "wanted first to close": the holder's own plan, no request
            target, verb = _requested(lower, at + 1, b, last)
            holders = actors if verb in ACTIONS else [c for c in actors if c not in NOT_HOLDERS]
            if target and holders:
                out.append((holders, target))
                break
    return out


def _requested(lower: list[str], lo: int, b: int, last: str | None) -> tuple[str | None, str | None]:
    """The object of the giving verb that a request asks for, and the verb: "to hand the
    batteries" → "the batteries"; a pronoun ("to back it") is the last target named."""
    for i in range(lo, min(b - 1, lo + REACH)):
        if lower[i] in STOPS and lower[i] != ",":
            return None, None
        if lower[i] != "to" or lower[i + 1] not in REQUESTED:
            continue
        verb = lower[i + 1]
        start = i + 2 + (lower[i + 2] in ("on", "over") if i + 2 < b else 0)  # "pass on", "hand over"
        for j in range(start, min(b, start + OBJECT_REACH)):
            if j == start and lower[j] in PRONOUNS:
                return last, verb
            if lower[j] in STOPS or lower[j] in ENDS:
                return " ".join(lower[start:j]) or None, verb
        return " ".join(lower[start : min(b, start + OBJECT_REACH)]), verb
    return None, None
