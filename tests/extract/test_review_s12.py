"""Twelfth-session review: bugs fixed while tidying, each tested on made-up sentences that fail
without the fix."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR

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
