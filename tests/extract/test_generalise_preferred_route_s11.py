"""Eleventh session: a step named the right place to begin or the only or best route to peace, "a
ceasefire is still the right place to begin", "a full ceasefire was the only route to a lasting peace",
"the framework was still the best route to a deal" (support cues and the "the framework" target in
positions.json; dev 105, 288, 423). Made-up sentences; each positive case fails without the words."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, actor", [
    ("\"A ceasefire remains the right place to begin,\" the Dutch prime minister told reporters in The Hague.",
     "NLD"),
    ("Canada's foreign minister said a full ceasefire was the only route to a lasting peace.", "CAN"),
    ("The State Department said the framework was the best route to a deal and talks would go on.", "USA"),
])
def test_the_preferred_route_is_support(text, actor):
    assert (actor, "support") in stances(text)


def test_the_framework_without_a_cue_is_nothing():
    # negative: the framework named with no position on it
    text = "Sweden's new package is paid for within the framework the government set for this year."
    assert ("SWE", "support") not in stances(text)
