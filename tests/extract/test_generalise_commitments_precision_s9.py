"""Ninth-session precision rules for commitments (what is NOT a commitment), on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


@pytest.mark.parametrize("text", [
    "The World Bank puts the longer-term cost of Ukraine's recovery at more than $400 billion.",
    "The European Commission puts the total cost of rebuilding Ukraine's railways at more than €30 billion.",
])
def test_a_cost_estimate_is_no_commitment(text):
    """A bill, a need or a loss sized by an amount is no money given (cost_estimates.py)."""
    assert facts(text) == []


def test_money_paid_towards_a_cost_stays():
    found = facts("The European Commission will pay the cost of the repairs, put at €80 million.")
    assert [(f.donor, f.amount) for f in found] == [("EU", 80_000_000)]


def test_a_purchase_at_a_cost_stays():
    found = facts("Britain will buy 100 drones for Ukraine at a cost of $30 million.")
    assert [(f.donor, f.amount) for f in found] == [("GBR", 30_000_000)]


@pytest.mark.parametrize("text", [
    "Governments and development banks meeting in Warsaw for the donors' conference have committed a combined €12 billion to Ukraine's recovery, the Polish foreign minister said.",
    "Participants at the Paris summit pledged a combined €1 billion to Ukraine's power grid.",
])
def test_a_gatherings_combined_total_has_no_donor(text):
    """Adjudication 18: a total of many givers has no donor; the place they met gives nothing."""
    assert [f.donor for f in facts(text)] == [None]


def test_a_named_giver_before_the_group_keeps_the_total():
    found = facts("Germany and other donors have committed a combined €2 billion to Ukraine's recovery.")
    assert None not in [f.donor for f in found]


@pytest.mark.parametrize("text", [
    "Madrid said it would not send its Eurofighters, because pilots need many months of training to fly them.",
    "Officials in Paris said Ukrainian crews would need at least three months of training on the Rafale.",
])
def test_training_told_as_a_need_is_no_commitment(text):
    """Adjudication 21: "crews will need three weeks of training" is no fact; without a modal too."""
    assert [f for f in facts(text) if f.category == "training" or "pilots" in f.items] == []


def test_training_given_stays():
    found = facts("Britain will train Ukrainian pilots on Typhoons.")
    assert [(f.donor, f.category) for f in found] == [("GBR", "training")]


@pytest.mark.parametrize("text", [
    "Poland will host the new centre, and Lockheed Martin will provide instructors and maintenance.",
    "Germany will host the repair hub, where Rheinmetall would supply spare parts and repairs.",
])
def test_a_company_opening_its_own_clause_supplies_no_states_aid(text):
    """Adjudication 21: a company's instructors make the company the supplier; hosting alone is no commitment."""
    assert facts(text) == []


def test_a_company_working_under_a_states_contract_keeps_the_state():
    found = facts("Britain signed a contract, and BAE Systems will supply 50 guns to Ukraine.")
    assert [f.donor for f in found] == ["GBR"]


@pytest.mark.parametrize("text", [
    "Paris had originally planned to send Mirage jets to Ukraine, but dropped the idea after talks with Kyiv.",
    "Canada had initially intended to give $800 million in military aid to Ukraine, but the cabinet cut the sum.",
])
def test_a_plan_given_up_is_no_commitment(text):
    """An earlier plan ("had at first wanted", "originally planned") is what a later decision replaced."""
    assert facts(text) == []


def test_a_plan_still_held_stays():
    found = facts("France plans to send Mirage jets to Ukraine this year.")
    assert [f.donor for f in found] == ["FRA"]


@pytest.mark.parametrize("text", [
    "The United States announced $3 billion for Ukraine. That tranche will buy more air defense systems and artillery shells.",
    "Sweden approved SEK 6 billion in new aid for Ukraine. The first tranche will buy howitzers, radars and counter-battery ammunition.",
])
def test_items_bought_with_a_sum_told_before_are_no_pledge_of_their_own(text):
    """The earlier sum as the subject of a verb of buying: its contents, not a second pledge."""
    assert [f.items for f in facts(text)] == [[]]


def test_a_donor_buying_items_stays():
    found = facts("Sweden approved SEK 6 billion in new aid for Ukraine. Sweden will also buy howitzers and ammunition for Kyiv.")
    assert ["howitzers", "ammunition"] in [f.items for f in found]
