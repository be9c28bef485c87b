"""Twelfth-session review: bugs fixed while tidying, each tested on made-up sentences that fail
without the fix."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances

# -- guarantee_backing.py: only a refusal of troops counts, not of weapons ------------------------


def _guarantee_supports(text: str, holder: str) -> int:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return sum(f.kind == "stance" and f.actor == holder and f.stance == "support"
               and f.target == "security guarantees for Ukraine" for f in result.facts)


@pytest.mark.parametrize("refusal", [
    "Poland will not send weapons to Ukraine.",
    "Poland will not deploy air defence systems to Ukraine.",
    "We will not send weapons.",
])
def test_refusing_something_other_than_troops_is_no_backing_of_guarantees(refusal):
    text = (f"Tusk spoke in Warsaw on Friday. \"{refusal} What we can offer is logistics and political "
            "backing for the countries that decide to provide such guarantees,\" Tusk told reporters.")
    assert _guarantee_supports(text, "POL") == 0


def test_refusing_troops_with_the_troop_word_before_the_cue_still_backs_guarantees():
    # the positive beside it: the troop word two words before "not be stationed"
    text = ("Tusk spoke in Warsaw on Friday. \"Polish soldiers will not be stationed in Ukraine. What we can "
            "offer is logistics and political backing for the countries that decide to provide such "
            "guarantees,\" Tusk told reporters.")
    assert _guarantee_supports(text, "POL") == 1


# -- settlement_conditions.py: a terms phrase is found whole, not by its first word ---------------


@pytest.mark.parametrize("text", [
    "Despite harsh conditions at the front, Putin insisted that the conditions for ending the war had not changed.",
    "Whatever the terms of the loan, Putin insisted that the terms for peace had not changed.",
])
def test_a_terms_phrase_is_read_where_it_stands_not_at_an_earlier_first_word(text):
    # the holder is the speaker before the whole phrase, not before the earlier "conditions"/"terms"
    assert ("RUS", "conditional") in stances(text)


@pytest.mark.parametrize("text", [
    "Zelensky said conditions at the front were hard, while Putin insisted that the conditions for ending "
    "the war had not changed.",
    "Zelensky said the root of the problem was the shelling, while Putin insisted that any deal had to "
    "remove the root causes of the conflict.",
])
def test_an_earlier_lone_first_word_gives_its_speaker_no_terms(text):
    assert ("UKR", "conditional") not in stances(text)
