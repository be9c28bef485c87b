"""A bare call on others to agree a truce is the caller's `support` stance on it (ADJUDICATION.md
decision 2): "the Secretary-General called on the warring parties to agree to an immediate
ceasefire", "Germany pressed both sides to reach a truce", "urged the two delegations to agree a
ceasefire as soon as possible".

``ceasefire_calls.py`` keeps such a call from being a ceasefire fact; this gives it the stance the
decision records instead, which the stance cues miss when the call's verb ("called on", "pressed",
"asked") or its agreeing verb ("agree to") is no cue of theirs. The same reading of the call is used
(:func:`bare_call_verb`, :func:`has_terms`): a truce with a term of its own, named as someone's
proposal or already named ("to accept the ceasefire") is no bare call and gives nothing here.

The callers are the states and organisations (people by the actor they speak for) named before the
urging verb as its subject (:func:`act_holders`, which never takes Russia). A warring side urging the
other to agree a truce answers a truce in the ceasefire's story (decision 3), so neither side is a
caller here. Cheap: a sentence is read only when it holds a truce word and an agreeing verb.
"""

from __future__ import annotations

from coalition.extract.ceasefire_calls import bare_call_verb, has_terms
from coalition.extract.ceasefire_details import _scope
from coalition.extract.ceasefire_triggers import _trigger_spans
from coalition.extract.context import tokens, vocab
from coalition.extract.stance_sanctions import act_holders

_WORDS = vocab("ceasefires")
AGREEING = frozenset(w.split()[0] for w in _WORDS["bare_call"]["agree_verbs"])
# the first word of each urging or asking verb ("called on" → "called"): where the caller's part ends
URGING = frozenset(w.split()[0] for w in _WORDS["urge_verbs"] + _WORDS["ask_verbs"])
TRUCES = frozenset({"ceasefire", "truce", "cease-fire", "armistice"})
WARRING = frozenset(_WORDS["belligerents"])
# the vocabulary's name for a truce as a stance target (positions.json ``targets``), so that a cue's
# reading of the same sentence ("urged … to agree a ceasefire") is the same stance, once
TARGET = "ceasefire proposal"
URGE_REACH = 25  # as in ``bare_call_verb``: how far before the agreeing verb the urging verb may be


def call_stances(ctx, sent, present: frozenset) -> list[str]:
    """The callers whose bare call for a truce ``sent`` tells."""
    if TRUCES.isdisjoint(present) or AGREEING.isdisjoint(present) or URGING.isdisjoint(present):
        return []
    doc, lower = ctx.doc, tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    for trigger in _trigger_spans(doc, a, b, _WORDS):
        verb = bare_call_verb(doc, a, b, trigger, _WORDS)
        if verb is None or has_terms(doc, verb, b, _WORDS, _scope):
            continue
        urge = next((k for k in range(verb - 1, max(a, verb - URGE_REACH) - 1, -1) if lower[k] in URGING), None)
        if urge is None:
            continue
        return [c for c in act_holders(ctx, lower, a, urge, b) if c not in WARRING]
    return []
