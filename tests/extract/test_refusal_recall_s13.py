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


def _answered(sentence: str):
    """A Russian truce that Ukraine rejected, and Ukraine's stance on a truce in ``sentence``."""
    from coalition.extract.stance_answers import without_answered
    from coalition.model import Ceasefire, CeasefireResponse, Evidence, Stance

    offer = "Moscow offered a 30-day truce, and Kyiv said no."
    truce = Ceasefire(proposers=["RUS"], status="rejected", evidence=Evidence(text=offer, start=0, end=len(offer)),
                      responses=[CeasefireResponse(actor="UKR", response="rejected")], confidence=0.6)
    stance = Stance(actor="UKR", target="ceasefire proposal", stance="oppose", confidence=0.6,
                    evidence=Evidence(text=sentence, start=len(offer) + 1, end=len(offer) + 1 + len(sentence)))
    return [f for f in without_answered([truce, stance]) if f.kind == "stance"]


def test_a_refusal_of_any_truce_of_a_kind_stays_beside_the_answer():
    assert _answered("Kyiv has ruled out any truce that would leave Russian forces in the occupied regions.")


def test_a_refusal_of_the_truce_offered_is_the_answer_only():
    assert not _answered("Kyiv has ruled out the truce, saying Russia would use it to regroup.")


def test_a_negated_backing_of_a_thing_with_an_indefinite_article_is_opposition():
    found = _stances("Austria would not support a negotiated freeze of the front line, Chancellor Karl Nehammer said.")
    assert ("AUT", "oppose") in found


def test_a_backing_of_a_thing_with_an_indefinite_article_or_a_person_is_no_position():
    assert not any(actor == "AUT" for actor, _ in _stances(
        "Austria would support a negotiated freeze of the front line, Chancellor Karl Nehammer said."))
    assert not any(actor == "AUT" for actor, _ in _stances(
        "Austria would not support a president who ignores the constitution, Chancellor Karl Nehammer said."))


def test_giving_ukraine_neither_one_thing_nor_another_is_opposition():
    assert ("BGR", "oppose") in _stances("Bulgaria would give Ukraine neither tanks nor money, President Rumen Radev said.")


def test_giving_neither_side_a_reason_is_no_refusal_of_aid():
    assert not any(actor == "BGR" for actor, _ in _stances(
        "Bulgaria would give neither side a reason to doubt its neutrality, President Rumen Radev said."))


def test_disagreeing_with_a_proposal_is_opposition():
    found = _stances("Austria disagreed with the proposal to seize the frozen assets, Chancellor Karl Nehammer said.")
    assert ("AUT", "oppose") in found


def test_disagreeing_with_reporters_is_no_position():
    found = _stances("Austria disagreed with reporters about the size of the crowd, Chancellor Karl Nehammer said.")
    assert not any(actor == "AUT" for actor, _ in found)


def test_no_plans_to_cut_a_thing_is_no_opposition_to_it():
    found = _stances("The Austrian chancellor said Austria had no plans to reduce its humanitarian aid to Ukraine.")
    assert ("AUT", "oppose") not in found


def test_no_plans_to_send_a_thing_stays_a_refusal():
    found = _stances("The Austrian chancellor said Austria had no plans to send weapons to Ukraine.")
    assert ("AUT", "oppose") in found
