"""A state ready to take a step on a condition it states is `conditional` on the step.

"Zelensky said Ukraine was ready to hold an election within 90 days, provided the United States
guaranteed security during the vote", "the leaders said they were ready to give Georgia candidate
status once it had dealt with the priorities", "promised to support Ukraine joining the alliance as soon
as the war is over": the holder says it would act, and what would have to happen first (ADJUDICATION.md decision 9: a stated condition makes a position `conditional`; decision
52: "provided that", "if the parties agreed"). The stance cues read nothing there: "provided" is no
cue of its own, and the step after "ready to" is a verb phrase, not an object the cues know. The
target is the step as written ("hold an election within 90 days").

Left to other rules: forces offered for after a ceasefire (participation, decision 36: "once a
ceasefire is agreed" is the mission's premise), a warring side's readiness for talks
(``talk_readiness.py``, decision 46), and an answer to a truce (the ceasefire's response, decision
3). A condition word that is no condition ("as soon as possible", "once again", "if necessary") is
passed over, and so is a readiness inside a question or an "if" clause ("asked whether Kyiv was ready
to …"). The words are in ``data/conditional_readiness.json``.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, sentence_words, tokens, vocab
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("conditional_readiness")
READINESS = [_as_tokens(p).split() for p in _WORDS["readiness"]]
READY_KEYS = frozenset(w[-2] if len(w) > 1 else w[0] for w in READINESS)
CONDITIONS = [_as_tokens(p).split() for p in _WORDS["conditions"]]
CONDITION_KEYS = frozenset(c[0] for c in CONDITIONS)
NOT_CONDITIONS = [_as_tokens(p).split() for p in _WORDS["not_conditions"]]
# first words, so that a token is compared with the phrases only when one can start there
READY_FIRST = frozenset(w[0] for w in READINESS)
NOT_CONDITION_FIRST = frozenset(n[0] for n in NOT_CONDITIONS)
TALKS = frozenset(_WORDS["talk_words"])
FORCES = frozenset(_WORDS["force_words"])
HEDGES = frozenset(_WORDS["hedges"])
TRUCES = [_as_tokens(t) for t in vocab("warring_stances")["truce_words"]]
# what opens another clause of the sentence, with another subject
CLAUSE_OPENERS = frozenset(";:")
BEFORE_READY = frozenset(_WORDS["not_before"])
# words of the step kept as its target, at most
STEP_REACH = int(_WORDS["step_reach"])
# "and would …": a second verb of the same subject, whose condition is not the readiness's
SECOND_PREDICATES = frozenset(("would", "will", "could", "should", "might"))
STEP_ENDS = frozenset(", ; : . — – ( ) \" “ ” and but".split())


def conditional_readiness_stances(ctx, facts: list) -> list:
    """``facts`` with a `conditional` stance for each state ready to take a step on a condition."""
    out = list(facts)
    lower = tokens(ctx.doc).lower
    # the holders of each sentence's participation (found before the stances, by its start)
    participating = ctx.__dict__.get("_participation_holders", {})
    for sent in ctx.sents:
        words = sentence_words(_padded(sent))
        if READY_KEYS.isdisjoint(words) or CONDITION_KEYS.isdisjoint(words):
            continue  # most sentences
        found = _ready_step(lower, sent.start, sent.end)
        if found is None:
            continue
        at, step_at, cond_at = found
        step = lower[step_at:cond_at]
        if not TALKS.isdisjoint(step) or not FORCES.isdisjoint(step) or step[0] in HEDGES:
            continue  # talks (decision 46), forces (participation, decision 36) and hedges are read elsewhere
        if any(t in " " + " ".join(step) + " " for t in TRUCES):
            continue  # "ready to stop striking energy sites if Russia does": an answer to a truce (decision 3)
        if not BEFORE_READY.isdisjoint(lower[sent.start:at]):
            continue  # "asked whether Kyiv was ready to …", "if Moscow is ready to …": nobody's answer
        # the holder is named in the readiness's own clause ("…, and repeated that they were ready")
        holder = clause_holder(ctx, sent, _clause_start(lower, sent.start, at), at)
        if holder is None:
            continue
        evidence = ctx.sentence_evidence(sent)
        if holder in participating.get(evidence.start, ()) or any(
                f.kind == "stance" and f.actor == holder and f.evidence.start == evidence.start
                and f.stance == "conditional" for f in out):
            continue  # read already
        target = _step(ctx, step_at, cond_at)
        if target:
            out.append(Stance(actor=holder, target=target, stance="conditional", evidence=evidence,
                              confidence=0.5))
    return out


def _ready_step(lower, start: int, end: int) -> tuple[int, int, int] | None:
    """(readiness token, first token of the step, condition token) of a readiness phrase followed,
    in the same clause, by a condition word."""
    for i in range(start, end):
        if lower[i] not in READY_FIRST:
            continue
        for phrase in READINESS:
            if lower[i:i + len(phrase)] != phrase:
                continue
            j = i + len(phrase)
            for k in range(j + 1, end):
                if lower[k] in (";", ":") or (lower[k] == "but" and lower[k - 1] == ",") or (
                        lower[k] == "and" and lower[k + 1:k + 2] and lower[k + 1] in SECOND_PREDICATES):
                    break  # another clause, or a second verb ("willing to help and would say how once …")
                if lower[k] in CONDITION_KEYS and any(lower[k:k + len(c)] == c for c in CONDITIONS) and not (
                        lower[k] in NOT_CONDITION_FIRST and any(lower[k:k + len(n)] == n for n in NOT_CONDITIONS)):
                    return i, j, k
    return None


def _clause_start(lower, start: int, at: int) -> int:
    """The first token of the clause the readiness at ``at`` lies in: after the last ";", ":" or
    ", and" / ", but" / ", while" before it."""
    for k in range(at - 1, start, -1):
        if lower[k] in CLAUSE_OPENERS or (lower[k] in ("and", "but", "while") and lower[k - 1] == ","):
            return k + 1
    return start


def _step(ctx, lo: int, hi: int, reach: int = STEP_REACH) -> str | None:
    """The step as written: the words after the readiness phrase, up to the condition, a clause
    boundary or ``reach`` words (``hedged_steps`` reads its steps the same way)."""
    words = []
    for i in range(lo, hi):
        w = ctx.doc[i].text
        if w.lower() in STEP_ENDS or len(words) >= reach:
            break
        words.append(w)
    return " ".join(words) or None


__all__ = ["conditional_readiness_stances"]
