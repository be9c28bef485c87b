"""Sixth-session (third batch) ceasefire classes, on made-up sentences. Three remove a proposer or a
truce: a warring state's name after another's possessive ("the envoys' Ukraine plan") is the plan's
topic, the state named after "demanding that" is the one asked, and a truce named only to date
another event ("a day after the end of the truce") is no truce there. One sets a scope: a truce
declared to open evacuation corridors is local, on land. Near misses (talks about talks, a prisoner
swap, a humanitarian corridor request, a withdrawal demand) stay none."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts, proposers


# -- a possessor owns the plan, the warring state is its topic ---------------------------------------

@pytest.mark.parametrize("text", [
    "The senators' Ukraine plan would freeze the fighting under a ceasefire on the current line.",
    "The administration's Ukraine proposal calls for a ceasefire along the front line.",
])
def test_a_warring_state_after_a_possessive_is_no_proposer(text):
    assert "UKR" not in [p for ps in proposers(text) for p in ps]


def test_a_warring_states_own_plan_still_proposes():
    assert proposers("Ukraine's plan for a 30-day ceasefire at sea was welcomed in Paris.") == [["UKR"]]


# -- "demanding that Russia withdraw": the one asked ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The assembly adopted a text demanding that Russia withdraw its troops and calling for a ceasefire.",
    "The summit issued a statement that demands that Russia pull back its forces and calls for a truce.",
])
def test_the_state_a_demand_is_made_of_is_no_proposer(text):
    assert "RUS" not in [p for ps in proposers(text) for p in ps]


# -- a truce that only dates another event ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Drones hit a bus in Kherson on Tuesday, killing six people, a day after the end of the Christmas truce Moscow had declared.",
    "Shelling resumed across the south since the expiry of the three-day pause, officials said.",
])
def test_a_truce_dating_another_event_is_none(text):
    assert facts(text) == []


def test_a_declared_truce_is_still_one():
    assert proposers("Putin declared a Christmas truce from noon on Friday until midnight on Saturday.") == [["RUS"]]


# -- a truce to open evacuation corridors is on land ------------------------------------------------

def test_a_truce_to_open_corridors_is_local_on_land():
    found = facts("On Monday the Russian Defence Ministry declared a ceasefire from 9 a.m. to open corridors "
                  "from Kharkiv and Odesa.")
    assert [(sorted(f.proposers), f.scope) for f in found] == [(["RUS"], ["land"])]


# -- near misses stay none --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kyiv asked Moscow to open a humanitarian corridor from Mykolaiv for the wounded.",
    "The two delegations agreed to exchange prisoners and to hold talks about talks next month.",
    "Kyiv demanded that Russia withdraw its troops from the occupied south before any negotiation.",
    "Negotiators in Geneva discussed the format of further talks, officials said.",
])
def test_near_misses_yield_no_ceasefire(text):
    assert facts(text) == []


# -- a state's document as the subject of a proposing verb ------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("Brazil's ten-point position paper, released in March, called for a ceasefire and talks.", "BRA"),
    ("Indonesia's statement called for an immediate truce along the front line.", "IDN"),
])
def test_a_states_document_calling_for_a_truce_is_its_proposal(text, code):
    assert proposers(text) == [[code]]


@pytest.mark.parametrize("text", [
    "Turkey's letter demanded that Russia open a humanitarian corridor from the city.",
    "India's statement called for Russia to withdraw its forces.",
    "Brazil's statement on the prisoner exchange called for more talks about talks.",
    "Russia's conduct called for a ceasefire, the envoy said.",
])
def test_a_document_without_a_truce_or_no_document_proposes_none(text):
    assert facts(text) == []
