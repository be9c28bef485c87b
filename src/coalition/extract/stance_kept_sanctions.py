"""A refusal to lift or ease sanctions is support of the sanctions (ADJUDICATION.md decisions 34, 35).

"The EU will not lift those sanctions while the war continues", "Ukraine did not support any easing
of sanctions", "there can be no question of lifting sanctions while Russian missiles still fall":
the cues read these as `oppose` on the vocabulary's "easing sanctions on Russia". The decision makes
them one position with "sanctions would stay until Russian forces withdrew": keeping the sanctions,
`support` on "sanctions on Russia", never `oppose` of easing (two polarities of one position would
make one of them wrong). A readiness to lift them in a deal stays `conditional` on lifting (it is a
different position: the sanctions may go), and a state's support of easing stays as it is.

Only a refusal of the lifting itself is read so: a refusal word (kept_sanctions.json "refusing")
within ``REFUSAL_REACH`` words before a lifting word that has the sanctions noun beside it. An
opposition whose object is something else that carries the lifting ("a pause in return for sanctions
relief — an offer that Kyiv turned down") stays as the cues read it.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.extract.stance_sanctions import TARGET as SANCTIONS

EASING = "easing sanctions on Russia"
_WORDS = vocab("kept_sanctions")
LIFTING = frozenset(_WORDS["easing"])
NOUNS = frozenset(_WORDS["nouns"])
REFUSING = frozenset(_WORDS["refusing"])
UNTIL = frozenset(w for w in _WORDS["until"] if " " not in w)
UNTIL_REACH = 8  # "lifting sanctions while Russian missiles are still falling"
REFUSAL_REACH = 5  # "did not support any easing", "there can be no question of lifting"
NOUN_REACH = 3  # "lift those sanctions", "easing of sanctions", "sanctions relief"


def kept_sanctions(ctx, facts: list) -> list:
    """``facts`` with each `oppose` on easing sanctions made `support` of the sanctions, once per
    actor and sentence (a sentence that also tells the act, "sanctions would stay", has it already)."""
    if not any(f.kind == "stance" and f.target == EASING for f in facts):
        return facts
    held = {(f.actor, f.evidence.start) for f in facts
            if f.kind == "stance" and f.target == SANCTIONS and f.stance == "support"}
    out = []
    for f in facts:
        if f.kind == "stance" and f.target == EASING and f.stance == "oppose" and _refused(ctx, f.evidence.start):
            if (f.actor, f.evidence.start) in held:
                continue
            held.add((f.actor, f.evidence.start))
            f = f.model_copy(update={"target": SANCTIONS, "stance": "support"})
        out.append(f)
    return out


def refused_lifting(ctx, sent, present: frozenset, speaker) -> list[str]:
    """The holders of a refusal to lift sanctions until Russia complies that no cue may read ("there
    can be no question of lifting sanctions while Russian missiles are still falling", in a quote):
    a refused lifting (``_refusal_at``) followed within ``UNTIL_REACH`` words by "while", "until" or
    "before"; the quotation's speaker (``speaker``), else the clause's subject, never Russia."""
    if LIFTING.isdisjoint(present) or NOUNS.isdisjoint(present) or UNTIL.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    k = _refusal_at(lower, sent.start, sent.end)
    if k is None or UNTIL.isdisjoint(lower[k + 1:min(sent.end, k + 1 + UNTIL_REACH)]):
        return []
    from coalition.extract.stance_sanctions import act_holders

    return [h for h in (speaker() or act_holders(ctx, lower, sent.start, k, sent.end)) if h != "RUS"]


def _refusal_at(lower, a: int, b: int) -> int | None:
    """The lifting word in tokens [a, b) with the sanctions noun beside it and a refusal word a few
    words before it."""
    for k in range(a, b):
        if lower[k] in LIFTING and not NOUNS.isdisjoint(lower[max(a, k - NOUN_REACH):min(b, k + NOUN_REACH + 1)]) \
                and not REFUSING.isdisjoint(lower[max(a, k - REFUSAL_REACH):k]):
            return k
    return None


def _refused(ctx, start_char: int) -> bool:
    """Whether the sentence at ``start_char`` refuses a lifting of sanctions: a refusal word a few
    words before a lifting word with the sanctions noun beside it."""
    sent = ctx.sentence_at(start_char)
    return _refusal_at(tokens(ctx.doc).lower, sent.start, sent.end) is not None


__all__ = ["kept_sanctions", "refused_lifting"]
