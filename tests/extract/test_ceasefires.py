"""Ceasefire rules, each on short sentences written for the test."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def ceasefires(text: str) -> list[dict]:
    result = extract(Article(text=text, source="test"))
    return [f.model_dump() for f in result.facts if f.kind == "ceasefire"]


def answers(fact: dict) -> dict:
    return {r["actor"]: r["response"] for r in fact["responses"]}


@pytest.mark.parametrize(
    "sentence, proposer, days",
    [
        ("Washington proposed a 72-hour truce for the holiday.", "USA", 3),
        ("A US-brokered three-day ceasefire came into force on Monday.", "USA", 3),
        ("Turkey's 14-day truce plan was discussed in Ankara.", "TUR", 14),
        ("Ukraine accepted an American plan for a two-week halt to the fighting.", "USA", 14),
        ("The truce put forward by Berlin would last for 10 days.", "DEU", 10),
        # decision 1: a truce in hours has a length in days only when 24 divides the hours; 30 hours has none
        ("Vladimir Putin declared a 30-hour truce over the holiday weekend.", "RUS", None),
    ],
)
def test_proposer_and_duration(sentence, proposer, days):
    [fact] = ceasefires(sentence)
    assert proposer in fact["proposers"]
    assert fact["duration_days"] == days


def test_unqualified_truce_is_full_and_domains_are_read():
    [full] = ceasefires("Germany proposed a one-month ceasefire.")
    assert full["scope"] == ["full"]
    [partial] = ceasefires("Paris floated a two-week truce in the air and at sea, leaving the land war aside.")
    assert partial["proposers"] == ["FRA"]
    assert set(partial["scope"]) == {"air", "sea"}


def test_two_proposals_in_one_sentence_stay_apart():
    facts = ceasefires(
        "Moscow agreed to stop attacks on energy facilities for 30 days after a phone call with Donald Trump, "
        "but rejected the full 30-day ceasefire that Washington had proposed."
    )
    by_scope = {tuple(f["scope"]): f for f in facts}
    assert set(by_scope) == {("energy_infrastructure",), ("full",)}
    assert all(f["proposers"] == ["USA"] and f["duration_days"] == 30 for f in facts)
    assert answers(by_scope[("energy_infrastructure",)])["RUS"] == "accepted"
    assert answers(by_scope[("full",)])["RUS"] == "rejected"
    assert by_scope[("full",)]["status"] == "rejected"


def test_repeated_mentions_are_one_proposal_and_headline_joins_it():
    text = (
        "Kyiv backs 14-day truce plan\n\n"
        "Ukraine on Friday accepted a Turkish proposal for a 14-day ceasefire.\n\n"
        "Ankara said the 14-day truce would start at noon."
    )
    [fact] = ceasefires(text)
    assert fact["proposers"] == ["TUR"]
    assert answers(fact) == {"UKR": "accepted"}


def test_a_truce_that_is_only_a_condition_is_no_proposal():
    assert ceasefires("Spain said it would send engineers to Ukraine after a ceasefire.") == []
    assert ceasefires("Norway would consider a role once there was a ceasefire.") == []
    assert ceasefires("Three truces have collapsed since the spring.") == []


def test_third_party_announcing_what_both_sides_agreed_is_the_broker():
    [fact] = ceasefires("Russia and Ukraine both agreed to a halt to naval attacks, the Turkish foreign ministry said.")
    assert fact["proposers"] == ["TUR"]
    assert fact["scope"] == ["sea"]


def test_later_sentences_of_the_paragraph_add_answers_and_status():
    [fact] = ceasefires("Helsinki proposed a ten-day ceasefire at sea. Moscow dismissed it. Status: violated.")
    assert answers(fact) == {"RUS": "rejected"}
    assert fact["status"] == "violated"


def test_support_with_conditions_is_conditional():
    text = (
        "Norway proposed a five-day ceasefire on Monday.\n\n"
        "Russia said it supported the idea in principle but demanded guarantees first."
    )
    [fact] = ceasefires(text)
    assert answers(fact) == {"RUS": "conditional"}


def test_a_modal_call_for_a_ceasefire_is_no_proposal():
    assert ceasefires("Hungary argued that the EU should be pushing for a ceasefire.") == []


def test_a_proposal_named_later_in_the_article_by_its_owner():
    text = (
        "Diplomats met again on the ceasefire on Monday.\n\n"
        "Washington's 45-day plan would freeze the fighting on land. Moscow rejected it."
    )
    [fact] = ceasefires(text)
    assert fact["proposers"] == ["USA"]
    assert fact["duration_days"] == 45
    assert answers(fact) == {"RUS": "rejected"}


def test_joined_proposers_after_put_forward_by():
    [fact] = ceasefires("Russia dismissed the 20-day truce put forward by Kyiv and Washington at the talks.")
    assert fact["proposers"] == ["UKR", "USA"]
    assert answers(fact) == {"RUS": "rejected"}
