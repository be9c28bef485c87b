"""Third-session coalition classes, on made-up text: several coalitions in one sentence, each
with its own leads; an anaphor subject that keeps the coalition it refers to; sizes raised to a
number or given by a format's name; capability coalitions named in other word orders."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> dict[str, tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return {f.name: (f.leads, f.size) for f in result.facts if f.kind == "coalition"}


@pytest.mark.parametrize("text", [
    "Air defence is coordinated through the air defence coalition, led by Germany and France, while Estonia and "
    "Luxembourg lead the IT coalition and Lithuania and Iceland lead the demining coalition.",
    "Germany and France lead the air defence coalition; the IT coalition is led by Estonia and Luxembourg, and "
    "the demining coalition by Lithuania and Iceland.",
])
def test_several_coalitions_in_one_sentence_keep_their_own_leads(text):
    found = coalitions(text)
    assert found["capability coalition for integrated air and missile defence"][0] == ["DEU", "FRA"]
    assert found["IT coalition"][0] == ["EST", "LUX"]


def test_an_anaphor_subject_keeps_its_coalition_over_a_forum_named_as_a_place():
    found = coalitions("The drone coalition met in Riga on Monday.\n\nThe coalition was set up within the "
                       "Ukraine Defense Contact Group and is co-led by Latvia and the United Kingdom.")
    assert found["Drone Coalition for Ukraine"][0] == ["LVA", "GBR"]
    assert "Ukraine Defense Contact Group" not in found


@pytest.mark.parametrize("text", [
    "The drone coalition admitted two new members, bringing the number of participating states to 20.",
    "The drone coalition admitted Belgium, taking its membership to 20.",
])
def test_a_size_raised_to_a_number(text):
    assert coalitions(text)["Drone Coalition for Ukraine"][1] == 20


@pytest.mark.parametrize("text, name, size", [
    ("Inside the Weimar triangle the split is just as visible.", "Weimar triangle", 3),
    ("The leaders of the Nordic-Baltic Eight issued a joint statement on Saturday.", "Nordic-Baltic Eight", 8),
    ("Ministers of the Bucharest Nine met in Warsaw.", "Bucharest Nine", 9),
])
def test_a_format_whose_name_gives_its_size(text, name, size):
    assert coalitions(text)[name][1] == size


@pytest.mark.parametrize("text", [
    "Sweden has also joined the capability coalition for electronic warfare and now co-chairs it with Germany.",
    "Sweden co-leads the electronic warfare coalition with Germany.",
])
def test_a_capability_coalition_in_either_word_order_and_its_co_chairs(text):
    assert set(coalitions(text)["electronic warfare capability coalition"][0]) == {"SWE", "DEU"}


def test_an_anaphor_goes_to_the_name_its_noun_names():
    found = coalitions("After a summit of the coalition of the willing, Macron moved the planned Multinational "
                       "Force Ukraine towards force generation. The coalition, co-chaired by France and the UK, "
                       "now has 35 members.")
    assert found["coalition of the willing"] == (["FRA", "GBR"], 35)


def test_the_coalition_of_the_resolute_is_the_coalition_of_the_willing():
    found = coalitions("In Kyiv the group is known as the coalition of the resolute, led by the United Kingdom "
                       "and France.")
    assert found["coalition of the willing"][0] == ["GBR", "FRA"]


@pytest.mark.parametrize("text, name, leads", [
    ("Denmark and the Netherlands lead the coalition of countries training Ukrainian pilots on F-16s.",
     "Air Force Capability Coalition", ["DNK", "NLD"]),
    ("The coalition for armoured vehicles, co-led by Poland and Germany, pledged more tanks.",
     "armoured vehicles coalition", ["POL", "DEU"]),
])
def test_a_coalition_named_by_what_it_does(text, name, leads):
    assert coalitions(text)[name][0] == leads


def test_a_coalition_named_by_what_it_does_beside_a_named_one():
    found = coalitions("The pact confirmed Portugal's place in the coalition helping Ukraine field F-16 fighter jets, "
                       "led by Denmark and the Netherlands, and in the maritime capability coalition led by Britain "
                       "and Norway.")
    assert found["Air Force Capability Coalition"][0] == ["DNK", "NLD"]
    assert found["Maritime Capability Coalition for Ukraine"][0] == ["GBR", "NOR"]


def test_a_co_lead_with_the_partner():
    assert coalitions("Latvia co-leads the drone coalition with the UK.")["Drone Coalition for Ukraine"][0] == ["LVA", "GBR"]


@pytest.mark.parametrize("text, size", [
    ("The Joint Expeditionary Force, a UK-led group of ten northern European nations, met in Oslo.", 10),
    ("The drone coalition, led by Latvia, now counts 18 participating states.", 18),
])
def test_a_size_with_modifiers_before_the_noun(text, size):
    assert next(iter(coalitions(text).values()))[1] == size


def test_money_to_partner_countries_is_no_size():
    assert coalitions("The drone coalition, led by Latvia, paid 20 billion euros to partner countries.")[
        "Drone Coalition for Ukraine"][1] is None


def test_the_group_that_acts_is_no_size_of_the_coalition_it_contributes_to():
    found = coalitions("The two governments presented the purchase as a contribution to the tank coalition.")
    assert "armoured vehicles coalition" not in found


def test_a_coalition_opening_the_sentence_with_its_size():
    assert coalitions("The drone coalition of 18 countries is led by Latvia.")["Drone Coalition for Ukraine"] == (["LVA"], 18)
