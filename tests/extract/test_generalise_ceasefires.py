"""Truces brokered by a third party and named without the word "ceasefire": made-up
sentences, one general wording each."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def ceasefires(text: str) -> list[dict]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f.model_dump() for f in result.facts if f.kind == "ceasefire"]


def test_both_sides_named_by_a_reporting_third_party_make_it_the_broker():
    found = ceasefires("The United States said on Tuesday that Russia and Ukraine had agreed to stop "
                       "military action in the Black Sea.")
    assert [(f["proposers"], f["scope"]) for f in found] == [(["USA"], ["sea"])]


@pytest.mark.parametrize(
    "text, proposer, scope",
    [
        ("Under a US-mediated agreement, both sides pledged to refrain from strikes on each other's power plants.",
         "USA", "energy_infrastructure"),
        ("Talks hosted by Turkey ended with both sides promising to suspend attacks on merchant shipping.",
         "TUR", "sea"),
    ],
)
def test_a_pledge_to_refrain_from_strikes_is_a_truce(text, proposer, scope):
    found = ceasefires(text)
    assert len(found) == 1
    assert found[0]["proposers"] == [proposer] and scope in found[0]["scope"]


def test_answers_in_other_words():
    found = ceasefires("Turkey brokered an arrangement under which Russia and Ukraine would stop attacking ships "
                       "in the Black Sea. Moscow set conditions for the deal. Ukraine welcomed the arrangement.")
    assert len(found) == 1
    answers = {r["actor"]: r["response"] for r in found[0]["responses"]}
    assert answers == {"RUS": "conditional", "UKR": "accepted"}


def test_an_accusation_of_breaking_it_marks_it_violated():
    found = ceasefires("Washington announced a 30-day halt to strikes on energy infrastructure. "
                       "Within days Kyiv accused Moscow of violating the moratorium.")
    assert [f["status"] for f in found] == ["violated"]


def test_both_sides_stopping_strikes_proposed_by_a_participle_clause():
    found = ceasefires("Zelensky went further on Sunday, proposing that both sides stop long-range drone and "
                       "missile strikes on civilian infrastructure for at least 30 days.")
    assert [(f["proposers"], f["duration_days"], f["scope"]) for f in found] == [(["UKR"], 30, ["air"])]


def test_stopping_attacks_without_both_sides_is_no_truce():
    assert ceasefires("Germany will send air defence to stop drone attacks on Kyiv.") == []


def test_a_city_after_at_the_is_a_place_not_a_proposer():
    found = ceasefires("The 30-day ceasefire that Ukraine accepted at the Jeddah talks remains on the table.")
    assert all("SAU" not in f["proposers"] for f in found)
