"""A warring side's answer to a ceasefire proposal is recorded once, as the ceasefire's response.

"Kyiv backs the 30-day ceasefire plan", "Put simply, Russia said no", "Ukraine said it would
respect the pause if Russia did": the stance rules read each as a position on the ceasefire, and
the ceasefire rules read the same words as that side's answer to the proposal. The data contract
has a field for the answer (``responses``), so the stance repeats it and counts one answer twice
(ADJUDICATION.md, decision 3). A stance on the ceasefire target is therefore dropped when

- its actor is one of the war's sides (``belligerents`` in ceasefires.json): a third party's
  position on a truce (a mediator urging it, an ally backing it) is a stance of its own, even when
  some ceasefire lists it among the answers (a case the adjudication left open);
- and a ceasefire fact of the same article records that side's answer, or has that side as its
  proposer ("We have proposed again a short ceasefire along the line of contact": the proposer
  field already says the side wants its own truce). A stance with no such
  answer beside it is kept, so nothing the article tells is lost: "Ukraine backs a ceasefire" in
  an article whose ceasefire rules found no proposal stays a position.

A side's stance on the truce that no ceasefire fact answers yet, in an article whose ceasefire rules
did find a proposal ("Ukraine accepted an unconditional 30-day ceasefire in March and has said it
remains ready for one"), is that side's answer in another wording: it becomes the answer of the
proposal it follows (the last ceasefire fact before it, else the first after; not one the side
proposed itself), and the stance goes. Support is acceptance, opposition rejection, a condition a
conditional answer; "open" and "considering" answer nothing yet and stay stances.

A conditional stance dropped so ("Ukraine said it would respect the pause if Russia did") makes the
side's recorded acceptance of that truce conditional, as the ceasefire rules rank a condition over a
plain yes. A stance that says the opposite of the answer recorded in its own sentence ("agreed to a
pause …, but declined to accept the full 30-day ceasefire") is the answer to a second proposal that
the ceasefire rules did not keep apart, and stays.

Only the one target that stands for a truce (``CEASEFIRE_TARGET``) is concerned: positions on
talks, a peace plan or aid halts near a truce are other targets and stay.

The other way round (ADJUDICATION.md, decision 27): a state the truce would not bind that welcomes,
backs or criticises it ("European leaders backed Trump's call to stop at the current line") holds a
stance on the truce, not a response. ``third_party_stances`` moves such an answer out of the
ceasefire's ``responses`` into the actor's stance (acceptance is support, rejection opposition, a
condition conditional), on the truce's own evidence. A third party keeps its response only when the
offer is put to it: the proposer is a warring side and the same sentence tells the third party's
answer ("report says Washington rebuffed Putin's truce feelers"); its stance on the truce read from
that sentence then goes, as a warring side's does.
"""

from __future__ import annotations

from coalition.extract.context import vocab
from coalition.extract.general_truce_positions import on_a_kind_of_truce, on_truces_in_general
from coalition.model import CeasefireResponse, Stance

CEASEFIRE_TARGET = "ceasefire proposal"
# the stance that contradicts an answer
OPPOSITE = {"accepted": "oppose", "rejected": "support"}


# a stance on a truce as the answer the contract records; "open" and "considering" answer nothing yet
AS_ANSWER = {"support": "accepted", "oppose": "rejected", "conditional": "conditional"}


def without_answered(facts: list) -> list:
    """``facts`` without the warring sides' stances on a ceasefire whose answer a ceasefire fact records."""
    truces = [f for f in facts if f.kind == "ceasefire"]
    if not truces:
        return facts
    sides = frozenset(vocab("ceasefires")["belligerents"])
    answered = {a for f in truces for a in [*(r.actor for r in f.responses), *f.proposers] if a in sides}
    for f in sorted(facts, key=lambda f: f.evidence.start):
        if (f.kind == "stance" and f.target == CEASEFIRE_TARGET and f.actor in sides
                and f.actor not in answered and f.stance in AS_ANSWER and not on_truces_in_general(f)
                and not on_a_kind_of_truce(f) and _record_answer(truces, f)):
            answered.add(f.actor)
    if not answered:
        return facts
    # "agreed to a pause …, but declined to accept the full 30-day ceasefire": one sentence, two
    # answers to two proposals, and the ceasefire fact there kept the other answer
    contrary = {(f.evidence.start, r.actor, OPPOSITE[r.response]) for f in facts if f.kind == "ceasefire"
                for r in f.responses if r.response in OPPOSITE}
    kept = []
    for f in facts:
        if (f.kind == "stance" and f.target == CEASEFIRE_TARGET and f.actor in answered
                and (f.evidence.start, f.actor, f.stance) not in contrary and not on_a_kind_of_truce(f)):
            if f.stance == "conditional":
                _bind_answer(facts, f)
            continue
        kept.append(f)
    return kept


