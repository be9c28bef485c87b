"""Thirteenth session: `oppose` positions the cues read but dropped — a refusal told in a ", who"
aside about a person named after a preposition, a refusal of a kind of truce ("any ceasefire that
leaves …") that answers no proposal. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

WAR = "Russia invaded Ukraine in 2022. Ukraine and Russia have been at war since. Kyiv asked its allies for help.\n\n"


def _stances(text: str) -> set[tuple[str, str]]:
    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    return {(f.actor, f.stance) for f in facts if f.kind == "stance"}


def test_a_refusal_in_a_who_aside_is_the_persons_also_after_a_preposition():
    found = _stances("The ruling adds to the pressure on Austrian Chancellor Karl Nehammer, who has repeatedly "
                     "refused to send weapons to Ukraine.")
    assert ("AUT", "oppose") in found


def test_a_who_aside_whose_own_verb_is_no_cue_gives_the_person_nothing():
    found = _stances("The ruling adds to the pressure on Austrian Chancellor Karl Nehammer, who used a radio "
                     "interview to insist on a ceasefire.")
    assert not any(actor == "AUT" for actor, _ in found)
