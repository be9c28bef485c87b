"""Commitments, seventh session (third round): principles of what is no aid, seen on the fresh
batch 313-352 and in older dev text, each tested on made-up sentences."""

from __future__ import annotations

from tests.extract.commitment_sentences import commitments_of


# -- a limit on the use of aid already given is no delivery ---------------------------------------

def test_weapons_given_that_had_to_be_used_at_home_are_no_delivery():
    found = commitments_of(
        "Rome sets limits\n\nThe foreign minister said missiles supplied by Spain had to be used only on "
        "Ukrainian soil, and that nothing had changed.")
    assert found == []


def test_rules_on_the_use_of_weapons_are_no_pledge():
    found = commitments_of(
        "Limits stay\n\nIn Vienna, Chancellor Karl Nehammer said there were clear rules agreed with Kyiv on "
        "the use of Austrian weapons, which had been supplied to Ukraine.")
    assert found == []


def test_modal_passive_of_use_gives_nothing():
    found = commitments_of(
        "Tanks and rules\n\nPrime Minister Jonas Gahr Store said the Norwegian tanks sent to Ukraine could "
        "only be used inside Ukraine's borders.")
    assert found == []


def test_a_pledge_with_its_purpose_after_a_comma_stays():
    found = commitments_of(
        "More jets\n\nDenmark will send three F-16s to Ukraine this year, to be used for spare parts.")
    assert [(f.donor, f.status) for f in found] == [("DNK", "announced")]


# -- money of some kind "for" another country is that country's, not Ukraine's ---------------------

def test_kind_of_money_for_another_country_is_no_aid():
    found = commitments_of(
        "Deal in Brussels\n\nMinisters agreed to freeze 2.1 billion euros of regional funds for Slovakia over "
        "graft concerns, while Bratislava dropped its objections to the Ukraine facility.")
    assert found == []


def test_kind_of_money_for_ukraine_stays():
    found = commitments_of(
        "Deal in Brussels\n\nThe Commission will release 2 billion euros of budget support for Ukraine next month.")
    assert [(f.donor, f.amount) for f in found] == [("EU", 2000000000)]


# -- items the receiver is short of are missing, not given ------------------------------------------

def test_items_rationed_by_ukrainian_troops_are_no_pledge():
    found = commitments_of(
        "Hard moment\n\nThe package was unveiled at a hard moment for Kyiv, with a big American aid package "
        "held up in Congress and Ukrainian troops rationing tank shells on the front line.")
    assert found == []


# -- a stock of assets sized as "$N billion of … assets" is no aid, the "of" read either way -------

def test_assets_sized_with_a_spelled_scale_are_no_aid():
    found = commitments_of(
        "Loans\n\nThe G7 will lend Ukraine more.\n\nThe loans are to be paid back over 30 years from interest "
        "earned on roughly $300 billion of Russian central bank assets frozen since the invasion.")
    assert all(f.amount != 300000000000 for f in found)


# -- a giver barred from financing an item gives none of it -------------------------------------------

def test_a_bank_barred_from_financing_arms_gives_no_arms():
    found = commitments_of(
        "Bank channel\n\nThe EU has committed more money to Ukraine.\n\nThe European Investment Bank, whose "
        "rules bar it from financing weapons, will pass the money on to Ukraine's budget for salaries and "
        "pensions, officials said.")
    assert all("weapons" not in f.items for f in found)


# -- "The drawdown package includes …": the contents of the part told before, no second pledge ------

def test_contents_of_a_compound_named_package_join_that_part():
    found = commitments_of(
        "New aid\n\nWASHINGTON - The United States will give Ukraine $900 million in military aid. The White "
        "House approved a drawdown worth $600 million from Pentagon stocks, and the Pentagon will spend a "
        "further $300 million on new contracts.\n\nThe drawdown package includes Stinger missiles, mortar rounds "
        "and armoured ambulances.")
    assert [f.amount for f in found if f.amount is None] == []
    drawdown = next(f for f in found if f.amount == 600000000)
    assert "armoured ambulances" in " ".join(drawdown.items).lower() or "stinger" in " ".join(drawdown.items).lower()



# -- joint purchases of members, with no word of Ukraine, are no aid in kind --------------------------

BEFORE = "EU shell drive\n\nThe EU promised Ukraine a million shells last year.\n\n"


def test_joint_buying_contracts_for_members_are_no_aid():
    found = commitments_of(BEFORE + "The European Defence Agency has signed 45 framework contracts for joint buying "
                           "of 120mm mortar rounds, leaving much of the capacity unused.")
    assert [f.items for f in found] == [["shells"]]


def test_plans_to_fund_joint_purchases_are_no_aid():
    found = commitments_of(BEFORE + "Suppliers in Brno are also watching the European Union's plans to fund joint "
                           "purchases of mortar rounds.")
    assert [f.items for f in found] == [["shells"]]


def test_joint_buying_for_ukraine_stays_aid():
    found = commitments_of(BEFORE + "The EU has signed framework contracts for joint buying of 120mm mortar rounds "
                           "for Ukraine.")
    assert [(f.status, f.items) for f in found] == [("announced", ["shells"]), ("contracted", ["rounds"])]
