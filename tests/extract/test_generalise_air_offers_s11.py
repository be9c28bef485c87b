"""Eleventh session: help from the air floated beside ground troops ruled out is an open answer on
the force (``air_offers.py``; dev 107, 335, 363), on made-up sentences. Each fails without the rule."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

FORCE = "European leaders met in Paris to plan a reassurance force for Ukraine after a ceasefire.\n\n"


@pytest.mark.parametrize("text", [
    # a modal cue on the air help, the ground refusal before it (dev 335)
    "Asked whether American soldiers would join the force, he said there would be none on the ground, but "
    "indicated that the United States could help by air.",
    # the air help named as an option, the refusal of ground troops restated (dev 335)
    "The White House spokeswoman called air support an option for the force, while repeating that "
    "American ground troops were off the table.",
])
def test_air_help_beside_ground_troops_ruled_out_is_open(text):
    found = stances(FORCE + text)
    assert ("USA", "open") in found
    assert ("USA", "oppose") not in found and ("USA", "considering") not in found


def test_a_ground_refusal_on_condition_of_another_states_air_cover_stays_conditional():
    # negative: "air cover" asked of another state is the refuser's condition, not its own help
    found = stances(FORCE + "Poland will not deploy ground troops to the force unless the United States "
                    "provides air cover.")
    assert ("POL", "open") not in found


def test_ground_troops_and_air_support_offered_together_stay_committed():
    # negative: only a refusal, a weighing or a condition gives way; an offer stays an offer
    found = stances(FORCE + "Britain is ready to send ground troops and air support to the force.")
    assert ("GBR", "open") not in found


def test_air_help_only_others_expect_leaves_the_refusal_standing():
    # decision 52: help that only others expect of a state is no position of that state (dev 107)
    found = stances(FORCE + "President Trump has ruled out sending American ground forces, but officials in "
                    "Paris expect Washington to provide air support for the force.")
    assert ("USA", "oppose") in found
    assert ("USA", "open") not in found
