"""Truces named without the word "ceasefire" and proposers read from the clause: made-up
sentences, one general wording each."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def ceasefires(text: str) -> list[dict]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f.model_dump() for f in result.facts if f.kind == "ceasefire"]


def test_both_sides_stopping_strikes_proposed_by_a_participle_clause():
    found = ceasefires("Zelensky went further on Sunday, proposing that both sides stop long-range drone and "
                       "missile strikes on civilian infrastructure for at least 30 days.")
    assert [(f["proposers"], f["duration_days"], f["scope"]) for f in found] == [(["UKR"], 30, ["air"])]


def test_stopping_attacks_without_both_sides_is_no_truce():
    assert ceasefires("Germany will send air defence to stop drone attacks on Kyiv.") == []


def test_a_city_after_at_the_is_a_place_not_a_proposer():
    found = ceasefires("The 30-day ceasefire that Ukraine accepted at the Jeddah talks remains on the table.")
    assert all("SAU" not in f["proposers"] for f in found)
