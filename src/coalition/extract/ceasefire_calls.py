"""A bare call on others to agree a truce ("Erdogan urged the two delegations to agree a ceasefire as
soon as possible", "called on both sides to reach a truce", "urged Putin to agree to a ceasefire").

ADJUDICATION decision 2: a ceasefire fact needs a proposal with a term of its own (scope, duration,
occasion or dates, a line, a condition) or one put forward as a proposal; a termless appeal is the
caller's ``support`` stance on the ceasefire, which the stance rules give, and no ceasefire fact.
The terms are read only from the agreeing verb on, so that what else the caller asked for before it
("urged Putin to open humanitarian corridors … and to agree to a ceasefire") lends the truce no scope.
A truce named as someone's proposal ("to accept the US proposal for a ceasefire"), or one already
named ("to accept the ceasefire"), is no bare call: it records that proposal.

Kept apart from ``ceasefires.py`` (full), which calls :func:`bare_call_verb` and :func:`has_terms`.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, tokens, window_text

# The word sets and joined phrase lists each call reads, built once per vocabulary (the callers
# pass the same ``ceasefires`` vocabulary for every clause of every article).
_DERIVED: dict[int, tuple] = {}


def _derived(words) -> tuple:
    hit = _DERIVED.get(id(words))
    if hit is None or hit[0] is not words:  # the vocabulary is kept, so its id is not reused
        calls = words["bare_call"]
        hit = _DERIVED[id(words)] = (words, frozenset(calls["agree_verbs"]), frozenset(calls["fillers"]),
                                     words["urge_verbs"] + words["ask_verbs"], list(words["holiday_months"]))
    return hit


def bare_call_verb(doc, start: int, end: int, trigger: tuple[int, int], words) -> int | None:
    """The index of the agreeing verb when the clause urges or asks another to agree a truce with an
    indefinite or no article ("urged X to agree a ceasefire", "asked both sides to accept an immediate
    truce"); None otherwise. Cheap: a word-set test on the few tokens before the truce word."""
    lower = tokens(doc).lower
    calls = words["bare_call"]
    _, agree, fillers, urging, _ = _derived(words)
    t0 = trigger[0]
    # walk back from the truce word over "to"/"on"/"a"/adjectives to the agreeing verb
    k = t0 - 1
    while k >= start and t0 - k <= 5 and lower[k] in fillers:
        k -= 1
    if k < start or lower[k] not in agree or k < 1 or lower[k - 1] != "to":
        return None
    if "the" in lower[k + 1 : t0] or any(w in calls["named_determiners"] for w in lower[k + 1 : t0]):
        return None
    # the urging verb, before the one urged and the "to" (and any other request: "to open corridors … and to agree")
    before = window_text(doc, max(start, k - 25), k)
    if not has_phrase(before, urging):
        return None
    return k


def has_terms(doc, verb: int, end: int, words, scope_of) -> bool:
    """Whether the truce after the agreeing verb has a term of its own: a domain or line, an
    occasion or date, a condition, or a proposal noun naming it as put forward."""
    padded = window_text(doc, verb, end)
    if set(scope_of(doc, verb, end, padded, words)) - {"full"}:
        return True
    if has_phrase(padded, _derived(words)[4]) or has_phrase(padded, words["condition_words"]):
        return True
    return bool(has_phrase(padded, words["bare_call"]["terms"]))


def bare_call(doc, start: int, end: int, triggers, words, scope_of) -> bool:
    """Whether one of the clause's truce words is asked of others with no term of its own."""
    for trigger in triggers:
        verb = bare_call_verb(doc, start, end, trigger, words)
        if verb is not None:
            return not has_terms(doc, verb, end, words, scope_of)
    return False
