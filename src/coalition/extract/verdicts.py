"""A holder's verdict on a step, told by a naming verb (twenty-first session).

"Belgian Prime Minister Bart De Wever has called the plan fundamentally flawed", "Orbán called the
plan 'more than frightening'", "Medinsky called the talks constructive", "Scholz called the plan a
very interesting proposal": whoever calls a step by a verdict holds a position on it, opposition for
a damning verdict, support for praise, `considering` for interest that endorses nothing yet (the
words are in ``data/verdicts.json``). The cue words of ``positions.py`` read "a mistake" or
"unacceptable" wherever they stand; a bare adjective ("dangerous", "constructive") is read here only
as the complement of a naming verb, where it can only judge the object.

The holder is the clause's (``strike_limits.clause_holder``: a quotation's speaker, else the first
actor named as the subject before the verb, else "he"/"she" for the last person named). The target is
a target of the vocabulary named between the verb and the verdict, else, for "it" or "the plan",
"the idea" and the like, the last one named in the sentence or the three before it, else the object
as written when its head is one of the open target nouns ("the talks", "the mobilisation").

Nothing is added where the rules already gave the holder a position from the same sentence, for
praise of aid (decision 14: a welcome of aid is no stance), for Russia's or Belarus's praise of
anything (their hostile terms are ``stance_warring``'s), for a characterised act of war ("called the
incursion a provocation"), or under a negation ("did not call it a mistake").
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.conditional_readiness import _clause_start
from coalition.extract.context import _as_tokens, lower_text, sentence_words, tokens, vocab
from coalition.extract.stance_objects import NOUNS, PRONOUNS, WELCOMED_HEADS
from coalition.extract.stance_praise import SUPPLIES
from coalition.extract.stance_targets import targets_in
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("verdicts")
VERBS = frozenset(_WORDS["naming_verbs"])
OBJECT_REACH = int(_WORDS["object_reach"])
VERDICT_REACH = int(_WORDS["verdict_reach"])
ENDS = frozenset(_WORDS["ends"]) | {",", ";", ":", "."}
NOT_AFTER = frozenset(_WORDS["not_after"])
VALUES = {"oppose": _WORDS["negative"], "support": _WORDS["positive"], "considering": _WORDS["interest"]}
# (phrase as tokens, value), longest first: "not serious" before "serious", "a remarkable breakthrough" before "a breakthrough"
PHRASES = sorted(((_as_tokens(p).split(), value) for value, ps in VALUES.items() for p in ps), key=lambda x: -len(x[0]))
FIRSTS = frozenset(p[0] for p, _ in PHRASES)
ACTS_OF_WAR = frozenset(vocab("warring_stances")["acts_of_war"])
NEGATIONS = frozenset({"not", "never", "n't", "refused", "declined"})
DESCRIBING = frozenset({"described", "describes", "describing"})
NO_PRAISE = frozenset({"RUS", "BLR"})
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
LOOKBACK = 3  # sentences before whose target "it", "the plan" may stand for
# the nouns that stand for a proposal told before ("the plan", "the idea"): only these, or "it", take
# the last target named; "the agreement", "the visit" are things of their own
ANAPHOR_HEADS = frozenset(p.split()[-1] for p in vocab("positions")["anaphors"])
# "described the call as productive": a telephone call, no proposal
NOT_HEADS = frozenset(_WORDS["not_heads"])


def verdict_stances(ctx, facts: list) -> list:
    """``facts`` with a stance for each holder's verdict on a step where nothing held one there."""
    lower = tokens(ctx.doc).lower
    out = list(facts)
    sents = ctx.sents
    padded_all = None
    for n, sent in enumerate(sents):
        padded = _padded(sent)
        if VERBS.isdisjoint(sentence_words(padded)):
            continue  # most sentences
        if padded_all is None:
            padded_all = [_padded(s) for s in sents]
        for v in range(sent.start, sent.end - 1):
            if lower[v] not in VERBS or lower[v + 1] in NOT_AFTER:
                continue
            head = _head(lower, v + 1, min(sent.end, v + 1 + OBJECT_REACH))
            if head is None or lower[head] in ACTS_OF_WAR or lower[head] in NOT_HEADS:
                continue
            found = _verdict(lower, head + 1, sent.end, lower[v] in DESCRIBING)
            if found is None:
                continue
            value, at = found
            if "but" in lower[at + 1:min(sent.end, at + 4)]:
                continue  # "called the remarks 'promising' but incomplete": a mixed verdict
            clause = _clause_start(lower, sent.start, v)
            if not NEGATIONS.isdisjoint(lower[clause:v]):
                continue  # "did not call it a mistake"
            holder = clause_holder(ctx, sent, clause, v)
            if not holder or (value != "oppose" and holder in NO_PRAISE):
                continue
            target, named = _target(ctx, padded_all, n, v, head, at, value)
            if not target or (value == "support" and (target in SUPPLIES or _thanks(target, named))):
                continue  # "called the German move an important step": praise of aid (decision 14)
            evidence = ctx.sentence_evidence(sent)
            if any(_holds(f, holder, evidence.start, target, value) for f in out):
                continue
            if not named and any(getattr(f, "actor", None) == holder and getattr(f, "stance", None) == value for f in out):
                continue  # an object as written: one per holder and value, as positions.py's open stances
            out.append(Stance(actor=holder, target=target, stance=value, evidence=evidence, confidence=0.5))
    return out


