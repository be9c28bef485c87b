"""Commitments, fifth session (third round): failure classes seen on the dev batch 173-192, each
tested here on made-up sentences (other donors, currencies and wordings than the articles): every
payer of a joint package, payers of a purchase told in an earlier sentence, "paid for the first
package of …", items "donated by" a country, an earlier sum of the same size told apart from "a
further" one, headings in a live blog or newsletter told in full below, budget totals, assets held
somewhere, a union's loans to its own members, sums lent under a scheme another body owns, sums an
unnamed group has committed, sales to Ukraine, a giver's own budget, kinds of arms asked about."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def donors(text: str) -> list:
    return sorted(f.donor or "-" for f in facts(text))


def money(text: str) -> list[tuple]:
    return [(f.donor, f.recipient, f.amount, f.currency) for f in facts(text) if f.amount is not None]


# -- every payer of a joint package, the middle ones too ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The first package is being paid for by Sweden, Denmark and Finland and will bring artillery shells.", ["DNK", "FIN", "SWE"]),
    ("The next batch of howitzers is shared by Belgium, Portugal and Spain.", ["BEL", "ESP", "PRT"]),
    ("A third lot of Patriot interceptors is being financed by Canada, Ireland, Italy and Japan.", ["CAN", "IRL", "ITA", "JPN"]),
    # adjudication 18: "jointly" makes the drones one gift of the two without a donor ("-"), each
    # payer a share (this listed the two payers alone before)
    ("The new drones are paid for jointly by Madrid and Lisbon.", ["-", "ESP", "PRT"]),
])
def test_every_payer_of_a_joint_package_gives(text, expected):
    assert donors(text) == expected
    assert all(f.amount is None and f.items for f in facts(text))


# -- payers of a purchase told in an earlier sentence ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Washington approved a possible sale of 400 Patriot interceptors to Kyiv. Congress has 30 days to object. "
     "The purchase will be financed with money provided by Belgium, Sweden and Finland.", ["BEL", "FIN", "SWE"]),
    ("The Pentagon cleared the sale of 1,200 guided bombs to Ukraine on Monday. "
     "The deal is to be funded by Canada and Portugal, together with the United States.", ["CAN", "PRT", "USA"]),
])
def test_payers_of_a_purchase_told_before_give_its_items(text, expected):
    found = facts(text)
    assert sorted(f.donor for f in found) == expected
    assert all(f.amount is None and f.items and f.recipient == "UKR" for f in found)


def test_a_purchase_without_items_before_gives_nothing():
    assert facts("Officials met in Rome. The purchase will be funded with money provided by Spain and Italy.") == []


# -- "paid for the first package of …": a lot of aid, delivered -----------------------------------

@pytest.mark.parametrize("text, donor", [
    ("Belgium paid for the first package of American equipment earlier this month.", "BEL"),
    ("Luxembourg paid for a shipment of US equipment in October.", "LUX"),
])
def test_a_package_of_equipment_paid_for_is_delivered_aid(text, donor):
    found = facts(text)
    assert [(f.donor, f.status) for f in found] == [(donor, "delivered")]


def test_packages_of_aid_since_a_year_stay_a_record():
    assert facts("Since 2023, Portugal has sent Ukraine seven packages of military aid whose contents are secret.") == []


# -- items "donated by" a country -----------------------------------------------------------------

@pytest.mark.parametrize("text, donor", [
    ("A complete mobile power plant donated by Estonia was dismantled and shipped to Ukraine.", "EST"),
    ("Twelve ambulances donated by Ireland reached Lviv on Monday.", "IRL"),
    ("The tanks, donated by Spain, will arrive next month.", "ESP"),
    ("Two power transformers gifted by Latvia were installed near Odesa.", "LVA"),
])
def test_items_donated_by_a_country_are_its_aid(text, donor):
    assert [f.donor for f in facts(text)] == [donor]


def test_a_tally_of_many_sources_after_from_is_no_donor():
    assert donors("Ukraine received 300 shells from German, Polish and Canadian stocks, officials said.") == []


# -- an earlier sum of the same size told apart from "a further" one ------------------------------

def test_a_further_sum_and_an_earlier_one_of_the_same_size_are_two():
    text = ("Finland will give a further €50m to help Ukraine repair its grid. "
            "In May the government set aside €50m from its aid budget for the same purpose.")
    assert money(text) == [("FIN", "UKR", 50000000, "EUR")] * 2


def test_the_same_sum_told_twice_is_one():
    text = "Finland will give €50m to help Ukraine repair its grid. The €50m will buy transformers, Finland said."
    assert len(money(text)) == 1


# -- headings in a live blog or newsletter told in full below -------------------------------------

def test_a_heading_told_in_full_below_is_one_commitment():
    text = ("Updates follow.\n\nWarsaw sends 120 generators\n\n"
            "Poland said on Monday it was sending 120 generators, worth zł15m, to Ukraine's energy company.")
    found = facts(text)
    assert [(f.donor, f.amount) for f in found] == [("POL", 15000000)]
    assert "worth" in found[0].evidence.text


# -- budget totals and assets held somewhere are no pledge ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Among its £1.2trn of spending is £3bn for military support to Ukraine.", [("GBR", "UKR", 3000000000, "GBP")]),
    ("Spain's budget of €480bn includes €1bn for military aid to Ukraine.", [("ESP", "UKR", 1000000000, "EUR")]),
    ("The federal budget's €510bn of outlays include €9bn for Ukraine, Austria said.", [("AUT", "UKR", 9000000000, "EUR")]),
])
def test_a_whole_budget_is_no_pledge_its_aid_line_is(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text", [
    "Spain will give Ukraine €1bn in budget support.",
    "The Dutch government will contribute €500m to Ukraine's state budget.",
])
def test_budget_support_to_ukraine_stays_aid(text):
    assert len(money(text)) == 1


@pytest.mark.parametrize("text", [
    "Canada said its legal position on the roughly $20 billion immobilised in Canada had not changed, while it keeps helping Ukraine.",
    "Switzerland will not touch the CHF 7bn frozen in Swiss banks, though it supports Ukraine.",
])
def test_assets_held_somewhere_are_no_pledge(text):
    assert money(text) == []


# -- a union's loans to its own members, sums lent under another body's scheme ---------------------

def test_a_unions_loans_to_its_members_are_its_own_defence_money():
    text = ("The minister wants better access to the bloc's SAFE defence loans, complaining that Finland had secured "
            "only €1 billion, while Romania received €16 billion and Lithuania more than €6 billion.")
    found = facts(text)
    assert [(f.donor, f.recipient, f.amount) for f in found] == [
        ("EU", None, 1000000000), ("EU", None, 16000000000), ("EU", None, 6000000000)]


def test_a_safe_place_is_no_scheme():
    assert [f.donor for f in facts("Finland will send €20m to keep Ukraine's grid safe this winter.")] == ["FIN"]


@pytest.mark.parametrize("text, donor", [
    ("Italy is part of the G7's older scheme, the ERA loans, under which about €45 billion is being lent to Kyiv.", "G7"),
    ("Sweden backs the EU's new facility, under which €50bn is being paid to Ukraine over four years.", "EU"),
])
def test_money_lent_under_a_scheme_is_its_owners(text, donor):
    assert [(f.donor, f.recipient) for f in facts(text) if f.amount] == [(donor, "UKR")]


# -- sums an unnamed group has committed; sales to Ukraine ----------------------------------------

@pytest.mark.parametrize("text", [
    "Is it enough? Not next to the roughly €5 billion allies have committed, said Portugal's minister.",
    "Sweden's contribution is small beside the €20bn that partners have pledged this year.",
])
def test_a_sum_an_unnamed_group_committed_has_no_donor(text):
    assert all(f.donor is None for f in facts(text) if f.amount and f.amount >= 5e9)
    assert any(f.amount and f.amount >= 5e9 for f in facts(text))


@pytest.mark.parametrize("text", [
    "Washington approves $400m Patriot sale to Ukraine",
    "The US approved the $300m sale of 500 missiles to Ukraine.",
    "The State Department cleared a possible Foreign Military Sale to Ukraine of 900 rockets at a cost of $500m.",
])
def test_a_sale_to_ukraine_is_no_gift_of_the_seller(text):
    assert money(text) == []


@pytest.mark.parametrize("text, donor", [
    ("The US approved the $300m sale of missiles to Ukraine, to be paid for by Sweden.", "SWE"),
    ("Norway will fund a $300m sale of missiles to Ukraine.", "NOR"),
])
def test_a_sale_someone_pays_for_is_the_payers_aid(text, donor):
    assert [f.donor for f in facts(text) if f.amount] == [donor]


# -- a giver's own budget, kinds of arms asked about: nothing given -------------------------------

@pytest.mark.parametrize("text", [
    "Slovakia will stay in the drone coalition, but the state budget will no longer put money into it.",
    "The Storting will vote on the whole budget next week.",
    "Parliament's budget committee signed off on Belgium's federal budget for 2027 on Friday.",
    "New Zealand said the money would go only to kits that meet its laws, a caveat about what kinds of arms it pays for.",
    "Austria is still debating whether to send demining vehicles, officials said.",
])
def test_no_commitment(text):
    assert facts(text) == []


# -- an item a relative clause says a country gave; some allies, not all ---------------------------

@pytest.mark.parametrize("text, donor, item", [
    ("The new money buys spare parts for the IRIS-T launchers that Slovenia has already sent.", "SVN", "launchers"),
    ("A further part covers ammunition for the Skyguard air defence system that Austria previously donated.", "AUT", "air defence"),
    ("Denmark said it will keep servicing the F-16s that Norway delivered last year.", "NOR", "f-16s"),
])
def test_an_item_a_relative_clause_says_was_given_is_that_givers(text, donor, item):
    found = [f for f in facts(text) if f.status == "delivered"]
    assert [f.donor for f in found] == [donor]
    assert any(item in i.lower() for i in found[0].items)


def test_an_item_a_country_only_holds_is_no_gift():
    assert facts("The tanks that Germany has in storage are old, officials in Kyiv said.") == []


@pytest.mark.parametrize("text", [
    "Five allies pledged more than €2bn for Ukraine's air defence this week.",
    "Four partners have put $900m into the scheme, Rutte said.",
])
def test_some_allies_are_no_single_donor(text):
    assert [f.donor for f in facts(text) if f.amount] == [None]


def test_the_whole_membership_speaks_for_its_organisation():
    assert [f.donor for f in facts("The 32 allies pledged a baseline of €40bn for Ukraine, NATO said.")] == ["NATO"]
