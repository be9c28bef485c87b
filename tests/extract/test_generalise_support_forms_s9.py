"""Ninth session: past aid told as the forms a state's support took, without an amount, is a
commitment of each kind named (ADJUDICATION.md decision 49, ``support_forms.py``). Made-up sentences."""

from __future__ import annotations

from tests.extract.commitment_sentences import facts


def _kinds(text: str) -> dict:
    return {(c.donor, c.category): (c.status, c.items) for c in facts(text)}


def test_each_kind_is_its_own_commitment():
    found = _kinds("Luxembourg has also supported Ukraine through medical supplies, contributions to the NATO "
                   "trust fund and by welcoming students who fled the fighting.")
    assert found[("LUX", "humanitarian")] == ("delivered", ["medical supplies"])
    assert found[("LUX", "financial")] == ("delivered", ["contributions"])
    assert len(found) == 2  # welcoming students names no kind of aid


def test_a_running_total_is_cumulative():
    found = _kinds("Since 2022 Croatia has provided support to Ukraine in the form of military equipment "
                   "and humanitarian assistance.")
    assert found[("HRV", "military")][0] == "cumulative"
    assert found[("HRV", "humanitarian")][0] == "cumulative"


def test_a_shared_noun_goes_back_to_the_adjective():
    found = _kinds("Chile has helped Ukraine with non-lethal and humanitarian aid, while refusing to sell arms.")
    assert found[("CHL", "military")][1] == ["non-lethal aid"]
    assert found[("CHL", "humanitarian")][1] == ["humanitarian aid"]


def test_no_past_support_no_commitment():
    # a country's own help from Ukraine, and aid with an amount, are read elsewhere or not at all
    assert not [c for c in facts("Ukraine has helped Moldova with humanitarian aid.") if c.donor == "UKR"]
    found = [c for c in facts("Peru has supported Ukraine through humanitarian aid worth $2 million.")
             if c.donor == "PER"]
    assert len(found) == 1 and found[0].amount == 2_000_000
