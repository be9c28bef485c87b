"""Commitments, seventh session (fourth round): principles of what is no aid, seen on the fresh
batch 353-392 and in older dev text, each tested on made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments_of(text: str) -> list:
    return [f for f in extract(Article(text=text, source="case")).facts if f.kind == "commitment"]


# -- a sum that sizes an economy is no aid ----------------------------------------------------------

def test_gdp_figure_beside_a_share_pledge_is_no_aid():
    found = commitments_of(
        "Latvia sets its share\n\nLatvia will give military aid to Ukraine worth 0.3 per cent of its GDP every "
        "year. With the finance ministry expecting GDP of about €45 billion next year, the pledge comes to "
        "some €135 million a year.")
    assert 45000000000 not in [f.amount for f in found]
    assert 135000000 in [f.amount for f in found]


def test_gain_to_an_economy_is_no_aid():
    found = commitments_of(
        "Trade pact\n\nFinland says the new customs deal with Ukraine could add €2 billion to the Finnish "
        "economy by 2035, while it keeps sending aid to Kyiv.")
    assert found == []


def test_money_for_ukraine_economy_stays():
    found = commitments_of(
        "Budget help\n\nSweden will provide SEK 1 billion in budget support to Ukraine's economy this year.")
    assert [f.donor for f in found] == ["SWE"]


# -- drawdown authority that remains is unused, no pledge -------------------------------------------

def test_authority_that_remains_is_no_pledge():
    found = commitments_of(
        "No new package\n\nOfficials would not say whether the Pentagon would use the roughly $2 billion of "
        "drawdown authority that remains for Ukraine.")
    assert found == []


# -- money a charity, volunteers or citizens collected is private giving, no state's ---------------

def test_money_a_foundation_collected_is_no_state_pledge():
    found = commitments_of(
        "Drones for the front\n\nThe Turkish maker said it would deliver two drones free of charge. A Kyiv "
        "charity foundation had raised about 300 million hryvnias in a week to buy them for Ukraine's army.")
    assert [f for f in found if f.amount] == []


def test_state_money_for_a_foundation_stays():
    found = commitments_of(
        "Help for children\n\nBelgium will give €2 million to a Ukrainian children's foundation, the foreign "
        "minister said.")
    assert [(f.donor, f.amount) for f in found] == [("BEL", 2000000)]
