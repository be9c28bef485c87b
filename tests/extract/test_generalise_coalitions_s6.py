"""Sixth-session coalition classes, on made-up sentences: leads in a relative clause after them
("France and Britain, which lead the coalition,"), and a coalition named by what it does with its
count ("a coalition of nine countries would send tanks")."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.name, f.leads, f.size) for f in result.facts if f.kind == "coalition"]


# -- leads in a relative clause ----------------------------------------------------------------------

@pytest.mark.parametrize("relative", ["which lead the coalition", "who lead the coalition"])
def test_leads_before_a_relative_clause_that_says_they_lead(relative):
    text = ("Ministers of the coalition of the willing met in Rome on Friday. Sweden and Finland, "
            f"{relative}, said they would send planners.")
    assert coalitions(text) == [("coalition of the willing", ["SWE", "FIN"], None)]


def test_a_relative_clause_that_says_they_joined_names_no_lead():
    text = ("Ministers of the coalition of the willing met in Rome on Friday. Spain and Italy, which joined "
            "the coalition in March, sent ministers.")
    # the coalition itself is a fact since adjudication 26 (named coalitions always recorded); the
    # states that joined it are still no leads
    assert coalitions(text) == [("coalition of the willing", [], None)]


# -- a coalition named by what it does, with its count ------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The minister said a coalition of nine countries would send between 40 and 60 tanks to Ukraine.",
     [("tank coalition", [], 9)]),
    ("The minister said a coalition of eleven nations would supply drones to Ukraine this year.",
     [("Drone Coalition for Ukraine", [], 11)]),
])
def test_a_counted_coalition_named_by_its_capability(text, expected):
    assert coalitions(text) == expected


def test_a_counted_coalition_with_no_capability_is_no_fact():
    assert coalitions("The minister said a coalition of nine countries backed the peace plan.") == []
