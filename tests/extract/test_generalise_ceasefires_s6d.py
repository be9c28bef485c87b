"""Sixth-session (fourth round) ceasefire classes, on made-up sentences. A pause of strikes on
civilian targets is scope air, not a full ceasefire (dev set convention); both sides giving up,
forgoing or refraining from strikes is a truce as "both sides stop" is. Near misses (talks about
talks, a prisoner swap, a humanitarian corridor request, a withdrawal demand) stay none."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts, read


# -- a pause of strikes on civilian targets is an air truce ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kyiv offered to stop striking civilian infrastructure for 30 days if Moscow did the same.",
     [(["UKR"], 30, ["air"])]),
    ("Putin said he would look at a Ukrainian proposal to halt strikes on civilian targets.",
     [(["UKR"], None, ["air"])]),
])
def test_a_pause_of_strikes_on_civilian_targets_is_air(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Ukraine proposed a ceasefire that stops attacks on civilians and critical infrastructure.",
    "Ukraine proposed a full ceasefire, including a halt to strikes on civilian sites.",
])
def test_a_full_ceasefire_that_spares_civilians_stays_full(text):
    assert read(text) == [(["UKR"], None, ["full"])]


# -- both sides giving strikes up ------------------------------------------------------------------

def test_both_sides_giving_up_strikes_is_a_truce():
    assert read("Zelensky proposed that both countries give up missile strikes on civilian "
                "infrastructure for at least 30 days.") == [(["UKR"], 30, ["air"])]


def test_both_sides_refraining_from_strikes_is_a_truce():
    assert read("Poland suggested that both sides refrain from attacks on power plants for a month.") == [
        (["POL"], 30, ["energy_infrastructure"])]


@pytest.mark.parametrize("text", [
    "Both sides give details of strikes every day, the monitors said.",
    "Both sides agreed to a prisoner swap and to give up the bodies of soldiers killed in attacks.",
    "Kyiv and Moscow agreed to hold talks about talks in Geneva next month.",
    "Ukraine asked Russia to open a humanitarian corridor for the wounded.",
    "Ukraine demanded that Russia withdraw its troops from the occupied regions.",
])
def test_near_misses_give_no_ceasefire(text):
    assert facts(text) == []


# -- readiness for a truce, with no proposal of another's named, is an offer -------------------------

@pytest.mark.parametrize("text, expected", [
    ("She said Moldova remained ready for a complete and unconditional ceasefire as a first step.",
     [(["MDA"], None, ["full"])]),
    ("The Kremlin said Russia was ready for an immediate ceasefire along the front line.",
     [(["RUS"], None, ["full"])]),
])
def test_readiness_for_a_truce_is_an_offer(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "If the Russians are ready for an energy ceasefire, Kyiv will be too, the minister said.",
    "Reporters asked whether Russia was ready for a ceasefire.",
    "Ukraine is ready for talks on a ceasefire, the foreign minister said.",
    "Ukraine is ready for a prisoner swap, officials said.",
    "Russia is ready for a humanitarian corridor out of the city, officials said.",
    "Ukraine is ready for negotiations once Russia withdraws its troops.",
])
def test_readiness_near_misses_give_no_offer(text):
    assert facts(text) == []


def test_readiness_to_accept_anothers_proposal_is_no_offer():
    found = facts("Ukraine said it was ready to accept the American proposal for a 30-day ceasefire.")
    assert [sorted(f.proposers) for f in found] == [["USA"]]


# -- a proposal noun, then "by"/"from", then the actor: the actor's proposal of the truce ------------

@pytest.mark.parametrize("text, expected", [
    ("Russia dismissed an appeal by the UN for a four-day truce.", [(["UN"], 4, ["full"])]),
    ("Moscow turned down a proposal by Turkey for a one-month pause in the fighting.", [(["TUR"], 30, ["full"])]),
    ("Kyiv welcomed an offer from Turkey for a truce at sea.", [(["TUR"], None, ["sea"])]),
])
def test_a_proposal_by_an_actor_is_its_proposal(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "A plan by Germany for talks on a ceasefire was discussed.",
    "An offer by Turkey to host talks about a ceasefire was welcomed.",
    "An offer from Turkey to host talks about a ceasefire was welcomed.",
    "An appeal by Ukraine for a humanitarian corridor from Mariupol went unanswered.",
    "A proposal by Ukraine for a prisoner swap was accepted by Russia.",
])
def test_a_proposal_by_an_actor_of_something_else_is_no_truce(text):
    assert facts(text) == []


# -- "the proposal would freeze the fighting under a ceasefire": the owner named just before -------

@pytest.mark.parametrize("text, expected", [
    ("Kyiv rejected a central part of the Trump administration's peace proposal on Tuesday.\n\n"
     "According to diplomats, the proposal would freeze the fighting along the front line under a ceasefire.",
     [(["USA"], None, ["full"])]),
    ("Zelensky criticised Brazil's peace plan. The plan calls for an immediate ceasefire.", [(["BRA"], None, ["full"])]),
    ("At the centre of the row is a plan Brazil presented to officials in Rome last week.\n\n"
     "According to people who saw it, the proposal would freeze the fighting under a ceasefire.",
     [(["BRA"], None, ["full"])]),
])
def test_the_proposal_is_the_one_whose_owner_was_just_named(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Zelensky criticised Brazil's peace plan. The plan calls for talks on a ceasefire.",
    "Zelensky criticised Brazil's peace plan. The plan calls for a prisoner swap and a humanitarian corridor.",
    "Officials discussed a plan that Ukraine rejected. The plan calls for an immediate ceasefire.",
    "Zelensky criticised Brazil's peace plan. The plan demands that Russia withdraw its troops.",
])
def test_the_proposal_without_an_owner_or_truce_gives_none(text):
    assert facts(text) == []
