"""Eleventh session: a state holding up a measure for terms of its own ("sought written guarantees",
"asked for longer transition periods", "refused to sign off until …") holds a `conditional` stance on
the measure the story is about (``package_bargains.py``; dev 127, 362, 406, 422). Made-up sentences;
each positive fails with the rule disabled."""

from __future__ import annotations

from tests.extract.stance_sentences import stances

STORY = ("EU ambassadors adopted the 20th sanctions package against Russia on Friday. "
         "The sanctions package targets banks and tankers. ")


def test_guarantees_sought_before_a_package_passes_are_a_condition():
    found = stances(STORY + "Malta's prime minister used the veto threat to seek written guarantees for "
                            "its shipping firms.")
    assert ("MLT", "conditional") in found


def test_longer_transition_periods_asked_are_a_condition():
    found = stances(STORY + "Bulgaria and Romania had asked for longer transition periods before any "
                            "of it applied to their refineries.")
    assert {("BGR", "conditional"), ("ROU", "conditional")} <= found


def test_refusing_to_sign_off_until_is_a_condition():
    found = stances(STORY + "Cyprus had refused to sign off until its ship registry was spared.")
    assert ("CYP", "conditional") in found


def test_guarantees_sought_with_no_measure_in_the_story_are_no_position():
    # negative: nothing a state can block is named before, so there is nothing to bind the terms to
    found = stances("Malta's prime minister sought written guarantees for its shipping firms after the storm.")
    assert ("MLT", "conditional") not in found
