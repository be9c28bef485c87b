"""A warring side's terms for ending the war, told without "any" (``stance_terms.py`` reads "any
settlement would have to…"): "Putin said a settlement was possible only if the West recognised
Crimea as Russian", "Moscow remained ready to work on a settlement that removed the root causes of
the conflict", "Kyiv would have to accept what he called the new realities on the ground", "Russia's
conditions for ending the war, he added, had not changed".

A side that names what a settlement must hold sets a condition of its own on it: its `conditional`
stance on the settlement ("peace settlement"). Read when the sentence holds one of the side's terms
words ("root causes", "realities", "conditions for ending the war") or a strict condition ("only if")
after a word of settlement, and the holder is a party to the war (the quotation's speaker, the owner
of "conditions", the actor before the terms, or the person "he" stands for). A sentence that names a
truce is left out: what Moscow says a ceasefire fails to remove is its answer to that truce, kept in
the ceasefire's responses (decision 3). The words are in ``data/settlement_conditions.json``.
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, tokens, vocab
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("settlement_conditions")
TERMS = [_as_tokens(t) for t in _WORDS["terms"]]
STRICT = [_as_tokens(t) for t in _WORDS["strict_conditions"]]
SETTLEMENTS = [_as_tokens(t) for t in _WORDS["settlement_words"]]
TRUCES = [_as_tokens(t) for t in _WORDS["truce_words"]]
OWNED = frozenset(_WORDS["owned_terms"])
TARGET = _WORDS["target"]
SIDES = frozenset(vocab("ceasefires")["belligerents"])
STRICT_REACH = 6  # words from the settlement word to "only if" ("a settlement was possible only if")
HOLDERS = ("COUNTRY", "ORG", "PERSON")
SPEECH = frozenset(_WORDS["speech_verbs"])
PRONOUNS = frozenset({"he", "she"})
SAME_STATEMENT = 2  # sentences around that still tell the same statement


def settlement_condition_stances(ctx, facts: list) -> list:
    """``facts`` with each warring side's stated terms for a settlement read as its conditional
    stance on it, unless the side already holds a conditional stance from the same sentence."""
    out = list(facts)
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents:
        text = _padded(sent)
        at = _terms_at(lower, sent.start, sent.end, text)
        if at is None or any(t in text for t in TRUCES):
            continue
        holder = _owner(ctx, sent, lower) or _sayer(ctx, sent, at, lower) or clause_holder(ctx, sent, sent.start, at)
        if holder not in SIDES:
            continue
        evidence = ctx.sentence_evidence(sent)
        n = ctx.sentence_index(evidence.start)
        if any(f.kind == "stance" and f.actor == holder and f.stance == "conditional"
               and (f.evidence.start == evidence.start
                    or (f.target == TARGET and abs(ctx.sentence_index(f.evidence.start) - n) <= SAME_STATEMENT))
               for f in out):
            # read already ("any settlement would have to…", talk_readiness's condition), or the same
            # terms restated in the next sentence of one statement (decision 16)
            continue
        out.append(Stance(actor=holder, target=TARGET, stance="conditional", evidence=evidence, confidence=0.5))
    return out


def _terms_at(lower: list[str], start: int, end: int, text: str) -> int | None:
    """The first token of a terms phrase, or of a strict condition within a few words after a word
    of settlement; None when the sentence has neither."""
    terms = [t for t in TERMS if t in text]
    strict = [t for t in STRICT if t in text] if any(s in text for s in SETTLEMENTS) else []
    if not terms and not strict:
        return None
    terms = [t.split() for t in terms]
    strict = [t.split() for t in strict]
    for i in range(start, end):
        if any(lower[i:i + len(t)] == t for t in terms):
            return i  # the whole phrase: "conditions" alone ("set conditions on aid") is no term
        if any(lower[i:i + len(t)] == t for t in strict):
            before = " " + " ".join(lower[max(start, i - STRICT_REACH):i]) + " "
            if any(s in before for s in SETTLEMENTS):
                return i
    return None


def _owner(ctx, sent, lower: list[str]) -> str | None:
    """The side whose "conditions" or "terms" the sentence tells ("Russia's conditions for ending the
    war had not changed")."""
    idx = tokens(ctx.doc).idx
    for m in ctx.mentions_in(idx[sent.start], idx[sent.end - 1] + 1, HOLDERS):
        k = m.end
        if k + 1 < sent.end and lower[k] in ("'s", "’s") and lower[k + 1] in OWNED and m.stands_for:
            return m.stands_for
    return None


def _sayer(ctx, sent, at: int, lower: list[str]) -> str | None:
    """Who is said to state the terms: the actor or "he"/"she" right before the last verb of saying
    ahead of them ("Putin said a settlement was possible only if…", "he said, adding that Kyiv would
    have to accept…": Kyiv is told, the speaker sets the term)."""
    idx = tokens(ctx.doc).idx
    for k in range(at - 1, sent.start, -1):
        if lower[k] not in SPEECH:
            continue
        if lower[k - 1] in PRONOUNS:
            person = pronoun_person_of(ctx, idx[k - 1], lower[k - 1 : k])
            return ctx.person_details(person)[2] if person is not None else None
        named = [m.stands_for for m in ctx.mentions_in(idx[sent.start], idx[k], HOLDERS)
                 if m.stands_for and m.end == k]
        return named[-1] if named else None
    return None
