"""Commitments: rules that must hold on any outlet's article (held-out failure classes), each on
short news-style sentences written for the test."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str, published: str = "2025-05-01") -> list[dict]:
    result = extract(Article(text=text, source="test", published=published))
    return [f.model_dump() for f in result.facts if f.kind == "commitment"]


# -- a bank or fund that channels money is no donor -------------------------------------------

def test_loan_through_the_world_bank_is_the_countrys():
    found = commitments("The World Bank said Japan's $900m loan, channelled through its trust fund, "
                        "will help Ukraine pay pensions.")
    assert [(c["donor"], c["amount"], c["category"]) for c in found] == [("JPN", 900000000, "financial")]


def test_bank_that_channels_a_loan_from_a_country_is_no_donor():
    found = commitments("The World Bank will channel a $900 million loan from Japan to Ukraine's budget.")
    assert [c["donor"] for c in found] == ["JPN"]


def test_country_lending_through_a_bank_is_the_donor():
    found = commitments("Through the World Bank, Japan will lend Ukraine $900 million to keep schools and hospitals running.")
    assert [(c["donor"], c["category"]) for c in found] == [("JPN", "financial")]


def test_bank_lending_its_own_money_stays_donor():
    found = commitments("The World Bank approved a $1.5 billion loan to Ukraine for reconstruction.")
    assert [c["donor"] for c in found] == ["WORLD_BANK"]


# -- a lifted pause is a resumption ----------------------------------------------------------

def test_lifting_a_pause_and_resuming_aid_is_announced_not_paused():
    found = commitments("The United States will lift its pause on intelligence sharing and resume security "
                        "assistance to Ukraine, the State Department said.")
    assert [c["status"] for c in found] == ["announced"]


def test_resuming_generic_military_aid_is_a_commitment():
    found = commitments("Washington said it would lift its pause on military aid and resume security assistance to Ukraine.")
    assert [(c["donor"], c["status"]) for c in found] == [("USA", "announced")]


def test_a_pause_is_still_a_pause():
    found = commitments("The United States has paused all military aid to Ukraine, a White House official said.")
    assert [c["status"] for c in found] == ["paused"]


def test_frozen_assets_are_no_pause():
    found = commitments("The European Union will disburse €1bn to Ukraine from the proceeds of frozen Russian assets.")
    assert found and all(c["status"] != "paused" for c in found)


# -- aid in kind delivered, without an amount -------------------------------------------------

def test_arrival_of_a_system_is_a_delivery():
    found = commitments("A Patriot battery from Germany has arrived in Ukraine, the Ukrainian air force said.")
    assert [(c["donor"], c["status"]) for c in found] == [("DEU", "delivered")]


def test_promised_system_that_arrived_is_delivered():
    found = commitments("The second Patriot battery promised by the Netherlands has arrived in Ukraine.")
    assert [(c["donor"], c["status"]) for c in found] == [("NLD", "delivered")]


def test_tanks_handed_over_are_delivered_and_the_recipient_is_no_item():
    found = commitments("The Czech Republic handed over T-72 tanks to Ukrainian forces last month.")
    assert [(c["donor"], c["status"]) for c in found] == [("CZE", "delivered")]
    assert "forces" not in found[0]["items"] and "tanks" in found[0]["items"]