def _head(lower, lo: int, hi: int) -> int | None:
    """The object's head after a naming verb: a pronoun right after it, else the first open target
    noun within reach (past determiners, possessives and adjectives)."""
    if lower[lo] in PRONOUNS:
        return lo
    for k in range(lo, hi):
        if lower[k] in ENDS or lower[k] in QUOTES:
            return None
        if lower[k] in NOUNS:
            # "the peace plan", "the talks in Istanbul": the last noun of a run is the head
            while k + 1 < hi and lower[k + 1] in NOUNS:
                k += 1
            return k
    return None


def _verdict(lower, lo: int, end: int, describing: bool) -> tuple[str, int] | None:
    """(value, token) of the first verdict phrase in the complement after the object's head."""
    k = lo
    if describing:
        if k >= end or lower[k] != "as":
            return None  # "described the plan" with no "as": no verdict follows
        k += 1
    stop = min(end, k + VERDICT_REACH)
    while k < stop:
        word = lower[k]
        if word in ENDS and not (word == "and" and k > lo):
            return None
        if word in FIRSTS:
            for phrase, value in PHRASES:
                if lower[k:k + len(phrase)] == phrase:
                    return value, k
        k += 1
    return None


def _target(ctx, padded_all, n: int, v: int, head: int, at: int, value: str) -> tuple[str | None, bool]:
    """The verdict's target and whether the vocabulary names it."""
    from coalition.extract.positions import _named_targets

    targets = _named_targets()
    named = targets_in(lower_text(ctx.doc[v + 1:at]), targets)
    if named:
        return named[0][1], True
    lower = tokens(ctx.doc).lower
    # "it" for praise is most often an event or a gift ("calling it an important step" of a visit)
    pronoun = lower[head] in PRONOUNS and value != "support"
    if pronoun or (lower[head] in ANAPHOR_HEADS and lower[head - 1] in ("the", "this", "that", "such")):
        before = targets_in(lower_text(ctx.doc[ctx.sents[n].start:v]), targets)
        if before:
            return before[-1][1], True
        for k in range(n - 1, max(-1, n - 1 - LOOKBACK), -1):
            earlier = targets_in(padded_all[k], targets)
            if earlier:
                return earlier[-1][1], True
    if lower[head] in NOUNS:
        lo = head
        while lo > v + 1 and lower[lo - 1] not in ("the", "this", "that", "such", "its", "their", "his", "her", "a", "an"):
            lo -= 1
        return ctx.doc[lo - (lower[lo - 1] in ("the", "this", "that", "such")):head + 1].text, False
    return None, False


def _thanks(target: str, named: bool) -> bool:
    """Praise of "the decision", "the move", "the package" as written: most often a thanks for a gift
    told just before ("Warsaw had asked Berlin for leave to re-export its tanks …, and Berlin agreed.
    Morawiecki called the German move 'a milestone'"), no position (decision 14)."""
    words = target.lower().split()
    return not named and bool(words) and words[-1] in WELCOMED_HEADS


def _holds(fact, holder: str, start: int, target: str, value: str) -> bool:
    if getattr(fact, "actor", None) != holder:
        return False
    if fact.kind == "participation":
        return fact.evidence.start == start
    return fact.kind == "stance" and (fact.evidence.start == start or (fact.target == target and fact.stance == value))


__all__ = ["verdict_stances"]
