"""Fourth-session ceasefire classes, on made-up sentences: zones and corridors named without a truce
word, ultimatums whose days are a deadline, references back to an old truce, and the people a
proposal is written to."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def facts(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == "ceasefire"]


def ceasefires(text: str) -> list[tuple]:
    return [(sorted(f.proposers), f.duration_days, f.scope) for f in facts(text)]


# -- zones and corridors ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The UN secretary-general called on Monday for a demilitarised zone around the dam.", (["UN"], None, ["land"])),
    ("Turkey proposed a humanitarian corridor to let civilians leave the besieged city.", (["TUR"], None, ["land"])),
    ("The Turkish-brokered Black Sea grain deal let bulk carriers leave Odesa for a year.", (["TUR"], None, ["sea"])),
    ("France called for a safety and security zone around the nuclear plant.", (["FRA"], None, ["land"])),
    ("Ankara proposed a safety zone for ships in the Black Sea.", (["TUR"], None, ["sea"])),
])
def test_a_zone_or_corridor_someone_calls_for_is_a_truce_like_proposal(text, expected):
    assert ceasefires(text) == [expected]


@pytest.mark.parametrize("text", [
    "Exports through the grain corridor rose 5% in May, traders said.",
    "Grain shipments through the humanitarian corridor resumed on Monday.",
    "The government proposed a new rail corridor to the Polish border.",
    "Poland announced a special economic zone for drone makers near Rzeszow.",
    "Officials said the zone would be closed to traffic during the summit.",
    "The ministry said the corridor would carry more lorries after the road was widened.",
    "Warsaw proposed a grain deal with Kyiv to end the import ban on Ukrainian wheat.",
    "Putin ordered the army to create a security zone along the border with Ukraine.",
    "Moscow proposed a buffer zone inside Ukrainian territory to protect Belgorod.",
])
def test_a_corridor_or_zone_no_one_proposes_is_no_truce(text):
    assert ceasefires(text) == []


def test_a_bare_corridor_refers_to_the_arrangement_the_article_names():
    text = ("The grain corridor has carried 30 million tonnes since last summer.\n\n"
            "Zelensky wrote to Erdogan proposing that the corridor keep operating without Russia.")
    assert ceasefires(text) == [(["UKR"], None, ["sea"])]


@pytest.mark.parametrize("text", [
    "Zelensky wrote to Erdogan and Guterres proposing a humanitarian corridor from the city.",
    "Zelensky sent a letter to the UN and Turkey proposing a humanitarian corridor from the city.",
])
def test_those_a_proposal_is_written_to_are_no_proposers(text):
    assert ceasefires(text) == [(["UKR"], None, ["land"])]


def test_a_zone_and_a_ceasefire_of_one_proposer_are_two_proposals():
    found = ceasefires("The UN called for a 30-day ceasefire on Monday.\n\n"
                       "The UN also called for a protection zone around the plant.")
    assert sorted(found, key=str) == sorted([(["UN"], 30, ["full"]), (["UN"], None, ["land"])], key=str)


def test_a_hanging_hyphen_names_both_brokers():
    found = ceasefires("The UN- and Turkish-brokered grain initiative expired on Monday.")
    assert found == [(["TUR", "UN"], None, ["sea"])]


def test_leaving_an_arrangement_rejects_it():
    (found,) = facts("Russia has ended its participation in the grain initiative brokered by Turkey.")
    assert found.proposers == ["TUR"]
    assert {(r.actor, r.response) for r in found.responses} == {("RUS", "rejected")}


# -- ultimatums ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Trump has given Putin 50 days to agree a ceasefire or face sanctions.", (["USA"], None, ["full"])),
    ("The EU gave Moscow two weeks to accept a 30-day ceasefire.", (["EU"], 30, ["full"])),
    ("Erdogan set Russia and Ukraine ten days to reach a truce in the Black Sea.", (["TUR"], None, ["sea"])),
])
def test_an_ultimatum_proposes_a_truce_and_its_days_are_a_deadline(text, expected):
    assert ceasefires(text) == [expected]


def test_the_one_given_a_deadline_does_not_answer_it():
    (found,) = facts("Trump gave Putin 50 days to accept a ceasefire.")
    assert all(r.actor != "RUS" for r in found.responses)


def test_days_given_with_no_one_giving_them_are_no_duration():
    assert all(f[1] != 50 for f in ceasefires("Russia was given 50 days to agree a ceasefire."))


# -- references back to an old truce -------------------------------------------------------------

def test_an_old_truce_told_again_is_no_new_proposal():
    found = ceasefires("Trump has given Putin 50 days to agree a ceasefire.\n\n"
                       "Ukraine accepted an unconditional 30-day ceasefire in March and remains ready for one.")
    assert found == [(["USA"], None, ["full"])]


@pytest.mark.parametrize("old", [
    "Both sides said they would honour the 30-day halt on strikes on energy facilities agreed the previous week.",
    "Kyiv had accepted a 30-day energy truce last month.",
])
def test_an_old_truce_of_another_duration_joins_no_new_proposal(old):
    found = ceasefires("The United States proposed a Black Sea ceasefire on Tuesday.\n\n" + old)
    assert found == [(["USA"], None, ["sea"])]


def test_an_old_truce_of_the_same_duration_is_the_same_proposal():
    found = ceasefires("The United States proposed a 30-day ceasefire on Tuesday.\n\n"
                       "Ukraine accepted a 30-day ceasefire in March.")
    assert found == [(["USA"], 30, ["full"])]


def test_an_article_about_an_old_truce_alone_keeps_it():
    found = ceasefires("The 30-day energy moratorium agreed last month collapsed on Sunday.")
    assert [(f[1], f[2]) for f in found] == [(30, ["energy_infrastructure"])]


@pytest.mark.parametrize("text", [
    "Exports have shifted to Ukraine's own ports since Russia withdrew from the UN-brokered grain deal in July.",
    "Farmers lost money after Moscow quit the Turkish-brokered grain initiative last year.",
])
def test_an_arrangement_told_as_past_background_is_no_proposal(text):
    assert ceasefires(text) == []


# -- a truce word that modifies another noun ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Slovakia proposed ceasefire monitoring by the OSCE along the front.",
    "Austria offered ceasefire observers once the guns fall silent.",
    "Germany called for ceasefire verification by neutral states.",
])
def test_a_truce_word_before_monitoring_or_a_line_is_no_proposal(text):
    assert ceasefires(text) == []


def test_a_truce_proposal_next_to_monitoring_is_still_one():
    text = "France proposed a 30-day ceasefire, with monitoring by European officers."
    assert ceasefires(text) == [(["FRA"], 30, ["full"])]
