"""Ninth session: Kyiv's welcome of a supply the article records as a commitment is no stance; a
welcome of a supply still in question stays its support (ADJUDICATION.md decision 45,
``supply_welcomes.py``). Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text", [
    "Oslo will deliver two more NASAMS batteries to Ukraine. Ukraine's defence minister welcomed the decision "
    "to supply the batteries.",
    "Athens agreed on Monday to send 20 armoured vehicles to Ukraine, and Kyiv's foreign minister hailed the "
    "announcement.",
    "Madrid will send six more Hawk launchers to Ukraine. Zelensky welcomed the move to supply the launchers.",
    "Lisbon pledged three Leopard tanks to Ukraine on Friday. In Kyiv, President Zelensky welcomed the step.",
])
def test_a_welcome_of_a_recorded_supply_is_no_stance(text):
    assert ("UKR", "support") not in stances(text)


def test_a_welcome_of_a_supply_in_question_stays():
    assert ("UKR", "support") in stances("Tokyo might drop its ban on lethal aid. Kyiv welcomed the signal.")
