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


# -- a yearly slice of a framework; general promises --------------------------------------------

def test_yearly_slice_in_the_next_sentence_is_no_second_commitment():
    found = commitments("Sweden will give Ukraine SEK 75 billion in military support over 2024–2026. "
                        "That amounts to SEK 25 billion a year.")
    assert [(c["donor"], c["amount"]) for c in found] == [("SWE", 75000000000)]


def test_yearly_slice_after_a_comma_is_no_second_commitment():
    found = commitments("Denmark's framework of DKK 60 billion for the period 2023-2028, about DKK 10 billion per year, "
                        "funds weapons for Ukraine.")
    assert [c["amount"] for c in found] == [60000000000]


def test_a_yearly_amount_of_its_own_stays():
    found = commitments("Norway will give Ukraine NOK 5 billion in military aid this year and has promised "
                        "NOK 3 billion a year in humanitarian aid.")
    assert [(c["amount"], c["per"]) for c in found] == [(5000000000, None), (3000000000, "year")]


def test_general_promise_to_keep_sending_weapons_is_no_commitment():
    assert commitments("Italy will continue to send arms to Ukraine, Prime Minister Giorgia Meloni said.") == []
    assert commitments("Britain will keep providing military equipment to Ukraine, the defence secretary said.") == []


def test_continuing_with_a_named_system_is_a_commitment():
    found = commitments("Germany will continue to supply Ukraine with four more IRIS-T systems, the chancellor said.")
    assert [c["donor"] for c in found] == ["DEU"]


# -- takeovers and transfer fees -------------------------------------------------------------

def test_company_takeover_mentioning_ukraine_is_no_commitment():
    assert commitments("US defence contractor Lockheed Martin completed its $4.6 billion purchase of Terran Orbital, "
                       "which supplies satellites used by Ukraine.") == []
    assert commitments("Rheinmetall will pay $200 million for a 51% holding in a Ukrainian ammunition maker "
                       "to produce shells in Ukraine.") == []


def test_buying_weapons_from_a_maker_for_ukraine_stays_a_commitment():
    found = commitments("Denmark will buy howitzers from a Ukrainian manufacturer for Ukraine's army with DKK 1 billion.")
    assert [(c["donor"], c["amount"]) for c in found] == [("DNK", 1000000000)]


def test_transfer_fee_for_a_ukraine_player_is_no_commitment():
    assert commitments("Chelsea signed Ukraine winger Mykhailo Mudryk from Shakhtar Donetsk in a deal worth up to £88.5m.") == []


# -- amounts with their conversion -----------------------------------------------------------

def test_conversion_after_currency_words_is_one_commitment():
    found = commitments("Germany will provide 4.2 billion euros (4.6 billion U.S. dollars) in military aid to Ukraine.")
    assert [(c["amount"], c["currency"], c["conversions"]) for c in found] == [
        (4200000000, "EUR", [{"amount": 4600000000, "currency": "USD"}])]


def test_conversion_written_first_is_one_commitment():
    found = commitments("Germany pledged $4.6 billion (€4.2 billion) in military aid for Ukraine.")
    assert len(found) == 1 and found[0]["conversions"]


def test_codes_after_the_number_give_one_commitment_with_conversion():
    found = commitments("Norway will give 5 billion NOK (470 million USD) in military aid to Ukraine.")
    assert [(c["amount"], c["currency"], c["conversions"]) for c in found] == [
        (5000000000, "NOK", [{"amount": 470000000, "currency": "USD"}])]


# -- whose dollar ----------------------------------------------------------------------------

def test_cad_code_is_cad():
    found = commitments("Canada's Defence Minister David McGuinty announced CAD 406 million in military assistance for Ukraine.")
    assert [c["currency"] for c in found] == ["CAD"]


def test_bare_dollar_in_a_canadian_release_is_cad():
    found = commitments("Ottawa, Ontario - National Defence\n\nToday, the Government of Canada announced "
                        "$500 million in new military aid for Ukraine.")
    assert [(c["donor"], c["currency"]) for c in found] == [("CAN", "CAD")]


def test_bare_dollar_given_through_a_fund_in_a_canadian_release_is_cad():
    found = commitments("Ottawa - Global Affairs Canada\n\nCanada today announced new support for Ukraine.\n\n"
                        "The NATO fund will provide $500 million in air defence to Ukraine.")
    assert [c["currency"] for c in found if c["amount"]] == ["CAD"]


def test_other_countrys_bare_dollar_stays_usd_in_a_canadian_article():
    found = commitments("Canada will give $200 million to Ukraine, and Japan pledged $4.5 billion in support for Ukraine.")
    assert [(c["donor"], c["currency"]) for c in found] == [("CAN", "CAD"), ("JPN", "USD")]


def test_each_actor_of_a_gapped_list_gives_its_own_amount():
    found = commitments("Canada will give $200 million, the United States $300 million and Norway NOK 1 billion to Ukraine.")
    assert [(c["donor"], c["amount"], c["currency"]) for c in found] == [
        ("CAN", 200000000, "CAD"), ("USA", 300000000, "USD"), ("NOR", 1000000000, "NOK")]


def test_conversion_between_dashes_or_after_equivalent_to_is_the_same_amount():
    for text in ("Germany will provide €94 million – about $101.7 million – in military aid to Ukraine.",
                 "Germany will provide €94 million, equivalent to $101.7 million, in military aid to Ukraine."):
        found = commitments(text)
        assert [(c["amount"], c["conversions"]) for c in found] == [
            (94000000, [{"amount": 101700000, "currency": "USD"}])], text


def test_two_amounts_in_two_currencies_after_a_comma_stay_two():
    found = commitments("Germany will provide €94 million in military aid, $50 million in humanitarian aid to Ukraine.")
    assert [c["amount"] for c in found] == [94000000, 50000000]
