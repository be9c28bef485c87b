"""Ukraine's sovereignty told as the sayer's position (contents of joint statements, decision 40).

Joint statements and leaders' remarks on a settlement state two things about Ukraine's sovereignty
that are positions a tracker follows: "Ukraine's armed forces must not be subject to restrictions on
their size", "there can be no cap on the size of Ukraine's army" (`oppose` of limits on Ukraine's
armed forces), and "Ukraine has the right to choose its own path, including towards the European
Union" (`support` of its membership of the body named). The cues miss both: neither has a stance
verb, and the target is named only by its parts.

The reading (words in sovereignty.json), narrow so that it carries over:
- limits: a limit noun with a refusal word among the ``REFUSAL_REACH`` words before it and the army
  or its size among the ``ARMY_REACH`` words after it ("restrictions on their size"); a demand for
  limits ("Moscow wants a cap on Ukraine's army") has no refusal and is not read;
- path: "right to choose" (or decide, determine) with a body named after "towards", "to" or
  "including" within ``PATH_REACH`` words ("its own path, including towards the European Union");
  a right with no body named ("the right to choose its own alliances") is no membership position;
- the holders are the quotation's speaker or the signatories of the statement it belongs to (given
  by the caller as ``speaker``), else those named before a speech verb ahead of the reading
  ("Poland said Ukraine's army must not be capped"); Ukraine's own support of its membership is
  no news (as in the stance finder), its opposition to limits is.
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

_WORDS = vocab("sovereignty")
LIMITS = frozenset(_WORDS["limit_nouns"])
ARMY = frozenset(_WORDS["army"])
REFUSING = frozenset(_WORDS["refusing"])
LIMITS_TARGET = _WORDS["limits_target"]
RIGHT = frozenset(_WORDS["right"])
CHOOSING = frozenset(_WORDS["choosing"])
TOWARDS = frozenset(_WORDS["towards"])
BODIES = {tuple(k.split()): v for k, v in _WORDS["bodies"].items()}
SPEECH = frozenset(_WORDS["speech"])
REFUSAL_REACH = 6  # "must not be subject to restrictions"
ARMY_REACH = 5  # "restrictions on the size of Ukraine's armed forces"
PATH_REACH = 10  # "right to choose its own path, including towards the European Union"
LABELS = ("COUNTRY", "ORG", "PERSON")


def sovereignty_stances(ctx, sent, present: frozenset, speaker) -> list[tuple[str, str, str]]:
    """(actor, target, stance) of the positions on Ukraine's sovereignty ``sent`` states."""
    limits = not LIMITS.isdisjoint(present) and not ARMY.isdisjoint(present) and not REFUSING.isdisjoint(present)
    path = not RIGHT.isdisjoint(present) and not CHOOSING.isdisjoint(present)
    if not (limits or path):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    readings: list[tuple[int, str, str]] = []
    for k in range(a, b):
        w = lower[k]
        if limits and w in LIMITS and not REFUSING.isdisjoint(lower[max(a, k - REFUSAL_REACH):k]) \
                and not ARMY.isdisjoint(lower[k + 1:min(b, k + 1 + ARMY_REACH)]):
            readings.append((k, LIMITS_TARGET, "oppose"))
        elif path and w in RIGHT and k + 2 < b and lower[k + 1] == "to" and lower[k + 2] in CHOOSING:
            target = _body_after(lower, k + 3, min(b, k + 3 + PATH_REACH))
            if target:
                readings.append((k, target, "support"))
    if not readings:
        return []
    holders = speaker() or _sayers(ctx, lower, a, readings[0][0])
    return [(h, t, v) for _, t, v in readings for h in holders if not (h == "UKR" and v == "support") and h != "RUS"]


def _body_after(lower, k: int, end: int) -> str | None:
    """The membership target of a body named after a word of direction in tokens [k, end)."""
    for i in range(k, end):
        if lower[i] in TOWARDS:
            for j in range(i + 1, min(end + 3, len(lower), i + 5)):
                for body, target in BODIES.items():
                    if tuple(lower[j:j + len(body)]) == body:
                        return target
    return None


def _sayers(ctx, lower, a: int, at: int) -> list[str]:
    """Those named before the last speech verb ahead of token ``at`` ("Poland said …")."""
    said = max((k for k in range(a, at) if lower[k] in SPEECH), default=None)
    if said is None:
        return []
    out = []
    for m in ctx.mentions_in(ctx.doc[a].idx, ctx.doc[said].idx, LABELS):
        actor = m.stands_for
        if actor and not (m.end < len(lower) and lower[m.end] in ("'s", "’s")) and actor not in out:
            out.append(actor)
    return out


__all__ = ["sovereignty_stances"]
