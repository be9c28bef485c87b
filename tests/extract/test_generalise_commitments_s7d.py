"""Commitments, seventh session (fourth round): principles of what is no aid, seen on the fresh
batch 353-392 and in older dev text, each tested on made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.commitment_sentences import commitments_of


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


# -- the old figure of a change stays old when an aside between dashes stands before "from" --------

def test_old_figure_after_an_aside_is_no_pledge():
    found = commitments_of(
        "More for Kyiv\n\nIreland will spend more on aid to Ukraine. The decision raises the Ukraine heading of "
        "the aid budget – a heading no other country has – from €40m to €55m for next year.")
    assert [(f.donor, f.amount) for f in found] == [("IRL", 55000000)]


def test_a_range_after_an_aside_stays_a_range():
    found = commitments_of(
        "Help for Kyiv\n\nAustria will give Ukraine humanitarian aid – mostly for winter shelters – of "
        "between €10m and €12m this year.")
    assert [(f.amount, f.amount_max) for f in found] == [(10000000, 12000000)]


# -- the same sum told twice for one year, once as "this year" and once by its number, is one pledge -

def test_this_year_and_the_year_by_number_are_one_pledge():
    text = ("Estonia lifts its line\n\nEstonia will spend €40 million on military support for Ukraine this "
            "year to buy shells, the defence minister said in Kyiv.\n\nThe decision raised the Ukraine line of "
            "the defence budget to €40m for 2025.")
    found = [f for f in extract(Article(text=text, source="case", published="2025-05-02")).facts
             if f.kind == "commitment"]
    assert [f.amount for f in found] == [40000000]


def test_same_sum_in_two_years_stays_two():
    text = ("Latvia keeps going\n\nLatvia delivered €20 million of drones to Ukraine in 2024.\n\n"
            "It plans to spend €20 million on drones for Ukraine this year too.")
    found = [f for f in extract(Article(text=text, source="case", published="2025-05-02")).facts
             if f.kind == "commitment"]
    assert [f.amount for f in found] == [20000000, 20000000]


# -- the parts of money that was no commitment are none either ------------------------------------

def test_parts_of_private_money_are_no_pledge():
    found = commitments_of(
        "A gift for Kyiv\n\nPoland's defence ministry will hand two drones to Ukraine. Polish citizens had "
        "raised €3 million in a week to buy them.\n\nOf the Polish money, about €1m will now buy spare "
        "parts for Ukraine and the remaining €2m will go to hospitals in Ukraine.")
    assert [f.amount for f in found if f.amount] == []


def test_parts_of_a_state_sum_stay():
    found = commitments_of(
        "Aid for Kyiv\n\nPoland will give Ukraine €30 million in military aid this year.\n\nOf that sum, "
        "€10m is earmarked for drones.")
    assert sorted(f.amount for f in found) == [10000000, 30000000]


# -- money for the giver's own forces, Ukraine named only as the war's place, is no aid article -----

def test_own_forces_fund_after_the_invasion_is_no_aid():
    found = commitments_of(
        "A new era for the army\n\nA week after Russian tanks rolled into Ukraine, the Dutch prime minister "
        "announced a €20 billion fund for the armed forces and a rise in the defence budget.\n\n"
        "The money will buy frigates and F-35s over ten years.")
    assert found == []


def test_aid_beside_the_war_place_stays():
    found = commitments_of(
        "Help for Kyiv\n\nA week after Russian tanks rolled into Ukraine, the Dutch prime minister announced "
        "€200 million in military aid for Ukraine's armed forces.")
    assert [(f.donor, f.amount) for f in found] == [("NLD", 200000000)]
