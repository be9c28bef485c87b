"""Sixth-session (second batch) ceasefire classes, on made-up sentences. Each removes a proposer or a
truce: a proposing word after a possessive or article is another's noun ("answer their call for a
ceasefire"), a call with a leader brokers no truce when the truce is only what talks are to reach, a
warring state's name as a noun modifier ("floats Ukraine ceasefire") is the war's place, and plural
truces with a frequency phrase are a history. An unnamed proposal told twice is one fact. Near misses
(talks about talks, a prisoner swap, a humanitarian corridor request, a withdrawal demand) stay none."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts, proposers


# -- "their call for": the actor before it is not the proposer --------------------------------------

@pytest.mark.parametrize("text", [
    "Kyiv and its allies are still waiting for Moscow to answer their call for an unconditional 30-day ceasefire.",
    "The envoys said they expected Russia to respond to the allies' call for a full 30-day truce by Friday.",
])
def test_the_one_asked_to_answer_a_call_is_no_proposer(text):
    assert "RUS" not in [p for ps in proposers(text) for p in ps]


def test_a_proposing_verb_of_the_actor_still_proposes():
    assert proposers("Kyiv and its allies called for an unconditional 30-day ceasefire on Monday.") == [["UKR"]]


def test_an_unnamed_proposal_told_twice_is_one_fact():
    text = ("The allies are waiting for Moscow to answer their call for an unconditional 30-day ceasefire.\n\n"
            "The leaders met in Kyiv on Saturday. A full and unconditional ceasefire of 30 days, they said, "
            "remained the first step.")
    assert len(facts(text)) <= 1


# -- talks towards a truce after a call with a leader ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "After a phone call with Vladimir Putin, Donald Trump wrote that Russia and Ukraine would immediately "
    "start negotiations towards a ceasefire.",
    "Following a call with Emmanuel Macron, Recep Tayyip Erdogan said Turkey was ready to host talks on a truce.",
])
def test_a_call_with_a_leader_about_talks_on_a_truce_brokers_none(text):
    assert facts(text) == []


def test_a_truce_proposed_during_a_call_still_has_its_proposer():
    assert proposers("During a call with Vladimir Putin, Donald Trump proposed a 30-day ceasefire.") == [["USA"]]


# -- a warring state's name before the truce word ---------------------------------------------------------

def test_a_warring_states_name_as_modifier_is_no_proposer():
    assert "UKR" not in [p for ps in proposers("Jakarta floats Ukraine ceasefire and referendums; Kyiv says no") for p in ps]


def test_a_possessive_warring_state_still_proposes():
    assert proposers("Ukraine's ceasefire proposal was rejected by Moscow on Monday.") == [["UKR"]]


# -- a history of truces -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Russia has announced local pauses for humanitarian corridors from the city several times since March, "
    "and most of them collapsed within hours.",
    "Both sides have repeatedly declared short truces over religious holidays, and none of them held.",
])
def test_plural_truces_with_a_frequency_phrase_are_a_history(text):
    assert facts(text) == []


def test_a_specific_truce_rejected_repeatedly_is_still_read():
    assert proposers("Moscow has repeatedly rejected the American proposal for a 30-day ceasefire.") == [["USA"]]


# -- near misses ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "After a call with Vladimir Putin, Donald Trump said talks about future talks would begin in Istanbul.",
    "After a call with Volodymyr Zelensky, Recep Tayyip Erdogan said Turkey would broker a prisoner swap.",
    "Kyiv and its allies are waiting for Moscow to answer their request for a humanitarian corridor.",
    "Kyiv and its allies are waiting for Moscow to answer their call for a full withdrawal of its troops.",
])
def test_near_misses_yield_no_ceasefire(text):
    assert facts(text) == []
