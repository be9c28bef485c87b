"""A state that rules out its own troops while offering other help is not opposed to the security
guarantees (the words are in ``data/guarantee_offers.json``).

"Although the president ruled out sending American troops into combat, Washington could provide
other forms of security guarantees", "Canada ruled out sending combat troops but said it would help
with security guarantees in other ways": the refusal is of the state's own forces, which the
`declined` participation read from the same sentence records; the guarantees are what the contrast
clause offers. An `oppose` on the guarantees beside that participation, in a sentence with a
contrast, is dropped.
"""

from __future__ import annotations

from coalition.extract.context import lower_words, vocab

_WORDS = vocab("guarantee_offers")
TARGETS = frozenset(_WORDS["targets"])
CONTRASTS = frozenset(_WORDS["contrasts"])


def without_refused_guarantees(ctx, facts: list) -> list:
    """``facts`` without an `oppose` on the guarantees told beside the actor's own troop refusal."""
    declined = {(f.actor, ctx.sentence_index(f.evidence.start)) for f in facts
                if f.kind == "participation" and f.status == "declined"}
    if not declined:
        return facts
    words = lower_words(ctx.doc)
    drop = set()
    for f in facts:
        if f.kind != "stance" or f.stance != "oppose" or f.target not in TARGETS:
            continue
        n = ctx.sentence_index(f.evidence.start)
        if (f.actor, n) not in declined:
            continue
        sent = ctx.sents[n]
        if not CONTRASTS.isdisjoint(words[sent.start : sent.end]):
            drop.add(id(f))
    return [f for f in facts if id(f) not in drop] if drop else facts
