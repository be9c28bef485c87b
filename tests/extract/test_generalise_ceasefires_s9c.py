"""Ninth-session ceasefire classes, third round, on made-up sentences: an ultimatum with a date
("given Moscow until <date> to agree a ceasefire") proposes the truce like one with a number of days
(decision 2: a deadline is a term); a side's readiness to take up a truce with terms of its own, with a
time phrase or a discussing verb between ("ready since May for a 30-day ceasefire", "prepared to
discuss a 30-day truce"), is its offer. Near misses stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import read


# -- an ultimatum by date proposes the truce; the party given the deadline is no proposer -----------------

@pytest.mark.parametrize("text, expected", [
    ("The American president gave the Kremlin until 1 September to accept a ceasefire or face new tariffs.",
     [(["USA"], None, ["full"])]),
    ("Erdogan has given Moscow until Friday to agree to a truce at sea.", [(["TUR"], None, ["sea"])]),
    ("Washington set Russia a deadline of next Monday to sign a ceasefire.", [(["USA"], None, ["full"])]),
])
def test_an_ultimatum_by_date_proposes_the_truce(text, expected):
    assert read(text) == expected


def test_a_deadline_for_something_else_is_no_ultimatum():
    # a date by which talks are to happen, no truce asked of anyone
    assert read("Washington gave the two delegations until June to hold talks.") == []


# -- readiness with terms, a time phrase or a discussing verb between, is an offer -------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kyiv has been ready since May for a full ceasefire of at least 30 days.", [(["UKR"], 30, ["full"])]),
    ("The Ukrainian delegation came to Geneva prepared to discuss a 30-day interim truce.",
     [(["UKR"], 30, ["full"])]),
    ("Moscow was willing to consider a halt to strikes on energy facilities.",
     [(["RUS"], None, ["energy_infrastructure"])]),
])
def test_readiness_for_a_truce_with_terms_is_an_offer(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    # no term of its own: a readiness to discuss a bare ceasefire is a stance (decision 2)
    "The Ukrainian delegation came to Geneva prepared to discuss a ceasefire.",
    # a condition, no offer
    "Zelensky asked whether Moscow was prepared to discuss a 30-day truce.",
])
def test_readiness_without_terms_or_as_a_condition_is_no_offer(text):
    assert all(p != ["UKR"] and p != ["RUS"] for p, _, _ in read(text))


def test_a_place_arrived_in_is_not_the_ready_party():
    # the delegation is ready, not the city it came to
    assert read("Kyiv's delegation had arrived in Paris prepared to discuss a 60-day interim truce.") == [
        (["UKR"], 60, ["full"])]


# -- a state's voice described in an aside before its verb still proposes -----------------------------------

@pytest.mark.parametrize("text", [
    "Ukraine's delegation, led by the defence minister, demanded an immediate ceasefire and the withdrawal "
    "of Russian troops.",
    "Ukraine's negotiators, headed by Rustem Umerov and Andriy Yermak, proposed a full ceasefire.",
])
def test_a_voice_with_an_aside_proposes(text):
    assert [p for p, _, _ in read(text)] == [["UKR"]]


def test_an_aside_naming_another_state_is_not_its_proposal():
    # the aside's verb is not the voice's: the state with the voice proposes, the one in the aside does not
    assert [p for p, _, _ in read("Ukraine's envoy, who met Turkish officials, called for a full ceasefire.")] \
        == [["UKR"]]


# -- a counter-offer: a side answering with a truce of its own proposes it ------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow floated a three-day pause; Kyiv answered with a full 30-day truce.",
     [(["RUS"], 3, ["full"]), (["UKR"], 30, ["full"])]),
    ("The Kremlin responded with an offer of a one-day truce at sea.", [(["RUS"], 1, ["sea"])]),
    ("Ukraine replied with a counter-proposal for a 45-day ceasefire.", [(["UKR"], 45, ["full"])]),
    ("Kyiv made a counter-offer of a 20-day truce in the air.", [(["UKR"], 20, ["air"])]),
])
def test_a_counter_offer_with_terms_is_its_makers_proposal(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Kyiv answered with a truce.",  # no term of its own: no proposal read from the answer (decision 2)
    "Moscow answered with a missile strike during the truce.",  # the truce is not what it answered with
])
def test_an_answer_without_a_termed_truce_is_no_counter_offer(text):
    assert read(text) == []


# -- a side's announced demand with a withdrawal or at talks: the "would" of reported speech --------------------

@pytest.mark.parametrize("text", [
    "Ukraine said it would call for a full ceasefire and a Russian pullout.",
    "Kyiv said on Monday that it would propose an immediate truce at the next round of talks.",
])
def test_an_announced_demand_at_talks_is_a_proposal(text):
    assert [p for p, _, _ in read(text)] == [["UKR"]]


@pytest.mark.parametrize("text", [
    "Kyiv said it would not call for a ceasefire and a withdrawal.",  # a refusal
    "Kyiv said it would call for a ceasefire.",  # no term, no talks: a stance at most (decision 2)
    "Ukraine would demand a full ceasefire and a Russian withdrawal.",  # no reported speech: a hedge
])
def test_a_hedged_or_termless_would_is_no_proposal(text):
    assert read(text) == []
