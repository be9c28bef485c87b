"""A state that rules out its own troops while offering other help is not opposed to the security
guarantees (the words are in ``data/guarantee_offers.json``).

"Although the president ruled out sending American troops into combat, Washington could provide
other forms of security guarantees", "Canada ruled out sending combat troops but said it would help
with security guarantees in other ways": the refusal is of the state's own forces, which the
`declined` participation read from the same sentence records; the guarantees are what the contrast
clause offers. An `oppose` on the guarantees in a sentence with a contrast is dropped when the
sentence also gives the actor's `declined` participation or offers help of "other forms" (the
refusal may be told as "the involvement of American troops", which no participation rule reads).
"""

from __future__ import annotations

from coalition.extract.context import lower_words, vocab

_WORDS = vocab("guarantee_offers")
TARGETS = frozenset(_WORDS["targets"])
CONTRASTS = frozenset(_WORDS["contrasts"])
OTHERS = frozenset(_WORDS["others"])
KINDS = frozenset(_WORDS["kinds"])


def without_refused_guarantees(ctx, facts: list) -> list:
    """``facts`` without an `oppose` on the guarantees told beside the actor's own troop refusal."""
    declined = {(f.actor, ctx.sentence_index(f.evidence.start)) for f in facts
                if f.kind == "participation" and f.status == "declined"}
    if not any(f.kind == "stance" and f.stance == "oppose" and f.target in TARGETS for f in facts):
        return facts
    words = lower_words(ctx.doc)
    drop = set()
    for f in facts:
        if f.kind != "stance" or f.stance != "oppose" or f.target not in TARGETS:
            continue
        n = ctx.sentence_index(f.evidence.start)
        sent = ctx.sents[n]
        span = words[sent.start : sent.end]
        if CONTRASTS.isdisjoint(span):
            continue
        # the refusal told as the state's declined participation, or the offer told as "other forms"
        if (f.actor, n) in declined or _other_forms(span):
            drop.add(id(f))
    return [f for f in facts if id(f) not in drop] if drop else facts


def _other_forms(span: list[str]) -> bool:
    """"other forms of security guarantees", "in other ways": help of another kind offered."""
    return any(w in OTHERS and span[k + 1] in KINDS for k, w in enumerate(span[:-1]))
