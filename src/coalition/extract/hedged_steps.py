"""A state that says it will weigh a step is `considering` it; one that will agree to a step only on
a condition is `conditional` on it (ADJUDICATION.md decision 9).

"Tokyo said it would study the proposal with its partners", "the ministry was studying whether the
stored tanks could go", "the White House is reviewing the request", "the proposals would be studied":
the holder weighs the step. "Budapest would unblock the talks only if Kyiv met its demands", "Vienna
would not sign off on the donation unless its own stocks were restored", "could only sign up if it is
given years to adjust": the holder names what would make it agree. The stance cues know most of these
verbs and condition words, but find no target they can name, so nothing came out; here the target is
the step as written (the words after the verb, or for a passive the clause's subject before it), and
the holder is the one named in the phrase's own clause (``strike_limits.clause_holder``).

Guards: a phrase after "whether" or "if" in its clause is a question or a supposition; a
weighed step that judges ("would consider any deployment a hostile act") is no weighing; a holder
that already holds that value in the sentence (read by the cues, or a participation) gets nothing
more. The words are in ``data/hedged_steps.json``.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.conditional_readiness import STEP_ENDS, _clause_start, _step as _readiness_step
from coalition.extract.context import phrases_by_first, sentence_words, tokens, vocab
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("hedged_steps")


def _phrases(key: str) -> dict[str, list[list[str]]]:
    return phrases_by_first(_WORDS[key])


WEIGHING = _phrases("weighing")
PASSIVES = _phrases("passive_weighing")
CONSENTS = _phrases("consents")
CONDITIONS = _phrases("conditions")
NOT_CONDITIONS = _phrases("not_conditions")
# the first words of every frame phrase: a token that opens none is passed over with one set test
FRAME_FIRSTS = frozenset(WEIGHING) | frozenset(PASSIVES) | frozenset(CONSENTS)
NOT_BEFORE = frozenset(_WORDS["not_before"])
JUDGING = frozenset(_WORDS["judging"])
PRONOUNS = frozenset(_WORDS["pronouns"])
STEP_REACH = int(_WORDS["step_reach"])
STRICT = _phrases("strict_conditions")
WARRING = frozenset(_WORDS["warring"])
RELATIVES = frozenset(_WORDS["relatives"])
# a sentence without one of these words holds no phrase (their last words: "study", "unless" …)
KEYS = frozenset(p[-1] for table in (WEIGHING, PASSIVES, CONSENTS) for group in table.values() for p in group)
# what ends a clause: the phrase's holder and condition are read inside it
CLAUSE_ENDS = frozenset(";:")
MODALS = frozenset(("would", "will", "could", "only", "not", "to"))


def hedged_step_stances(ctx, facts: list) -> list:
    """``facts`` with a `considering` stance for each state weighing a step, and a `conditional` one
    for each state agreeing to a step only on a condition, where nothing held that value there."""
    out = list(facts)
    lower = tokens(ctx.doc).lower
    # the holders of each sentence's participation (found before the stances, by its start)
    participating = ctx.__dict__.get("_participation_holders", {})
    for sent in ctx.sents:
        if KEYS.isdisjoint(sentence_words(_padded(sent))):
            continue  # most sentences
        for value, at, step_at, step_end in _frames(lower, sent.start, sent.end):
            clause = _clause_start(lower, sent.start, at)
            if not NOT_BEFORE.isdisjoint(lower[clause:at]) or lower[at - 1] in RELATIVES:
                continue  # "asked whether Tokyo would study …", "if Rome would accept …", "a monitor, who will"
            step = (_readiness_step(ctx, step_at, step_end, STEP_REACH)
                    or (_verb(ctx, at, step_at) if step_at > at else None))
            if not step or not JUDGING.isdisjoint(step.lower().split()) or (
                    step.split()[0].lower() in PRONOUNS and lower[step_at - 1] != "whether"):
                continue  # "would consider it a hostile act", "would study it": no step named
            holder = clause_holder(ctx, sent, clause, at if step_at > at else step_at)
            if holder is None or (value == "considering" and holder in WARRING):
                continue  # a warring side weighing a proposal is answering it (decisions 3 and 46)
            evidence = ctx.sentence_evidence(sent)
            if holder in participating.get(evidence.start, ()) or any(
                    _value(f) == value and f.actor == holder for f in out):
                continue  # read already, here or elsewhere in the article (one per actor and value, as the cues')
            out.append(Stance(actor=holder, target=step, stance=value, evidence=evidence, confidence=0.45))
    return out


def _value(fact) -> str | None:
    if fact.kind == "participation":
        return fact.status
    return getattr(fact, "stance", None)


def _at(lower, i: int, phrases: dict[str, list[list[str]]]) -> list[str] | None:
    for p in phrases.get(lower[i], ()):
        if lower[i:i + len(p)] == p:
            return p
    return None


def _frames(lower, start: int, end: int):
    """(value, phrase token, first token of the step, token after the step) of each frame in the
    sentence [start, end)."""
    for i in range(start, end):
        if lower[i] not in FRAME_FIRSTS:
            continue
        p = _at(lower, i, WEIGHING)
        if p:
            # "would look at a request only if three tests were met": the weighing has a condition
            k = _condition(lower, i + len(p), end, False, STRICT)
            if k is not None:
                yield "conditional", i, i + len(p), k
            else:
                yield "considering", i, i + len(p), _clause_end(lower, i + len(p), end)
            continue
        p = _at(lower, i, PASSIVES)
        if p:
            # "the Ukrainian proposals would be studied": the step is the subject before the verb
            lo = i
            while lo > start and lower[lo - 1] not in STEP_ENDS and lower[lo - 1] not in ("that", "said", "says"):
                lo -= 1
            if lo < i:
                yield "considering", i, lo, i
            continue
        p = _at(lower, i, CONSENTS)
        if p:
            k = _condition(lower, i + len(p), end, "only" in p)
            if k is not None:
                yield "conditional", i, i + len(p), k


def _clause_end(lower, lo: int, end: int) -> int:
    for k in range(lo, end):
        if lower[k] in CLAUSE_ENDS:
            return k
    return end


def _condition(lower, lo: int, end: int, only: bool, conditions: dict[str, list[list[str]]] = CONDITIONS) -> int | None:
    """The token where a condition opens after a consent, in its clause ("could only sign up if":
    after "only" a bare "if" is the condition)."""
    for k in range(lo, end):
        if only and k == lo and lower[k] == "if":
            return k
        if lower[k] in CLAUSE_ENDS:
            return None
        if _at(lower, k, conditions) and not _at(lower, k, NOT_CONDITIONS):
            return k
        if lower[k] == "only" and k + 1 < end and lower[k + 1] in ("if", "once", "when"):
            return k
    return None


def _verb(ctx, at: int, step_at: int) -> str:
    """The verb as the target when no object follows it ("could only sign up if …", "would look again,
    together with allies, at …")."""
    return " ".join(t.text for t in ctx.doc[at:step_at] if t.lower_ not in MODALS)


__all__ = ["hedged_step_stances"]
