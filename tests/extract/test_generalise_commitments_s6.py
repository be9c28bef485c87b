"""Commitments, sixth session: failure classes seen on the dev batch 193-232, each tested here on
made-up sentences (other donors, currencies and wordings than the articles): fees and a company's
exit from Russia are no aid, a size told only roughly is no amount, "anti-aircraft" is no
aircraft, a sentence listing what a package told before contains adds its items to it."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import commitments_of, facts


# -- fees and a company's exit from Russia: no aid, even where Ukraine is named -------------------

@pytest.mark.parametrize("text", [
    "Dynamo Kyiv sells defender to Brighton\n\nBrighton signed a Ukrainian centre-back on Friday. "
    "The Ukrainian club will receive a fee of about €25m, plus €3m in add-ons.",
    "Lviv side cashes in\n\nThe Ukrainian side are due fees worth roughly £8m from the deal, the club said.",
    "Brewer completes exit\n\nDanish brewer Nordhavn said it had received €120 million from a Russian investor "
    "for its Russian operations, completing an exit it began after the invasion of Ukraine.",
    "Retailer leaves\n\nThe Swedish retailer got SEK 900m for its Russian business, a step it announced in "
    "response to the war in Ukraine.",
])
def test_fees_and_business_exits_are_no_aid(text):
    assert commitments_of(text) == []


def test_a_loan_with_fees_is_still_a_loan():
    found = facts("Italy lent Ukraine €300m, with fees waived until 2030.")
    assert [(f.donor, f.amount, f.currency) for f in found] == [("ITA", 300000000, "EUR")]


# -- a size told only roughly: no amount ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Austria has also given humanitarian aid worth several hundred million euros to Ukraine.",
    "Ireland has sent a few hundred thousand euros of medical supplies to Ukraine.",
])
def test_a_rough_size_is_no_amount(text):
    assert all(f.amount is None for f in facts(text))


def test_a_hundred_million_is_an_amount():
    found = facts("Austria has given humanitarian aid worth a hundred million euros to Ukraine.")
    assert [(f.donor, f.amount, f.currency) for f in found] == [("AUT", 100000000, "EUR")]


# -- "anti-aircraft", "counter-drone": what a weapon fights, not an item --------------------------

@pytest.mark.parametrize("text", [
    "Greece will send 30 Skyfall anti-aircraft launchers to Ukraine.",
    "Croatia will deliver anti-aircraft systems to Kyiv next month.",
])
def test_anti_aircraft_is_no_aircraft(text):
    found = facts(text)
    assert found and all("aircraft" not in f.items for f in found)


# -- "The package contains …": the items of the package told before -------------------------------

@pytest.mark.parametrize("text", [
    "Belgium will send Ukraine a package of military aid worth €140m on Tuesday. The package contains mortar rounds "
    "and armoured vehicles, the minister said.",
    "Canada announced C$95m in new military aid for Ukraine on Monday. The package announced today includes "
    "40 mortars; 200 rifles and 5,000 helmets.",
    "Denmark approved a DKK 2bn aid package for Ukraine. This package also comprises demining equipment.",
])
def test_package_contents_join_the_package(text):
    found = facts(text)
    assert len(found) == 1
    assert found[0].amount is not None and len(found[0].items) >= 1


def test_package_contents_with_an_amount_stay_a_part():
    found = facts("Belgium will send Ukraine a package of military aid worth €140m on Tuesday. "
                  "The package includes €40m for repairs.")
    assert sorted(f.amount for f in found) == [40000000, 140000000]


def test_contents_with_no_package_before_are_aid_in_kind():
    found = facts("Officials met in Oslo. The shipment contains generators and winter clothing from Norway.")
    assert found == [] or all(f.amount is None for f in found)


# -- aid denied or only wanted: no pledge ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The minister said that tank deliveries would not change the course of the war.",
    "She argued that weapons shipments could only prolong the fighting.",
    "None of the four Gulf states has agreed to send weapons or ammunition to Ukraine.",
    "Mr Smith said Canada would be interested in Ukrainian drones but promised nothing.",
    "Officials said Mexico wants to buy Ukrainian-made drones.",
])
def test_aid_denied_or_wanted_is_no_pledge(text):
    assert facts(text) == []


def test_a_pledge_after_a_denial_in_another_clause_stays():
    found = facts("The minister said that tank deliveries would not change the course of the war, "
                  "and Austria will send helmets to Ukraine.")
    assert [(f.donor, f.items) for f in found] == [("AUT", ["helmets"])]


# -- a country that receives is no donor ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Under the agreement with France, Greece will receive spare parts to repair its tanks.",
    "As part of the swap, Slovakia gets 15 Leopard tanks from Germany.",
])
def test_a_country_that_receives_gives_nothing(text):
    assert facts(text) == []


# -- "the guns it has sent": the sentence's subject gave them ------------------------------------

@pytest.mark.parametrize("text, donor", [
    ("Italy is trying to buy shells held by Egypt's army for the howitzers it has sent to Ukraine.", "ITA"),
    ("Spain is looking for shells stored by Morocco for the tanks that it has sent to Kyiv.", "ESP"),
])
def test_a_pronoun_in_a_relative_clause_is_the_subject(text, donor):
    found = facts(text)
    assert found and {f.donor for f in found} == {donor}


# -- a yardstick or a sum sought, and what Ukraine asks for: no money given -----------------------

def test_a_sum_sought_is_no_pledge():
    found = facts("The bill raises by $8bn the value of arms the president may send to Ukraine, "
                  "well above the $3bn the White House had sought.")
    assert [f.amount for f in found] == [8000000000]


def test_a_gift_told_as_a_yardstick_stays():
    found = facts("Sweden will give Ukraine SEK 2bn, more than the SEK 1bn it gave last year.")
    assert sorted(f.amount for f in found) == [1000000000, 2000000000]


@pytest.mark.parametrize("text", [
    "Kyiv wants faster deliveries and $4bn to build more drones.",
    "Ukraine has asked for €2bn in air defence this winter.",
    "Ukraine's defence minister said Kyiv needs another $3bn for shells.",
])
def test_what_ukraine_asks_for_is_no_pledge(text):
    assert facts(text) == []


# -- "under NATO's scheme": the scheme's owner is a channel, not the payer --------------------------

def test_an_actor_after_under_is_no_donor():
    found = facts("Belgium pledged €40m in June. And in August it became the first country to pay for a package "
                  "of American weapons under NATO's new PURL arrangement, worth about €300 million.")
    assert [(f.donor, f.amount) for f in found] == [("BEL", 40000000), ("BEL", 300000000)]


# -- "… and Germany plans to send 200 more": the later ones are the other subject's ---------------

def test_more_items_of_another_subject_are_its_own():
    found = facts("Britain will send 300 drones to Ukraine, and Germany plans to send 200 more.")
    assert sorted((f.donor, f.status) for f in found) == [("DEU", "planned"), ("GBR", "announced")]


def test_more_items_of_the_same_subject_are_a_later_stage():
    found = facts("Poland will send two jets to Ukraine this year and hopes to deliver two more.")
    assert {f.donor for f in found} == {"POL"} and len(found) == 2


# -- a proposal is no pledge ---------------------------------------------------------------------

def test_a_proposal_is_no_pledge():
    assert facts("Latvia, which proposed a joint purchase of 500,000 shells last year, welcomed the deal.") == []


# -- a model name in capitals before an item ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Denmark is paying for a GM-400 radar from the manufacturer.", "GM-400"),
    ("Norway will send NASAMS launchers to Ukraine.", "NASAMS"),
])
def test_a_model_name_in_capitals_is_kept(text, name):
    found = facts(text)
    assert found and name in found[0].items


# -- a calibre and model name between the verb and the item ---------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Riga wants to send Ukraine some of its 152mm M-1987 guns.", "planned"),
    ("Prague will send Kyiv a few of its older 120mm M-84 mortars.", "announced"),
])
def test_the_verb_is_read_before_a_calibre_and_model(text, status):
    found = facts(text)
    assert [f.status for f in found] == [status]


# -- an item as a possessor is no item ----------------------------------------------------------

def test_an_item_that_owns_something_is_not_given():
    found = facts("So far Latvia has mostly sent trucks from the National Armed Forces' reserve stocks.")
    assert all("forces" not in [i.lower() for i in f.items] for f in found)


# -- "14 of its own tanks": given from its stocks ------------------------------------------------

def test_of_its_own_items_are_given():
    found = facts("Spain will send 10 of its own Leopard tanks to Ukraine.")
    assert [(f.donor, f.status) for f in found] == [("ESP", "announced")]


def test_its_own_forces_are_not_given():
    assert facts("Poland will rebuild its own air defence after the deliveries to Ukraine.") == []


# -- stocks refilled, and a company's order book: no aid to Ukraine --------------------------------

@pytest.mark.parametrize("text", [
    "Washington has said it will replace the IRIS-T systems Austria hands over.",
    "Canada will backfill the howitzers Belgium gave away.",
    "Saab said on Tuesday it had received a large order for Giraffe radars and anti-tank weapons.",
])
def test_refills_and_company_orders_are_no_aid(text):
    assert facts(text) == []


def test_a_government_order_stays():
    found = facts("Sweden placed an order for 20 Archer howitzers for Ukraine with BAE Systems.")
    assert [f.donor for f in found] == ["SWE"]


# -- "has delivered 30 and promised seven more": two stages ---------------------------------------

def test_delivered_and_promised_more_are_two_commitments():
    found = facts("Austria has delivered 12 Pandur vehicles to Ukraine and promised four more.")
    assert sorted((f.donor, f.status) for f in found) == [("AUT", "announced"), ("AUT", "delivered")]


# -- a bare "will" before a verb that gives nothing ----------------------------------------------

@pytest.mark.parametrize("text", [
    "A monitoring cell in Geneva, run by officials of the UN, Switzerland and Ukraine, will inspect the ships.",
    "That would require French aircraft to intercept Russian aircraft over the Black Sea.",
])
def test_will_before_a_verb_that_gives_nothing(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, donors", [
    ("Sweden, Norway and Iceland will each supply air defence systems to Ukraine.", ["ISL", "NOR", "SWE"]),
    ("Estonia's first aid convoys will leave this week and include generators and ambulances for Ukraine.", ["EST"]),
    ("Estonia will soon ship generators and ambulances to Ukraine.", ["EST"]),
    ("Denmark will also train Ukrainian pilots and will deliver F-16s.", ["DNK"]),
])
def test_will_before_a_verb_that_gives_stays(text, donors):
    assert sorted({f.donor for f in facts(text)}) == donors


# -- what aid does, with a describing word before it; a general allocation to all members ---------

def test_an_item_with_an_adjective_as_the_subject_of_what_it_does():
    assert facts("The World Bank said the emergency grant would also help attract money from other donors.") == []


def test_a_share_of_a_general_allocation_is_no_aid():
    assert facts("Ukraine also received about $900m last year as its share of a general allocation made to all "
                 "members of the fund.") == []


# -- the same size "also", and a pledge told earlier in the past perfect ---------------------------

def test_a_package_also_worth_the_same_is_another():
    found = facts("Finland is preparing its 9th package for Ukraine, worth about 150 million euros. The 9th package "
                  "follows the 8th, which was announced in May and was also worth close to 150 million euros.")
    assert [f.amount for f in found] == [150000000, 150000000]


def test_a_package_told_again_is_one():
    found = facts("Finland will send Ukraine a package worth 150 million euros. The package, worth 150 million euros, "
                  "includes shells.")
    assert len(found) == 1


def test_a_plan_told_earlier_in_the_past_perfect_is_the_same_pledge():
    found = facts("Greece will send four Leopard 1A5 tanks to Ukraine, the prime minister confirmed on Friday. "
                  "He had said on Monday, during a visit to Crete, that Athens would contribute Leopard tanks.")
    assert [(f.donor, f.status) for f in found] == [("GRC", "announced")]


def test_a_plan_and_a_promise_told_now_are_two():
    found = facts("Denmark pledged 19 F-16s last August. Frederiksen said Denmark would deliver more F-16s next year.")
    assert len(found) == 2


# -- "together with", "as well as": items of another kind are a second line --------------------------

def test_items_of_another_kind_along_with_are_their_own():
    found = facts("Ireland said it had started sending helmets to Ukraine, along with a small team of instructors.")
    assert sorted(f.category for f in found) == ["military", "training"]
    assert {f.status for f in found} == {"delivered"}


def test_items_as_well_as_of_another_kind_are_split():
    found = facts("Portugal has sent helmets and bulletproof vests, as well as generators and other winter equipment.")
    assert sorted(f.category for f in found) == ["humanitarian", "military"]


def test_items_of_the_same_kind_together_with_join():
    found = facts("Austria will deliver two air defence systems to Ukraine, together with 100 missiles for them.")
    assert len(found) == 1 and "missiles" in found[0].items


# -- a shipment's second line; equipment the gazetteer lacked ---------------------------------------

def test_a_shipments_second_line_is_its_own():
    found = facts("Estonian trucks carrying ambulances have arrived in Ukraine, the ministry said. "
                  "The shipment also included thermal imagers and forklifts, it said.")
    assert [(f.donor, f.status) for f in found] == [("EST", "delivered"), ("EST", "delivered")]
    assert found[1].items == ["thermal imagers", "forklifts"]


# -- "while sending …": the sentence's subject gives ----------------------------------------------

@pytest.mark.parametrize("text, donor", [
    ("Brazil has abstained on most UN votes on the war, while sending medical supplies to Ukraine.", "BRA"),
    ("Chile has stayed out of the war, while providing humanitarian supplies to Kyiv.", "CHL"),
])
def test_a_participle_clause_takes_the_subject(text, donor):
    assert [f.donor for f in facts(text)] == [donor]


# -- helping Ukraine develop or build, investing in its production ---------------------------------

@pytest.mark.parametrize("text, donor", [
    ("The minister noted that Norway was already helping Ukraine to build naval drones.", "NOR"),
    ("Latvia has also said it is ready to invest in the production of Ukraine's new missile-drones.", "LVA"),
])
def test_helping_ukraine_build_and_investing_in_production(text, donor):
    assert [f.donor for f in facts(text)] == [donor]


def test_helping_ukraine_with_reforms_is_no_item():
    assert facts("Portugal is helping Ukraine with its reform agenda.") == []


def test_helping_ukraine_to_build_makes_an_article_about_aid():
    text = ("Lisbon sets out its role\n\nThe prime minister said Portugal would not send soldiers while the war "
            "continues. He also noted that Portugal was already helping Ukraine to develop underwater drones.")
    assert [f.donor for f in commitments_of(text)] == ["PRT"]
