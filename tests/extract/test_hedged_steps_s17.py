"""Seventeenth session: a state that says it will weigh a step is `considering` it, and one that will
agree to a step only on a condition is `conditional` on it, where the cues found no target they could
name (hedged_steps.py, ADJUDICATION.md decision 9). Made-up sentences; each positive case fails
without the rule."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, holder", [
    ("Portugal said it would study the request with its partners before the summit.", "PRT"),
    ("The Spanish defence ministry was studying whether a dozen stored howitzers could be repaired for Kyiv.",
     "ESP"),
    ("The White House is reviewing Kyiv's request for more long-range rockets, officials said.", "USA"),
    ("Sweden's prime minister said Stockholm was ready to look at a change to its export rules.", "SWE"),
    ("Tokyo said every export decision would be weighed carefully.", "JPN"),
])
def test_a_weighed_step_is_considering(text, holder):
    assert (holder, "considering") in stances(text)


@pytest.mark.parametrize("text, holder", [
    ("Austria's chancellor said Vienna would not approve the sale of the old radars unless the buyer paid "
     "in advance.", "AUT"),
    ("Budapest has said it could only sign up if it is given more time.", "HUN"),
    ("Croatia's president said he would unblock the opening of the next chapter only if the minority law "
     "was changed.", "HRV"),
    ("Lisbon said it would look at a swap of the frigates only if its own sea cover was assured.", "PRT"),
])
def test_a_step_agreed_to_on_a_condition_is_conditional(text, holder):
    assert (holder, "conditional") in stances(text)


@pytest.mark.parametrize("text", [
    # a question, nobody's answer
    "Asked whether Portugal would study the request, the minister did not reply.",
    # a judgement, not a weighing
    "Portugal would consider any such deployment a hostile act, the minister said.",
    # a step that is only a pronoun names nothing
    "Portugal said it would study it.",
    # another's act told in a relative clause
    "The bank must accept a monitor from the United States, who will review its accounts.",
    # a consent without a condition
    "Croatia's president said he would unblock the opening of the next chapter next week.",
    # "as long as it takes" is no condition
    "Croatia said it would back the talks as long as it takes.",
])
def test_no_hedged_step(text):
    assert not {s for s in stances(text) if s[1] in ("considering", "conditional")}


def test_a_warring_side_weighing_a_proposal_is_its_answer():
    # decisions 3 and 46: Moscow's answer to a proposal is no considering stance
    assert ("RUS", "considering") not in stances("The Kremlin said Russia would study the proposals carefully.")


def test_even_if_concedes_and_sets_no_condition():
    # stance_cues.py: "even if" is no condition of the backing; a plain "if" still is
    text = ("Officials in Lisbon said Portugal backed the lower price cap and was ready to apply it even if "
            "the United States stayed out.")
    assert ("PRT", "support") in stances(text)
    assert ("PRT", "conditional") not in stances(text)
    assert ("PRT", "conditional") in stances(
        "Officials in Lisbon said Portugal backed the lower price cap if the United States joined it.")


def test_a_condition_of_a_second_verb_is_not_the_readiness_condition():
    # conditional_readiness.py: "and would say how once …" conditions the saying, not the readiness
    assert ("SWE", "conditional") not in stances(
        "Sweden's foreign minister said Stockholm was willing to contribute and would say how once the plans "
        "were clearer.")
    assert ("MDA", "conditional") in stances(
        "Moldova's president said Chisinau was ready to hold a vote on the treaty, provided the European "
        "Union paid for it.")


@pytest.mark.parametrize("text, holder, value", [
    # an answer after "Asked about …" is a position; "would see whether" weighs
    ("Asked about the request for more rocket launchers, the minister said Portugal would see whether it "
     "could spare some.", "PRT", "considering"),
    # a consent made dependent on a condition
    ("The minister said Portugal had made its consent to the new package dependent on a change to the "
     "fishing quota.", "PRT", "conditional"),
    # a verb with no object before a parenthesis
    ("Baerbock said Germany would look again, together with allies, at what further help it could give.",
     "DEU", "considering"),
])
def test_more_hedged_steps(text, holder, value):
    assert (holder, value) in stances(text)


def test_a_weighing_bound_to_a_request_not_yet_made_is_none():
    assert ("PRT", "considering") not in stances(
        "Portugal's prime minister said his government would look at anything that is asked of it.")
