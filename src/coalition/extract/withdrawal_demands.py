"""A demand that Ukraine give up ground, told as the demander's term for a settlement: "Moscow has
demanded that Kyiv pull its troops out of the whole of Donetsk region", "Russia still insists that
Ukrainian forces leave all of the Donbas before any settlement", "Russia's negotiators demanded that
Ukraine withdraw its forces from four regions before any ceasefire could take effect".

The demander sets a condition of its own on ending the war, with no cue word of the stance
vocabulary: its `conditional` stance on the settlement ("peace settlement"), or on truces in general
after "before any ceasefire"; in a sentence that otherwise names a truce ("ended with no ceasefire, as
Moscow held to its demand that…") it answers that truce, left to the ceasefire's responses (decision
3). The demander is the last actor named before
the demand verb ("Russia's negotiators" speak for Russia); Ukraine, the side told to withdraw, holds
no such term, and a demand that Russia withdraw is decision 7's support of the withdrawal, not read
here. The words are in ``data/withdrawal_demands.json``; a sentence is read only when it holds a
demand verb and a withdrawal verb (a set look-up).
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, sentence_words, tokens, vocab
from coalition.extract.stance_answers import CEASEFIRE_TARGET
from coalition.extract.stance_holders import quote_speaker
from coalition.model import Stance

_WORDS = vocab("withdrawal_demands")
DEMANDS = frozenset(_WORDS["demand_verbs"])
YIELDING = frozenset(_WORDS["yielding_parties"])
WITHDRAWALS = frozenset(_WORDS["withdrawal_verbs"])
TRUCES = [_as_tokens(t) for t in _WORDS["truce_words"]]
SETTLEMENT = _WORDS["settlement_target"]
TRUCE = _WORDS["truce_target"]
ANSWERED_TRUCE = CEASEFIRE_TARGET  # "ceasefire proposal": read as an answer by stance_answers.py
NOT_HOLDERS = frozenset(_WORDS["not_holders"])
DEMAND_REACH = int(_WORDS["demand_reach"])  # words from the demand verb to the withdrawal verb
HOLDERS = ("COUNTRY", "ORG", "PERSON")


def withdrawal_demand_stances(ctx, facts: list) -> list:
    """``facts`` with each demand that Ukraine withdraw read as the demander's conditional stance on
    the settlement (or the ceasefire), unless the demander already holds that value there."""
    out = list(facts)
    lower = tokens(ctx.doc).lower
    idx = tokens(ctx.doc).idx
    for sent in ctx.sents:
        words = sentence_words(_padded(sent))
        if DEMANDS.isdisjoint(words) or WITHDRAWALS.isdisjoint(words):
            continue  # most sentences
        at = demand_at(lower, sent.start, sent.end)
        if at is None:
            continue
        holder = _demander(ctx, sent, at, idx)
        if holder is None or holder in NOT_HOLDERS:
            continue
        target = _target(lower, sent.start, at, sent.end)
        evidence = ctx.sentence_evidence(sent)
        if any(f.kind == "stance" and f.actor == holder and f.stance == "conditional"
               and f.evidence.start == evidence.start for f in out):
            continue  # read already by the cue rules
        out.append(Stance(actor=holder, target=target, stance="conditional", evidence=evidence, confidence=0.55))
    return out


def _target(lower: list[str], start: int, at: int, end: int) -> str:
    """A condition on "any ceasefire" after the demand is on truces in general; a demand in a sentence
    that otherwise names a truce ("ended with no ceasefire, as Moscow held to its demand that…") answers
    the truce proposed there, left to the ceasefire's responses (decision 3); else the settlement."""
    after = " " + " ".join(lower[at:end]) + " "
    if any(" any" + t in after for t in TRUCES):
        return TRUCE
    whole = " " + " ".join(lower[start:end]) + " "
    return ANSWERED_TRUCE if any(t in whole for t in TRUCES) else SETTLEMENT


def demand_at(lower: list[str], start: int, end: int, demands: frozenset = DEMANDS,
              parties: frozenset = YIELDING) -> int | None:
    """The demand verb followed, within a few words, by the side that is to yield ("Kyiv",
    "Ukrainian forces"; ``document_holders`` passes Russia) and then a verb of withdrawing."""
    for i in range(start, end):
        if lower[i] not in demands:
            continue
        window = lower[i + 1:min(end, i + 1 + DEMAND_REACH)]
        party = next((k for k, w in enumerate(window) if w in parties), None)
        if party is not None and not WITHDRAWALS.isdisjoint(window[party + 1:]):
            return i
    return None


def _demander(ctx, sent, at: int, idx) -> str | None:
    """The quotation's speaker, else the last actor named before the demand verb."""
    speakers = quote_speaker(ctx, sent, [])
    if speakers:
        return speakers[0]
    named = [m.stands_for for m in ctx.mentions_in(idx[sent.start], idx[at], HOLDERS) if m.stands_for]
    return named[-1] if named else None
