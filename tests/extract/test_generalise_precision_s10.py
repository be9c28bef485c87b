"""Tenth session, precision of stances and participations on wordings met in unseen news text:
what is not the holder's position, each rule tested on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


# A possibility that is denied is a refusal, not a weighing (hedge_frames.py).
@pytest.mark.parametrize("text,expected,wrong", [
    ("Austria and Ireland distanced themselves from any suggestion they might commit soldiers to a "
     "force in Ukraine.", {("AUT", "oppose"), ("IRL", "oppose")}, {("AUT", "considering"), ("IRL", "considering")}),
    ("A spokesman for the Dutch government denied the Netherlands could station troops in Ukraine "
     "this year.", {("NLD", "oppose")}, {("NLD", "considering")}),
])
def test_denied_possibility_is_a_refusal(text, expected, wrong):
    got = stances(text)
    assert expected <= got
    assert not (wrong & got)


# A reporter's question carries the hedge, not the answer.
def test_reporters_question_is_not_the_hedge():
    text = ("The Danish defence minister, asked whether Denmark could send instructors to a "
            "future mission in Ukraine, said only that the government backed Kyiv.")
    assert ("DNK", "considering") not in stances(text)


# "Should not be ruled out", "nothing can be ruled out": a negated exclusion is open (decision 9).
@pytest.mark.parametrize("text,actor", [
    ("The Finnish president said that sending soldiers to Ukraine should not be ruled out in the long run.",
     "FIN"),
    ("Portugal's prime minister said that when it comes to sending troops to Ukraine, nothing can be "
     "ruled out.", "PRT"),
])
def test_negated_exclusion_is_open(text, actor):
    got = stances(text)
    assert (actor, "open") in got
    assert (actor, "oppose") not in got


# Another's position restated after "commenting on X's statement that …" is not the speaker's.
def test_position_restated_after_commenting_on_is_not_the_speakers():
    text = ("We in the alliance want to avoid escalation, the NATO spokesman replied, commenting on the "
            "Czech president's statement that he did not rule out sending troops to Ukraine.")
    assert ("NATO", "open") not in stances(text)


# An organisation named as what is joined is part of the target, not a holder (misheld_stances.py).
@pytest.mark.parametrize("text", [
    "Australia and New Zealand said they welcome progress on Ukrainian membership in the EU and NATO "
    "and that they are ready to extend sanctions against Russia.",
    "Australia said it supports Ukrainian membership in the EU and NATO and is ready to tighten sanctions "
    "against Russia.",
])
def test_body_that_is_joined_is_no_holder(text):
    got = stances(text)
    assert ("AUS", "support") in got
    assert not any(actor == "NATO" for actor, _ in got)


# Another's veto opposed is no opposition to what the veto would block, nor the veto holder's.
@pytest.mark.parametrize("text,absent", [
    ("Canada and Japan said they oppose Moscow having a veto over Ukraine's path to NATO.", {"CAN", "JPN"}),
    ("The Nordic ministers said they would oppose Russia having veto power when it comes to Ukraine's "
     "membership of the European Union.", {"RUS"}),
])
def test_opposing_a_veto_is_no_opposition_to_the_measure(text, absent):
    assert not any(value == "oppose" and actor in absent for actor, value in stances(text))


# Backing said to be absent is no backing.
def test_absent_backing_is_no_support():
    text = "The lack of firm backing from Washington has slowed the coalition's work on security guarantees for Ukraine."
    assert ("USA", "support") not in stances(text)


# Backing named as a condition is not given.
@pytest.mark.parametrize("text", [
    '"We are prepared to offer security guarantees, but the details will be agreed with all parties, based '
    'on the level of support from the United States," one official said.',
    "European leaders said they were ready to provide security guarantees for Ukraine, contingent on "
    "backing from the United States.",
])
def test_backing_as_a_condition_is_no_support(text):
    assert ("USA", "support") not in stances(text)


# A position told of another while describing it is not the describer's.
def test_relative_clause_after_referring_to_is_not_the_speakers():
    text = ('Estonia\'s foreign minister, Kadri Tamm, said: "One member state is holding the union back." '
            "He was referring to Slovakia, which continues to block the oil embargo, despite being offered "
            "a longer phase-out.")
    assert ("EST", "oppose") not in stances(text)


def test_subject_of_a_time_clause_holds_nothing_of_the_main_clause():
    text = ("Several European states have announced they had no plans to send ground troops to Ukraine, "
            "after Italy hinted at the possibility, and the Kremlin warned that any such move would "
            "inevitably lead to conflict with NATO.")
    got = stances(text)
    assert ("ITA", "oppose") not in got
    assert ("RUS", "oppose") in got


# Some of a body's members are not the body; all of them would be.
@pytest.mark.parametrize("text", [
    "NATO allies rule out sending troops to Ukraine as Moscow warns of escalation",
    "Several NATO members backed Ukraine's request to join the alliance on Sunday.",
])
def test_some_members_are_not_the_body(text):
    assert not any(actor == "NATO" for actor, _ in stances(text))


# A substitute refused is no opposition to what it would replace.
@pytest.mark.parametrize("text,actor", [
    ("The Ukrainian president also said Kyiv would not agree to alternative arrangements that could "
     "replace NATO membership.", "UKR"),
    ("Georgia's prime minister said his country would reject any substitute for EU membership.", "GEO"),
])
def test_refused_substitute_is_no_opposition_to_the_measure(text, actor):
    assert (actor, "oppose") not in stances(text)


# An unnamed group's position after a contrast is not the actor's named before it.
def test_unnamed_group_after_a_contrast_holds_its_own_position():
    text = ("India called on Monday for immediate peace talks as it published its proposals for ending the war "
            "in Ukraine, but several Western governments rejected the proposals while warning against New "
            "Delhi's ties to Moscow.")
    assert ("IND", "oppose") not in stances(text)


def test_actor_keeps_the_value_of_its_own_clause_before_a_contrast():
    text = "Brazil urged a ceasefire in Ukraine, but many European leaders dismissed the plan as one-sided."
    assert ("BRA", "support") in stances(text)


# Attending a meeting is no position on it.
def test_joining_a_summit_is_no_support():
    text = ("Although her attendance had been in doubt, the Greek prime minister joined the video summit "
            "convened by the British prime minister on Saturday.")
    assert ("GRC", "support") not in stances(text)
