"""Commitments, third session: failure classes seen on articles written by annotators who had not
read the rules (money forms, amounts that are no aid, changes of a figure, donors several
countries compete for, joint and coalition-wide money). Made-up sentences in several outlets' styles."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str, headline: str = "Headline") -> list[tuple]:
    result = extract(Article(text=headline + "\n\n" + text, source="case"))
    return [(f.donor, f.status, f.amount, f.currency, f.part_of) for f in result.facts if f.kind == "commitment"]


def amounts(text: str, headline: str = "Headline") -> list[tuple]:
    return [(d, a, c) for d, _, a, c, _ in commitments(text, headline)]


# -- money forms ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount, currency", [
    ("New Zealand will give NZ$16 million in support to Ukraine, the prime minister said.", 16_000_000, "NZD"),
    ("Wellington pledged NZ$4m to a fund for Ukraine.", 4_000_000, "NZD"),
    ("Canada pledged CA$25m more for Ukraine's air defence.", 25_000_000, "CAD"),
    ("Australia will send AU$50m of military aid to Ukraine.", 50_000_000, "AUD"),
    ("Poland has sent weapons worth zł3bn to Ukraine this year.", 3_000_000_000, "PLN"),
    ("Poland approved aid worth 2 billion zł for Ukraine.", 2_000_000_000, "PLN"),
    ("The Czech government approved a Kč500m aid package for Ukraine.", 500_000_000, "CZK"),
])
def test_money_written_with_a_country_prefix_or_after_the_number(text, amount, currency):
    assert [(a, c) for _, a, c in amounts(text)] == [(amount, currency)]


# -- amounts that are no aid ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Germany pledged €500m to Ukraine. One IRIS-T launcher costs about €140 million.",
    "Germany pledged €500m to Ukraine. A complete Patriot battery runs to more than $1 billion, officials said.",
    "Germany pledged €500m to Ukraine. Clearing the mines would cost $37bn, the bank said.",
])
def test_the_price_of_a_weapon_is_no_pledge(text):
    assert amounts(text) == [("DEU", 500_000_000, "EUR")]


def test_a_cost_paid_for_aid_is_still_the_pledge():
    found = amounts("Canada will buy an air defence system from the United States for Ukraine, at a cost of about $406 million.")
    assert found == [("CAN", 406_000_000, "CAD")]


@pytest.mark.parametrize("text", [
    "Sweden pledged SEK 1bn to Ukraine. The drone maker's turnover rose to about €9 million last year.",
    "Sweden pledged SEK 1bn to Ukraine. Ukraine's industry says it could produce weapons worth $35bn a year if fully funded.",
    "Sweden pledged SEK 1bn to Ukraine. An audit found that equipment sent to Ukraine had been overvalued by $6bn.",
    "Sweden pledged SEK 1bn to Ukraine. Russia's draft budget sets aside 13 trillion roubles for its army.",
])
def test_revenue_capacity_accounting_and_russian_money_are_no_aid(text):
    assert amounts(text) == [("SWE", 1_000_000_000, "SEK")]


def test_a_spending_bill_that_holds_aid_is_not_itself_aid():
    found = amounts("The US will send $45bn in emergency aid to Ukraine as part of a $1.7 trillion spending bill.")
    assert found == [("USA", 45_000_000_000, "USD")]


# -- a figure that changes -----------------------------------------------------------------------

@pytest.mark.parametrize("text, amount, currency", [
    ("Norway proposed raising its support programme for Ukraine from NOK 75bn to NOK 135bn.", 135_000_000_000, "NOK"),
    ("Japan increased its aid to Ukraine from $1bn to $2bn this year.", 2_000_000_000, "USD"),
    ("The Dutch cabinet lifted the Ukraine fund from €2bn to €3.5bn on Friday.", 3_500_000_000, "EUR"),
])
def test_the_old_figure_of_a_change_is_no_amount(text, amount, currency):
    assert [(a, c) for _, a, c in amounts(text)] == [(amount, currency)]


def test_a_range_stays_a_range():
    found = commitments("Italy's aid to Ukraine is worth from €2.5bn to €3bn, officials say.")
    assert [(a, c) for _, _, a, c, _ in found] == [(2_500_000_000, "EUR")]
