"""Fifteenth session: amounts and pauses that came out as no fact, on made-up sentences.

- an amount named as a yardstick ("beyond the €2bn") that a verb of giving follows is an earlier gift,
  also with a conversion in parentheses between them (dev 317);
- "military aid to Kyiv and then intelligence sharing" under one verb of halting is one commitment
  per kind (ADJUDICATION 49), the second kind taking the first one's stage and donor (dev 451);
- a state's possessive before a noun of halting or restarting ("Canada's resumption of military aid")
  names the owner of the aid, also after "for" (dev 457; `pause_owners.py`).
Each positive case fails without its rule.
"""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.status, f.category, f.amount) for f in facts(text)]


# --- a yardstick amount that is an earlier gift, past its conversion ---

def test_amount_beyond_which_nothing_is_added_is_the_approved_gift():
    assert ("DEU", "announced", "other", 2_000_000_000) in found(
        "Berlin will add no money beyond the €2bn (£1.7bn) already approved for this year.")


def test_a_yardstick_amount_with_a_conversion_and_no_gift_is_nothing():
    assert found("Spending on Ukraine must stay below the €2bn (£1.7bn) ceiling, the finance minister wrote.") == []


# --- one verb of halting, two kinds of aid ---

@pytest.mark.parametrize("text, donor", [
    ("Washington suspended deliveries of weapons to Ukraine and then intelligence sharing.", "USA"),
    ("Ottawa halted shipments of military aid to Kyiv and later intelligence sharing.", "CAN"),
])
def test_each_kind_halted_is_its_own_pause(text, donor):
    got = [(d, s, c) for d, s, c, _ in found(text)]
    assert (donor, "paused", "military") in got and (donor, "paused", "intelligence") in got


def test_intelligence_shared_by_another_state_is_no_second_pause():
    got = found("Britain paused weapons deliveries to Ukraine while France kept up intelligence sharing.")
    assert [(d, s, c) for d, s, c, _ in got] == [("GBR", "paused", "military")]


# --- the possessor of a pause or a resumption ---

def test_a_states_resumption_of_two_kinds_gives_both():
    got = [(d, s, c) for d, s, c, _ in found("Kyiv welcomed Canada's resumption of military aid and intelligence sharing.")]
    assert got == [("CAN", "announced", "military"), ("CAN", "announced", "intelligence")]


def test_a_resumption_owned_after_for_is_the_owners():
    got = found("Zelensky thanked the prime minister for Britain's resumption of military assistance.")
    assert [(d, s) for d, s, _, _ in got] == [("GBR", "announced")]


@pytest.mark.parametrize("text", [
    "Kyiv criticised Russia's suspension of grain shipments to Africa.",
    "Kyiv welcomed Canada's resumption of talks with China.",
])
def test_no_aid_halted_or_restarted_is_nothing(text):
    assert found(text) == []
