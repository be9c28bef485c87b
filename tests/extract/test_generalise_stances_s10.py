"""Precision classes for stances and participations found on real news pages the rules were not
written against (tenth session). Every sentence here is made up."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


# -- a reporter's question is not the position of the state it names (stance_questions.py) --------

def test_question_put_to_a_spokesman_is_no_position() -> None:
    text = "The Kremlin spokesman was asked by journalists on Friday whether Moscow is considering a winter truce."
    assert ("RUS", "considering") not in stances(text)


def test_question_with_if_is_no_position() -> None:
    text = "The Dutch premier was asked if the Netherlands would consider sending jets for the air mission, and moved on."
    assert not {p for p in stances(text) if p[0] == "NLD"}


def test_answer_after_the_question_is_kept() -> None:
    text = "Asked whether Rome would join the force, the Italian minister said Italy was ready to send troops."
    assert ("ITA", "support") in stances(text)


# -- "the South American country" is a region's, not the United States' (context.py) --------------

def test_south_american_country_is_not_the_united_states() -> None:
    text = "Speaking in Brasília, the president said the South American country would not send ammunition to Kyiv."
    assert not {p for p in stances(text) if p[0] == "USA"}


def test_latin_american_nation_is_not_the_united_states() -> None:
    text = "The Latin American nation has refused to join the sanctions on Moscow, its foreign minister said."
    assert not {p for p in stances(text) if p[0] == "USA"}


def test_american_still_names_the_united_states() -> None:
    text = "The American administration has refused to send troops to Ukraine, a spokesman said."
    assert ("USA", "oppose") in stances(text)
