"""Ninth-session stances on objects the target vocabulary does not name, on made-up sentences: a
door-closing or impracticality cue is opposition, a supply promised only in coordination with allies
is conditional, candidacy and candidate status are EU membership, an oil or gas embargo is a
sanctions measure, and a stance cue whose object is a supply verb ("ruled out sending X", "backed
handing over X") is a position on that supply whatever X is called. Precision: a welcome of aid is
no stance (decision 14), Kyiv backing a supply to itself is no news, "as opposed to" is no cue,
and forces sent are a participation, not a supply stance."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


@pytest.mark.parametrize("text, expected", [
    # door-closing family: the negative of "left the door open"
    ("The Spanish government has shut the door on the tank deliveries.", ("ESP", "oppose")),
    ("German Chancellor Olaf Scholz closed the door on the jets for Kyiv.", ("DEU", "oppose")),
    # impracticality family: a refusal given as a practical reason
    ("Canada said it would not be practical to send its jets to Kyiv.", ("CAN", "oppose")),
    # a supply only in coordination with allies: a stated condition
    ("Portugal would hand over its planes only in close coordination with its allies.", ("PRT", "conditional")),
    # candidacy and candidate status are the EU membership target
    ("Ireland backs Ukraine's candidacy.", ("IRL", "support")),
    ("Croatia supported granting candidate status to Kyiv.", ("HRV", "support")),
])
def test_new_cue_and_object_families(text, expected):
    assert expected in stances(text)


def test_a_withdrawn_objection_to_an_embargo_is_support_of_the_sanctions():
    text = "The Commission proposed an oil embargo.\n\nBulgaria dropped its objection."
    assert ("BGR", "support") in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Finland ruled out sending its Hornets to Ukraine.", ("FIN", "oppose")),
    ("Slovenia endorsed lending its Hawks to the Ukrainians.", ("SVN", "support")),
    ("Estonia objected to shipping Eurofighters.", ("EST", "oppose")),
    ("Belgium did not rule out supplying them.", ("BEL", "open")),
])
def test_a_supply_verb_as_the_cues_object_is_a_stance_on_that_supply(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text", [
    "Kyiv welcomed the new aid package from Canada.",  # decision 14: a thanks
    "Zelensky backed sending Eurofighters to Ukraine.",  # Ukraine asking for aid: no news
    "Selling Kyiv its weapons, as opposed to giving them, was popular in Washington.",  # a contrast
    "Putin rejected handing back the occupied land.",  # a return, no supply
])
def test_no_supply_or_aid_stance(text):
    found = stances(text)
    assert not any(value == "support" for actor, value in found if actor == "UKR"), found
    assert not any(actor == "RUS" for actor, _ in found if "land" in text), found
    assert "opposed to giving" not in text or not found, found


def test_forces_sent_are_a_participation_not_a_supply_stance():
    result = extract(Article(text="Headline\n\n" + WAR + "Rome remains opposed to sending Italian soldiers to Ukraine.",
                             source="test"))
    assert not [f for f in result.facts if f.kind == "stance" and f.actor == "ITA"]


@pytest.mark.parametrize("text, expected", [
    # a supply restricted by a condition after "would/will only <supply verb>"
    ("Norway would only send its Leopards if the Americans sent theirs.", ("NOR", "conditional")),
    ("Sweden will only deliver its Archers once the allies agree.", ("SWE", "conditional")),
    # "not on the table" is the refusal "off the table" says
    ("Romania said sending its jets was not on the table.", ("ROU", "oppose")),
])
def test_split_condition_and_not_on_the_table(text, expected):
    assert expected in stances(text)


def test_only_restricting_the_thing_is_no_condition():
    found = stances("Italy will only supply spare parts for the vehicles.")
    assert ("ITA", "conditional") not in found


@pytest.mark.parametrize("text, expected", [
    # a leader's own objection withdrawn ("his", "her") is the state's support of the measure
    ("The Council drafted a gas embargo.\n\nAustria's chancellor dropped his objection.", ("AUT", "support")),
    # "…, but only in coordination with allies": the condition restricts the thing named before it
    ("Lisbon would lend its warplanes, but only in close coordination with its partners.", ("PRT", "conditional")),
    # a supply gerund before a linking word is the judged thing
    ("Swedish officials said transferring Eurofighters to Kyiv would be a mistake.", ("SWE", "oppose")),
    # "nothing is excluded / ruled out / off the table" is openness, its object after a lead-up
    ("Belgium said nothing was ruled out, including more jets.", ("BEL", "open")),
    ("Denmark said nothing is off the table when it comes to jets.", ("DNK", "open")),
])
def test_withdrawn_leader_objection_restricted_only_and_hedges(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # a contact with Russia's leadership as the cue's object is a position on that contact
    ("Latvia criticised Macron for phoning Putin.", ("LVA", "oppose")),
    ("Slovakia backed talking to the Kremlin.", ("SVK", "support")),
])
def test_a_contact_with_russias_leadership_is_a_stance(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text", [
    "Lithuania said phoning Putin was a mistake.",  # Putin, named inside the thing, holds nothing
    "Finland welcomed the meeting with Moscow's envoy.",  # a noun, no contact gerund
])
def test_the_counterpart_of_a_contact_holds_nothing(text):
    assert not any(actor == "RUS" for actor, _ in stances(text))


@pytest.mark.parametrize("text, expected", [
    ("Austria said sending Eurofighters was out of the question.", ("AUT", "oppose")),
    # decision 9: "not out of the question" is open
    ("Norway said sending its Hawks was not out of the question.", ("NOR", "open")),
])
def test_out_of_the_question(text, expected):
    found = stances(text)
    assert expected in found and len({v for a, v in found if a == expected[0]}) == 1, found
