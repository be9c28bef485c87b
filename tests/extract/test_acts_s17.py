"""Seventeenth session, positions told through acts (blocking, vetoing, lifting an objection, voting):
frames whose cue is an act, not a verb of supporting or opposing. Every sentence here is made up."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


# -- a threat to block, and the threat given up (stance_cues.py, positions.json) ------------------

def test_dropping_a_threat_to_block_is_support() -> None:
    text = "Romania dropped its threat to block the renewal of EU sanctions on Russia on Tuesday."
    found = stances(text)
    assert ("ROU", "support") in found
    assert ("ROU", "oppose") not in found


def test_withdrawing_a_threat_to_veto_is_support_not_opposition() -> None:
    text = "Romania withdrew its threat to veto the sanctions package after talks in Brussels."
    found = stances(text)
    assert ("ROU", "support") in found
    assert ("ROU", "oppose") not in found


def test_a_threat_to_block_kept_is_opposition() -> None:
    # negative: the threat repeated, not given up
    text = "Romania repeated its threat to block the sanctions package on Tuesday."
    found = stances(text)
    assert ("ROU", "oppose") in found
    assert ("ROU", "support") not in found


def test_headline_lift_objections_is_support() -> None:
    text = "Portugal and Ireland lift objections to the oil price cap, Malta holds out"
    found = stances(text)
    assert ("PRT", "support") in found and ("IRL", "support") in found
    assert ("PRT", "oppose") not in found


# -- a chamber voting a measure down (positions.json, passive_stances.json) -----------------------

def test_parliament_voting_down_a_motion_is_opposition() -> None:
    text = "The Sejm voted down the bill on military aid to Ukraine on Thursday."
    found = stances(text)
    assert ("POL", "oppose") in found
    assert ("POL", "support") not in found


def test_measure_voted_down_by_a_parliament_is_its_opposition() -> None:
    text = "An easing of the re-export rules for Ukraine was voted down by the Swiss parliament."
    assert ("CHE", "oppose") in stances(text)


def test_measure_voted_down_with_no_agent_has_no_holder() -> None:
    # negative: a passive with no "by" names nobody
    text = "The motion to send Taurus missiles to Ukraine was voted down on Thursday."
    assert not stances(text)


# -- declining to join a push to lift the strike restrictions (strike_limits.py) -------------------

def test_refusing_to_join_a_push_to_let_ukraine_strike_russia_is_opposition() -> None:
    text = ("Spain has refused to join the push by the bloc's foreign policy chief to let Ukraine use "
            "Western weapons against targets inside Russia.")
    found = stances(text)
    assert ("ESP", "oppose") in found
    assert ("ESP", "support") not in found


def test_joining_a_push_to_let_ukraine_strike_russia_is_support() -> None:
    # negative: the push joined, not declined
    text = ("Spain has joined the push by the bloc's foreign policy chief to let Ukraine use "
            "Western weapons against targets inside Russia.")
    found = stances(text)
    assert ("ESP", "support") in found
    assert ("ESP", "oppose") not in found


# -- resistance given up (positions.json support cues) --------------------------------------------

def test_dropping_resistance_to_a_measure_is_support() -> None:
    text = "Portugal and Ireland have dropped their resistance to an EU price cap on Russian oil."
    found = stances(text)
    assert ("PRT", "support") in found and ("IRL", "support") in found


def test_armed_resistance_is_no_position() -> None:
    # negative: "their resistance" to the invasion is fighting, not an objection given up or kept
    text = "Ukrainians will continue their resistance against Russia's invasion, Zelensky said."
    assert not stances(text)
