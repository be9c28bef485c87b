"""Eighth-session coalition classes (adjudication 26), on made-up sentences: a coalition named by a
name of its own is a fact wherever mentioned, with leads only when given; a plural ("the artillery
and demining capability coalitions") names one coalition for each capability; a party coalition at
home ("the ruling coalition", "coalition partners") is no coalition of states and nothing refers back
to a named one from it; a forum that is no coalition by its name (the contact group) stays out
without leads or a count."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> list[tuple[str, list[str]]]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.name, f.leads) for f in result.facts if f.kind == "coalition"]


@pytest.mark.parametrize("text, expected", [
    ("Norway is also signing up to the artillery coalition set up within the Ukraine Defence Contact Group.",
     [("artillery coalition", []), ("Ukraine Defense Contact Group", [])]),  # decision 29 added the contact group
    ("The minister spoke a week after the summit of the coalition of the willing in Rome.",
     [("coalition of the willing", [])]),
    ("Portugal's contribution goes to the air defence coalition.", [("capability coalition for integrated air and missile defence", [])]),
    ("If every member of the Ramstein coalition gave a quarter of a per cent of its output, Kyiv would be safe.",
     [("Ukraine Defense Contact Group", [])]),
])
def test_a_named_coalition_mentioned_in_passing_is_a_fact(text, expected):
    assert coalitions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Austria belongs to the demining and drone capability coalitions of the contact group.",
     [("Demining Capability Coalition for Ukraine", []), ("Drone Coalition for Ukraine", [])]),
    ("The rest of the money is set aside for the artillery, demining and IT coalitions.",
     [("artillery coalition", []), ("Demining Capability Coalition for Ukraine", []), ("IT coalition", [])]),
])
def test_a_plural_names_each_capabilitys_coalition(text, expected):
    assert sorted(coalitions(text)) == sorted(expected)


@pytest.mark.parametrize("text", [
    "Malta sits on several capability coalitions set up by the allies.",
    "The money will go to the new coalitions that organise deliveries.",
])
def test_an_unnamed_plural_or_a_forum_in_passing_is_no_fact(text):
    assert coalitions(text) == []


def test_the_contact_group_named_in_passing_is_a_fact():
    # decision 29 (second pass): this sentence was asserted to give no fact before it
    assert coalitions("Estonia told the Ukraine Defence Contact Group it would give more.") == [("Ukraine Defense Contact Group", [])]


@pytest.mark.parametrize("text, expected", [
    ("The drone coalition met in Riga on Monday. In Berlin, the coalition partners agreed that Germany will lead "
     "the talks.", [("Drone Coalition for Ukraine", [], None)]),
    ("The coalition of the willing met in Paris. At home, the coalition of Social Democrats and Greens said Germany "
     "would lead the debate.", [("coalition of the willing", [], None)]),
    ("The demining coalition met in Vilnius. The coalition government said 14 countries would take part.",
     [("Demining Capability Coalition for Ukraine", [], None)]),
    ("The IT coalition met in Tallinn. Back in Riga, the coalition talks collapsed and Latvia will lead nothing.",
     [("IT coalition", [], None)]),
])
def test_a_party_coalition_at_home_is_not_referred_back_to(text, expected):
    # "the coalition" of a government at home is not the security coalition just named: its
    # leaders and numbers are not that coalition's
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    assert [(f.name, f.leads, f.size) for f in result.facts if f.kind == "coalition"] == expected
