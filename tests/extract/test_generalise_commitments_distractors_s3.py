"""Commitments: articles that hold no support to Ukraine give none (distractor failure classes),
each on short news-style articles written for the test, with real aid in similar wording beside."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str, published: str = "2025-05-01") -> list[dict]:
    result = extract(Article(text=text, source="test", published=published))
    return [f.model_dump() for f in result.facts if f.kind == "commitment"]


# -- a country's own purchase or budget, with Ukraine named only in the background --------------

def test_own_purchase_with_only_the_donors_standing_gives_none():
    text = ("Norway to buy coastal radars\n\n"
            "Norway will buy coastal radar systems worth NOK 12 billion for its own armed forces, the ministry said.\n\n"
            "Norway is one of the largest donors to Ukraine, but the radars announced on Monday are for Norwegian waters.")
    assert commitments(text) == []


def test_standing_among_donors_to_kyiv_gives_none():
    text = ("Finland orders artillery for its army\n\n"
            "Finland has ordered howitzers worth €900 million for its own armed forces.\n\n"
            "Finland is among the biggest donors to Kyiv per head, while the guns announced today will stay at home.")
    assert commitments(text) == []


def test_standing_and_a_gift_in_the_same_sentence_is_aid():
    text = ("Sweden sends radars\n\n"
            "Sweden, one of Ukraine's staunchest backers, will send radar systems worth SEK 2 billion to Ukraine.")
    assert [(c["donor"], c["amount"]) for c in commitments(text) if c["amount"]] == [("SWE", 2000000000)]


def test_national_budget_with_ukraine_only_as_the_wars_place_gives_none():
    text = ("Romania raises military budget\n\n"
            "Romania will spend 40 billion lei on its armed forces next year, the government said.\n\n"
            "After Russia's invasion of Ukraine, parliament created a support fund for army purchases.\n\n"
            "Since the war in Ukraine began, Bucharest has signed contracts for Abrams tanks and HIMARS launchers.")
    assert commitments(text) == []


def test_aid_named_beside_the_invasion_still_counts():
    text = ("Romania sends Patriot\n\n"
            "Since Russia's invasion of Ukraine, Romania has sent a Patriot system worth €800 million to Kyiv.")
    assert [(c["donor"], c["amount"]) for c in commitments(text) if c["amount"]] == [("ROU", 800000000)]


def test_neutral_countrys_denial_is_no_aid():
    text = ("Austria buys helicopters\n\n"
            "Austria will buy 12 helicopters for €500 million for its army.\n\n"
            "Austria, which is neutral, does not send weapons to Ukraine.")
    assert commitments(text) == []


def test_denial_beside_a_gift_in_another_clause_is_aid():
    text = ("Austria gives demining aid\n\n"
            "Austria does not send weapons, but it will give demining machines to Ukraine this year.")
    assert [c["donor"] for c in commitments(text)] == ["AUT"]


# -- a company that sells, a plant that cost money -----------------------------------------

def test_arms_maker_selling_to_ukraine_gives_no_commitment():
    text = ("Thales opens missile plant\n\n"
            "Thales opened a missile plant in Belfast that cost £300 million, and the French army has signed a "
            "framework contract for missiles worth up to €2 billion.\n\n"
            "Thales also supplies Ukraine with air defence missiles, but the company gave no figures.")
    assert commitments(text) == []


def test_government_paying_a_maker_for_ukraine_is_aid():
    text = ("Germany orders shells for Ukraine\n\n"
            "Germany will pay Rheinmetall €400 million for artillery shells for Ukraine, the ministry said.")
    found = commitments(text)
    assert [(c["donor"], c["amount"], c["recipient"]) for c in found] == [("DEU", 400000000, "UKR")]


# -- money spent at home on refugees, set apart from aid -------------------------------------

def test_refugee_hosting_money_set_apart_from_aid_gives_none():
    text = ("Councils get more for Ukrainian guests\n\n"
            "Hosts of Ukrainian refugees will receive £400 a month, the government said.\n\n"
            "Ministers also announced a £300 million housing fund for councils to buy homes for Ukrainian families.\n\n"
            "More than 50,000 Ukrainians have arrived under the scheme.\n\n"
            "The money is separate from the government's humanitarian aid to Ukraine itself.")
    assert commitments(text) == []


def test_humanitarian_aid_to_ukraine_beside_refugees_counts():
    text = ("Ireland gives aid\n\n"
            "Ireland, which hosts 100,000 refugees, will give €20 million in humanitarian aid to Ukraine.")
    assert [(c["donor"], c["amount"]) for c in commitments(text)] == [("IRL", 20000000)]


# -- a private fund is no donor ---------------------------------------------------------------

def test_private_fund_closing_gives_none():
    text = ("Investors back Ukrainian start-ups\n\n"
            "A venture capital fund focused on Ukraine has closed $80 million at a ceremony in Paris.\n\n"
            "The fund invests in growth-stage businesses in Ukraine.\n\n"
            "No government pledged any money, and the investors are not sending cheques to Kyiv.")
    assert commitments(text) == []


def test_government_fund_for_ukraine_still_counts():
    text = ("France funds reconstruction\n\n"
            "France will give €80 million to a fund for Ukraine's reconstruction.")
    assert [(c["donor"], c["amount"]) for c in commitments(text)] == [("FRA", 80000000)]


# -- inside an aid article: a country's own purchases, a site's price, money spent at home, a fund's close --

AID_OPENING = "Aid news\n\nBelgium will give €100 million in military aid to Ukraine, the ministry said.\n\n"


def second(text: str) -> list[dict]:
    """The commitments of the sentence after the aid opening."""
    return [c for c in commitments(AID_OPENING + text) if c["evidence"]["text"].startswith(text[:20])]


def test_contract_for_its_army_is_own_defence_spending():
    found = second("Romania signed a $2bn contract with General Dynamics for 54 Abrams tanks for its army.")
    assert [(c["donor"], c["recipient"], c["category"]) for c in found] == [("ROU", None, "defence_spending")]


def test_framework_contract_for_the_army_is_own_defence_spending():
    found = second("The shells will go to the army, which has signed a framework contract with Nammo worth up to €3 billion.")
    assert [(c["recipient"], c["category"]) for c in found] == [(None, "defence_spending")]


def test_contract_for_ukraines_army_stays_aid():
    found = second("Canada signed a C$90 million contract with Roshel for armoured vehicles for the Ukrainian army.")
    assert [(c["donor"], c["recipient"]) for c in found] == [("CAN", "UKR")]


def test_what_a_plant_cost_is_no_pledge():
    assert second("The factory, which cost about €400 million, will deliver its first shells in May.") == []
    assert second("The new site, costed at €250 million, is to supply drones from next year.") == []


def test_a_factory_in_ukraine_paid_for_by_a_donor_is_aid():
    found = second("Denmark will finance a drone factory in Ukraine costing DKK 300 million.")
    assert [(c["donor"], c["recipient"], c["amount"]) for c in found] == [("DNK", "UKR", 300000000)]


def test_money_for_councils_housing_refugees_has_no_recipient():
    found = second("The government also announced £300 million for councils to house Ukrainian refugees.")
    assert [(c["recipient"], c["category"]) for c in found] == [(None, "humanitarian")]


def test_help_for_refugees_inside_ukraine_stays_aid():
    found = second("Belgium will also give €20 million to help refugees in Ukraine through the winter.")
    assert [c["recipient"] for c in found] == ["UKR"]


def test_a_private_equity_funds_close_is_no_commitment():
    assert second("A private equity fund investing in Ukraine held its final close at $150 million.") == []


def test_headline_of_an_own_purchase_takes_the_bodys_reading():
    text = ("Netherlands to spend €3bn on new frigates\n\n"
            "The Netherlands will spend €3 billion on four frigates for its own armed forces, the ministry said.\n\n"
            "The government also pledged €200 million in military aid to Ukraine.")
    found = [c for c in commitments(text) if c["amount"] == 3000000000]
    assert [(c["donor"], c["recipient"], c["category"]) for c in found] == [("NLD", None, "defence_spending")]


# -- a place where something happened is no donor ---------------------------------------------

def test_city_named_as_a_place_is_not_the_articles_donor():
    text = ("Aid appeal closes in Tokyo\n\n"
            "At a ceremony in Tokyo, a charity for Ukraine announced $200 million in donations from its members.\n\n"
            "The ceremony in Tokyo drew 300 guests from 40 countries.")
    assert [c["donor"] for c in commitments(text) if c["donor"] == "JPN"] == []
    text = ("Aid appeal closes in Tokyo\n\n"
            "A charity fund for Ukraine announced on Monday at a ceremony in Tokyo that it had collected $200 million "
            "for Ukrainian hospitals.\n\nThe ceremony in Tokyo drew 300 guests.")
    assert [c["donor"] for c in commitments(text) if c["donor"] == "JPN"] == []


def test_capital_as_the_subject_still_gives():
    text = ("Tokyo pledges aid\n\n"
            "Tokyo will give $100 million in humanitarian aid to Ukraine, officials said at a meeting in Tokyo.")
    assert [(c["donor"], c["amount"]) for c in commitments(text) if c["amount"]] == [("JPN", 100000000)]


def test_spending_on_defence_and_an_agencys_contract_are_own_spending():
    found = second("Estonia will spend €1.5 billion on defence next year, the finance ministry said.")
    assert [(c["donor"], c["recipient"], c["category"]) for c in found] == [("EST", None, "defence_spending")]
    found = second("Finland's procurement agency signed a €400 million contract with Patria for armoured vehicles.")
    assert [(c["recipient"], c["category"]) for c in found] == [(None, "defence_spending")]


def test_minister_for_defence_announcing_aid_stays_aid():
    found = second("Minister for Defence Jan Novak said the Czech Republic will send howitzers worth CZK 2 billion to Kyiv.")
    assert [(c["recipient"], c["category"]) for c in found] == [("UKR", "military")]


def test_humanitarian_aid_for_refugees_abroad_is_aid():
    text = ("Japan helps refugees\n\n"
            "Japan will give $50 million in humanitarian aid through UNHCR for Ukrainian refugees in Moldova.")
    assert [(c["donor"], c["amount"]) for c in commitments(text) if c["amount"]] == [("JPN", 50000000)]


def test_a_guarantee_that_draws_investors_is_aid():
    text = ("Britain backs reconstruction\n\n"
            "Britain will provide £200 million in loan guarantees to Ukraine to draw in investors for reconstruction.")
    assert [(c["donor"], c["amount"]) for c in commitments(text) if c["amount"]] == [("GBR", 200000000)]


def test_aid_pledged_with_ukraine_named_only_as_the_wars_place_is_aid():
    text = ("Germany pledges more\n\n"
            "Germany pledged €500 million in military aid on Tuesday, its largest since Russia's invasion of Ukraine.")
    assert [(c["donor"], c["amount"]) for c in commitments(text) if c["amount"]] == [("DEU", 500000000)]


def test_a_makers_delivery_of_an_amount_paid_by_a_government_is_aid():
    text = ("Berlin pays for shells\n\n"
            "Rheinmetall will deliver shells worth €300 million to Ukraine this year.\n\n"
            "The German government is paying for the order.")
    assert [c["amount"] for c in commitments(text) if c["amount"]] == [300000000]


def test_a_contract_for_a_named_national_army_is_own_spending_in_an_aid_article():
    # the force's own name ("the British Army", "the Bundesheer"), not only "its army"
    for force, donor, currency in (("British Army", "GBR", "£"), ("Bundesheer", "AUT", "€"), ("Forsvaret", "NOR", "€")):
        country = {"GBR": "Britain", "AUT": "Austria", "NOR": "Norway"}[donor]
        text = (f"{country} sends more help\n\n"
                f"{country} will send 20 generators to Ukraine, the ministry said on Monday.\n\n"
                f"In a separate deal, the ministry signed a {currency}650 million contract for the {force} "
                "to receive new armoured vehicles.")
        contract = [c for c in commitments(text) if c["amount"] == 650000000]
        assert [(c["recipient"], c["category"]) for c in contract] == [(None, "defence_spending")], force
