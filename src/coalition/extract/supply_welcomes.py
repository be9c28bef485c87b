"""Kyiv's welcome of a decision to supply it is no stance when the article records the supply as a
commitment (ADJUDICATION.md decisions 14 and 45): "Washington will send cluster munitions … In Kyiv,
the decision was welcomed", "Ukraine's foreign minister welcomed the decision to supply the
systems". The recipient welcoming what it is given adds no position beyond the gift; the
commitment carries the fact. The words are in ``data/supply_welcomes.json``.

A welcome is dropped when it is the recipient's `support` read from a sentence with a welcome word,
its target is an open one (what the sentence names: "the decision", "the announcement") or military
aid, and a commitment to the recipient lies in the same sentence or the few before it. A welcome
of a supply that is still an open question, with no commitment near ("Kyiv welcomed the signal that
Seoul might drop its ban"), or of a named policy step (membership talks, sanctions), stays.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import sentence_words, vocab

_WORDS = vocab("supply_welcomes")
WELCOMES = frozenset(_WORDS["welcomes"])
RECIPIENTS = frozenset(_WORDS["recipients"])
SUPPLY_TARGETS = frozenset(_WORDS["supply_targets"])
REACH = int(_WORDS["reach"])


def without_supply_welcomes(ctx, facts: list) -> list:
    """``facts`` without the recipient's welcomes of a supply the article records as a commitment."""
    welcomes = [f for f in facts if f.kind == "stance" and f.actor in RECIPIENTS and f.stance == "support"]
    if not welcomes:
        return facts
    given = {ctx.sentence_index(c.evidence.start) for c in facts
             if c.kind == "commitment" and c.recipient in RECIPIENTS}
    if not given:
        return facts
    from coalition.extract.positions import _named_targets

    named = _named_targets()
    drop = set()
    for f in welcomes:
        if f.target in named and f.target not in SUPPLY_TARGETS:
            continue  # a named policy step ("Ukraine's EU membership") is a position (decision 14)
        n = ctx.sentence_index(f.evidence.start)
        if WELCOMES.isdisjoint(sentence_words(_padded(ctx.sents[n]))):
            continue
        if any(k in given for k in range(max(0, n - REACH), n + 1)):
            drop.add(id(f))
    return [f for f in facts if id(f) not in drop]
