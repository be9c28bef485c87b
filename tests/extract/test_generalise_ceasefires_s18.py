"""Eighteenth session, rules written from the ceasefire batch t361-t390: a truce in an article that names
neither warring side is another war's; readiness with terms told through a reporting aside or after a
colon ("Kyiv, he said, stood ready to support…", "Kyiv's answer was plain: we are ready for…"); "presented
a 30-day ceasefire proposal"; a proposal noun with "of" and its owner ("the call of President … Trump
for a 30-day ceasefire"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def facts(text: str, kind: str = "ceasefire") -> list[dict]:
    return [f.model_dump() for f in extract(Article(text=text, source="test")).facts if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Chad's army and the rebel coalition agreed to a nationwide truce of 48 hours, the African Union said.",
        "Armenia and Azerbaijan agreed a 72-hour ceasefire after talks mediated by the United States.",
        "Trump wrote that a ceasefire had been reached after talks mediated by the United States. Pakistan denied "
        "breaking the truce on Sunday.",
    ],
)
def test_a_truce_of_another_war_is_no_fact(text):
    assert facts(text) == []


def test_a_place_or_host_in_another_country_leaves_the_truce():
    [fact] = facts("At talks hosted by Egypt in Cairo, Brazil proposed a 20-day ceasefire.")
    assert fact["proposers"] == ["BRA"]


def test_the_same_truce_naming_a_warring_side_stays():
    [fact] = facts("Russia and Ukraine agreed a 72-hour ceasefire after talks mediated by the United States.")
    assert fact["duration_days"] == 3


@pytest.mark.parametrize(
    "sentence, proposer",
    [
        ("Kyiv, she said, stood ready to support a full ceasefire of at least 30 days.", "UKR"),
        ("Ukraine was ready to support a complete ceasefire of 30 days from Monday.", "UKR"),
        ("Moscow's reply was short: we are ready for a 30-day truce in the air.", "RUS"),
        ("Ukraine's negotiators presented a 30-day ceasefire proposal at the start of the meeting.", "UKR"),
    ],
)
def test_readiness_and_presenting_with_terms_propose(sentence, proposer):
    [fact] = facts(sentence)
    assert fact["proposers"] == [proposer]
    assert fact["duration_days"] == 30


def test_a_question_of_readiness_is_no_offer():
    for fact in facts("Kyiv, he said, asked whether Moscow was ready for a 30-day ceasefire."):
        assert not {"RUS", "UKR"} & set(fact["proposers"])


def test_a_reporting_aside_must_be_only_reporting_words():
    # the words between the commas are an aside about Kyiv's talks, not "he said": no offer read through it
    for fact in facts("Kyiv, after the talks with Washington ended, stood ready to support a 30-day ceasefire."):
        assert "UKR" not in fact["proposers"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyiv welcomed the call of President of the United States Donald Trump for an unconditional ceasefire of "
        "30 days.",
        "Ukraine accepted the proposal of the United States for a full ceasefire for 30 days.",
    ],
)
def test_a_proposal_of_an_actor_is_its_own(sentence):
    [fact] = facts(sentence)
    assert fact["proposers"] == ["USA"]
    assert {"actor": "UKR", "response": "accepted"} in fact["responses"]


def test_a_proposal_of_talks_gives_no_truce_proposer():
    for fact in facts("Kyiv welcomed the proposal of President Recep Tayyip Erdogan for talks on a ceasefire."):
        assert "TUR" not in fact["proposers"]
