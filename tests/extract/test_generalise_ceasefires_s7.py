"""Seventh-session ceasefire classes, on made-up sentences: the place one travels to is no party and
the trip's purpose is the traveller's proposal; a demand whose object is the truce itself proposes
it; a plural truce that a proposal has as its object is a mention; terms set out and then given
after a dash or colon are the proposal of whoever set them out. Near misses stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts, proposers, read


# -- a trip: the destination is no party, the purpose is the traveller's ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("The prime ministers of the Netherlands and Belgium flew to Moscow on Monday to propose a 10-day ceasefire.",
     [(["BEL", "NLD"], 10, ["full"])]),
    ("Meloni travelled to Kyiv to demand an immediate truce of 14 days.",
     [(["ITA"], 14, ["full"])]),
    ("Spain and Portugal went to Ankara last week to demand, with Turkey, a ceasefire at sea.",
     [(["ESP", "PRT"], None, ["sea"])]),
])
def test_the_traveller_proposes_and_the_destination_does_not(text, expected):
    assert read(text) == expected


def test_a_visited_capital_is_no_proposer():
    assert read("Sweden's prime minister visited Moscow and proposed a 20-day truce in the air.") == [
        (["SWE"], 20, ["air"])]


# -- a demand whose object is the truce ---------------------------------------------------------------

def test_a_demand_for_the_truce_itself_is_a_proposal_not_a_condition():
    found = facts("Norway and Finland demanded a complete ceasefire of 60 days.")
    assert [(sorted(f.proposers), f.duration_days) for f in found] == [(["FIN", "NOR"], 60)]
    assert [r.actor for f in found for r in f.responses] == []


@pytest.mark.parametrize("text", [
    "Kyiv demanded security guarantees before any ceasefire.",
    "Latvia demanded reparations after the war.",
])
def test_a_demand_for_something_else_proposes_no_truce(text):
    assert all(sorted(f.proposers) != ["LVA"] and sorted(f.proposers) != ["UKR"] for f in facts(text))


# -- a plural truce proposed ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Kremlin once more put forward a proposal for brief truces of 24 to 48 hours to collect the dead.",
     [(["RUS"], 1, ["full"])]),
    ("Ukraine proposed local truces of three days around the dam.", [(["UKR"], 3, ["land"])]),
])
def test_a_plural_truce_that_is_proposed_is_a_mention(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "Four truces have collapsed since 2014, the monitors noted.",
    "The previous truces broke down within hours.",
    "Russia proposed the truces of the past again, the analyst said.",
])
def test_plural_truces_in_general_stay_none(text):
    assert facts(text) == []


# -- terms set out after a dash or a colon -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow had laid out its terms in June - a ceasefire once Kyiv quits the disputed regions.",
     [(["RUS"], None, ["full"])]),
    ("Warsaw outlined its plan: a 30-day truce in the air and at sea.",
     [(["POL"], 30, ["air", "sea"])]),
])
def test_terms_after_a_dash_or_colon_are_a_proposal(text, expected):
    assert read(text) == expected


def test_conditions_put_to_another_truce_stay_an_answer():
    # "the" after the mark: the truce already named, to which the conditions are an answer
    assert all(f.proposers != ["RUS"] for f in facts(
        "Moscow set out its conditions - the ceasefire would apply only once Kyiv stopped mobilising."))


# -- urging others to agree: the urger's call, not the urger's acceptance -------------------------------

@pytest.mark.parametrize("text, expected", [
    # decision 2: a bare call to agree a truce is the caller's stance, not a proposal (was [(["TUR"], None, ["full"])])
    ("Hosting the talks, Erdogan urged the two delegations to agree a ceasefire without delay.", []),
    ("Guterres urged both parties to accept a truce of 72 hours.", [(["UN"], 3, ["full"])]),
])
def test_urging_others_to_agree_a_truce_is_the_urgers_call(text, expected):
    found = facts(text)
    assert read(text) == expected
    assert [r.actor for f in found for r in f.responses if r.actor == expected[0][0][0]] == []


# -- a purpose clause names what a truce is for, not where it holds ------------------------------------

def test_corridors_in_a_purpose_clause_give_no_land_scope():
    assert read("The UN called for a three-day pause in the fighting, so that civilians could leave "
                "frontline towns through humanitarian corridors.") == [(["UN"], 3, ["full"])]


def test_corridors_only_in_a_purpose_clause_are_no_arrangement():
    assert facts("Guterres appealed for the guns to go quiet over Easter, so that families could leave "
                 "through evacuation corridors.") == []


def test_a_corridor_asked_for_directly_is_still_an_arrangement():
    assert read("The UN called for a humanitarian corridor from Mariupol.") == [(["UN"], None, ["land"])]


# -- a body's name names no domain; the passive agent of "negotiated by" brokered it ---------------------

def test_a_scope_word_inside_a_bodys_name_is_no_scope():
    assert read("A local truce negotiated by the International Atomic Energy Agency began on Monday "
                "around the reactor site.") == [(["UN"], None, ["land"])]


def test_the_atomic_agency_by_its_acronym_is_a_un_body():
    assert proposers("The IAEA proposed a local ceasefire so that engineers could repair the lines.") == [["UN"]]


# -- the host of the talks is no party ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("At a meeting hosted by Qatar, Britain proposed a 20-day ceasefire.", [(["GBR"], 20, ["full"])]),
    ("After talks chaired by Macron in Paris, Zelensky proposed a truce of 30 days.", [(["UKR"], 30, ["full"])]),
])
def test_the_host_of_the_talks_is_no_proposer(text, expected):
    assert read(text) == expected


def test_a_relative_clause_between_the_subject_and_its_verb_is_skipped():
    assert read("Austria, which has hosted several rounds of talks, called for a ceasefire at sea.") == [
        (["AUT"], None, ["sea"])]


# -- both sides called on to agree to a truce ------------------------------------------------------------

def test_both_sides_should_agree_to_a_truce_is_the_speakers_call():
    assert proposers("Lula said both sides should agree to an immediate ceasefire.") == [["BRA"]]


def test_both_sides_agreeing_to_talks_first_is_no_call_for_a_truce():
    assert facts("Lula said both sides should agree to talks before any ceasefire.") == []


# -- a state's office-holder or office proposes for the state -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Norway's foreign minister has proposed a 10-day truce.", [(["NOR"], 10, ["full"])]),
    ("Japan's special envoy called for a ceasefire at sea.", [(["JPN"], None, ["sea"])]),
    ("Erdogan's office proposed a truce in the air.", [(["TUR"], None, ["air"])]),
])
def test_a_states_office_holder_proposes_for_the_state(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norway's foreign minister said a ceasefire proposed by Kyiv was welcome.", [["UKR"]]),
    ("Norway's analysts proposed a truce.", []),
])
def test_a_voice_that_reports_another_or_no_state_voice_proposes_nothing_of_its_own(text, expected):
    assert proposers(text) == expected


# -- a participle after a joint plan or paper is the issuers' -------------------------------------------

def test_a_plan_issued_jointly_and_calling_for_a_truce_is_the_issuers():
    assert proposers("India and Indonesia issued a joint five-point plan calling for a ceasefire.") == [["IDN", "IND"]]


# -- a truce dated from one day to another -------------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("Moscow declared a truce from June 12 to June 14.", 3),
    ("Kyiv proposed a ceasefire from midnight on 3 March until midnight on 6 March.", 3),
    ("The UN called for a humanitarian pause from Friday, December 30, through Monday, January 2.", 4),
    ("Moscow declared a truce from June 12 to 14.", 3),
])
def test_a_truce_dated_from_one_day_to_another_lasts_those_days(text, days):
    assert [f.duration_days for f in facts(text)] == [days]


def test_dates_of_something_else_after_a_comma_give_no_duration():
    assert [f.duration_days for f in facts("Ukraine proposed a ceasefire, and the talks will run from "
                                           "June 12 to June 14.")] == [None]


# -- a participle with its agent after it is the agent's -------------------------------------------------

def test_the_one_accused_of_breaking_a_brokered_truce_is_no_proposer():
    assert proposers("Moscow accused Kyiv of breaking the energy truce brokered by Washington.") == [["USA"]]
