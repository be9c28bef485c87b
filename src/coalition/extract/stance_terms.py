"""Terms set for any settlement as conditional stances: "The Russian readout said any settlement
would have to take account of the new territorial realities", "Any talks, he said, would have to
start from the Istanbul draft", "That remains Kyiv's line: any plan must start from the withdrawal
of Russian troops", "told reporters that any genuine negotiation would have to include Russia".

Whoever says what "any" settlement or talks must hold sets a condition of its own on them, with no
cue word of the stance vocabulary: the holder is who is said to say it (the actor before the speech
verb, or the possessor of "line", "readout", "position"), else the person a pronoun stands for
("he said"). What a settlement "would require" of others ("would require Western countries to
stop supplying weapons") is a demand on them, not read here. The words are in positions.json ("terms"). A sentence is read only
when it holds "any" and one of the nouns (a set look-up).

Separate from ``positions.py``, whose stances come from cue words.
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.clause_groups import _subject_before, person_actor
from coalition.extract.context import tokens, vocab

_TERMS = vocab("positions")["terms"]
# noun -> target: "any talks" -> "peace talks", "any settlement" -> "peace plan"
NOUNS: dict[str, str] = {noun: target for target, nouns in _TERMS["nouns"].items() for noun in nouns}
NOUN_WORDS = frozenset(NOUNS)
# "would have to", "must": what "any" settlement is said to need
MODALS = tuple(tuple(m.split()) for m in _TERMS["modals"])
# how many words may stand between "any" and its noun ("any lasting peace settlement"), and between
# the noun and the modal (", he said,", "to end the war")
NOUN_REACH = 3
MODAL_REACH = 8
PRONOUNS = frozenset("he she they".split())


def terms_stances(ctx, sent, present: frozenset[str]) -> list[tuple[list[str], str]]:
    """(holders, target) of each condition "any <settlement>" is said to need in a sentence."""
    if "any" not in present or NOUN_WORDS.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    for i in range(sent.start, sent.end):
        if lower[i] != "any":
            continue
        noun = next((k for k in range(i + 1, min(sent.end, i + 1 + NOUN_REACH)) if lower[k] in NOUN_WORDS), None)
        if noun is None or not _modal_after(lower, noun + 1, sent.end):
            continue
        holders = _subject_before(ctx, sent.start, i, ())
        if not holders:
            holders = _pronoun_person(ctx, sent, lower)
        return [(holders, NOUNS[lower[noun]])] if holders else []
    return []


def _modal_after(lower: list[str], lo: int, end: int) -> bool:
    for k in range(lo, min(end, lo + MODAL_REACH)):
        if lower[k] in (".", ";", ":"):
            return False
        if any(tuple(lower[k : k + len(m)]) == m for m in MODALS):
            return True
    return False


def _pronoun_person(ctx, sent, lower: list[str]) -> list[str]:
    """"Any talks, he said, would have to…": the person the pronoun stands for."""
    if PRONOUNS.isdisjoint(lower[sent.start : sent.end]):
        return []
    person = pronoun_person_of(ctx, sent.start_char, lower[sent.start : sent.end])
    code = person_actor(ctx, person) if person else None
    return [code] if code else []