def third_party_stances(ctx, facts: list) -> list:
    """``facts`` with the answers of states a truce would not bind moved from its ``responses`` into
    their stances on it (decision 27)."""
    truces = [f for f in facts if f.kind == "ceasefire" and f.responses]
    if not truces:
        return facts
    sides = frozenset(vocab("ceasefires")["belligerents"])
    # a stance already read on the truce, or on "the proposal", "the idea" that stands for it, is the
    # same word: the moved answer would count it twice
    have = {(f.actor, f.stance) for f in facts if f.kind == "stance" and (
        f.target == CEASEFIRE_TARGET or not TRUCE_WORDS.isdisjoint(f.target.lower().split()))}
    added, answered_there = [], set()
    for truce in truces:
        put_to = bool(sides.intersection(truce.proposers))
        kept = []
        for r in truce.responses:
            if r.actor in sides or (put_to and _named_in(ctx, truce.evidence, r.actor)):
                kept.append(r)
                if r.actor not in sides:
                    answered_there.add((truce.evidence.start, r.actor))
                continue
            value = AS_STANCE[r.response]
            if (r.actor, value) not in have:
                have.add((r.actor, value))
                added.append(Stance(actor=r.actor, target=CEASEFIRE_TARGET, stance=value,
                                    evidence=truce.evidence, confidence=0.6))
        truce.responses = kept
    if answered_there:
        # the answer of the party the offer was put to is its response only, as a side's is (decision 3)
        facts = [f for f in facts if not (f.kind == "stance" and f.target == CEASEFIRE_TARGET
                                          and (f.evidence.start, f.actor) in answered_there)]
    return facts + added


TRUCE_WORDS = frozenset({"ceasefire", "truce", "proposal", "idea", "offer", "call", "plan", "pause"})
AS_STANCE = {"accepted": "support", "rejected": "oppose", "conditional": "conditional"}


def _named_in(ctx, evidence, actor: str) -> bool:
    """Whether the sentence of ``evidence`` names ``actor`` (the offer and its answer told together)."""
    return any(m.stands_for == actor
               for m in ctx.mentions_in(evidence.start, evidence.end, ("COUNTRY", "ORG", "PERSON")))


def _record_answer(truces: list, stance) -> bool:
    """Record ``stance`` as its actor's answer to the proposal it follows; False when there is none."""
    open_to_it = [f for f in truces if stance.actor not in f.proposers]
    before = [f for f in open_to_it if f.evidence.start <= stance.evidence.start]
    truce = (max(before, key=lambda f: f.evidence.start) if before
             else min(open_to_it, key=lambda f: f.evidence.start, default=None))
    if truce is None:
        return False
    truce.responses.append(CeasefireResponse(actor=stance.actor, response=AS_ANSWER[stance.stance]))
    return True


def _bind_answer(facts: list, stance) -> None:
    """A side's conditional word on a truce it is recorded as accepting ("would halt strikes on the grid
    if Kyiv stopped shelling Belgorod") binds its answer: the answer of the last ceasefire before the
    words (else the first after) that lists the side becomes conditional."""
    listing = [f for f in facts if f.kind == "ceasefire" and any(r.actor == stance.actor for r in f.responses)]
    before = [f for f in listing if f.evidence.start <= stance.evidence.start]
    truce = max(before, key=lambda f: f.evidence.start) if before else min(listing, key=lambda f: f.evidence.start,
                                                                               default=None)
    for r in truce.responses if truce else ():
        if r.actor == stance.actor and r.response == "accepted":
            r.response = "conditional"


__all__ = ["CEASEFIRE_TARGET", "third_party_stances", "without_answered"]
