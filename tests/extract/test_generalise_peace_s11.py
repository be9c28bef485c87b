"""Eleventh session, stances on peace and forces: a demand that Ukraine withdraw is the demander's
`conditional` stance on the settlement (``withdrawal_demands.py``); "could play a role", "could send"
in a force is an `open` participation (decision 9, ``positions.json`` cues). Made-up sentences; each
fails with its rule disabled."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

# -- a demand that Ukraine give up ground (withdrawal_demands.py) ---------------------------------


@pytest.mark.parametrize("text", [
    "The Kremlin has demanded that Kyiv pull its soldiers out of the remaining parts of Zaporizhzhia region.",
    "Moscow still insists that Ukrainian troops leave the towns they hold in the Donbas before any deal.",
    "Russia has insisted that Ukraine withdraw from Kherson, and its forces kept shelling the city.",
])
def test_a_demand_that_ukraine_withdraw_is_a_conditional_stance(text):
    assert ("RUS", "conditional") in stances(text)


def test_a_demand_before_any_truce_is_a_condition_on_truces():
    text = ("Officials in Kyiv say Russia's envoys demanded that Ukraine abandon four regions "
            "before any truce could begin.")
    assert ("RUS", "conditional") in stances(text)


def test_the_side_told_to_withdraw_holds_no_term():
    # negative: Kyiv reporting the demand made of it is not Kyiv's own condition
    text = "Kyiv insisted that Ukrainian forces would not leave the city."
    assert ("UKR", "conditional") not in stances(text)


def test_a_demand_on_another_subject_is_no_term():
    # negative: no side told to withdraw
    text = "The Kremlin demanded that Western governments leave the frozen assets alone."
    assert ("RUS", "conditional") not in stances(text)


# -- "could" with a verb of taking part is open (decision 9) --------------------------------------


@pytest.mark.parametrize("text, holder", [
    ("Spain has said it could play a role in a peacekeeping force, probably with engineers.", "ESP"),
    ("Norway said it could send a small contingent to a reassurance force after a ceasefire.", "NOR"),
    ("Greece said it could contribute a frigate to a peacekeeping mission in the Black Sea.", "GRC"),
])
def test_could_take_part_is_open(text, holder):
    found = stances(text)
    assert (holder, "open") in found
    assert (holder, "considering") not in found
