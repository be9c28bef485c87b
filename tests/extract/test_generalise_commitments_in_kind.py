"""Commitments: in-kind deliveries in the simple past, purchases by companies, and donors
written as a demonym before "defence-related" aid. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status, f.amount, f.currency, f.part_of) for f in result.facts if f.kind == "commitment"]


def test_a_delivery_in_the_simple_past():
    assert commitments("Canada sent 40 armoured vehicles to Ukraine last week.") == [("CAN", "delivered", None, None, None)]


def test_future_passive_is_not_delivered():
    found = commitments("Canada said more armoured vehicles will be sent to Ukraine in May.")
    assert all(status != "delivered" for _, status, *_ in found)


def test_a_company_buying_another_is_no_commitment():
    found = commitments("Germany pledged €500m to Ukraine on Monday. Separately, Rheinmetall agreed to buy "
                        "Spain's Expal for €1.2bn to expand shell production.")
    assert [(d, a) for d, _, a, _, _ in found] == [("DEU", 500_000_000)]


def test_a_demonym_before_defence_related_aid_is_the_donor_and_another_donors_package_no_parent():
    found = commitments("NATO pledged a baseline of €40bn in security assistance for Ukraine. "
                        "Earlier Finnish defence-related contributions include about €2m for demining in Ukraine.")
    assert ("FIN", "announced", 2_000_000, "EUR", None) in found


def test_needs_requests_and_assessments_are_no_pledges():
    found = commitments("The IMF puts Ukraine's financing needs for next year at about €40bn. A $61bn aid request "
                        "for Ukraine is before Congress. Germany pledged €5bn in budget support to Ukraine.")
    assert [(d, a) for d, _, a, _, _ in found] == [("DEU", 5_000_000_000)]


def test_a_warning_about_deliveries_is_no_commitment():
    found = commitments("Russian officials warned that any South Korean weapons deliveries to Ukraine would be a mistake.")
    assert found == []


def test_a_conversion_a_few_words_after_the_amount_is_no_second_commitment():
    found = commitments("Sweden announced a SEK 13bn package for Ukraine, worth about $1.2bn.")
    assert [(d, a, c) for d, _, a, c, _ in found] == [("SWE", 13_000_000_000, "SEK")]


def test_a_conversion_in_the_next_sentence_is_no_second_commitment():
    found = commitments("Norway will give NOK 15bn to Ukraine this year. That equates to around €1.3bn.")
    assert [(d, a, c) for d, _, a, c, _ in found] == [("NOR", 15_000_000_000, "NOK")]


def test_money_set_aside_with_a_loose_conversion():
    found = commitments("Czech aid for Ukraine. The cabinet in Prague has set aside almost CZK 900 million for "
                        "the scheme, or a little over €35 million, the prime minister said.")
    assert [(a, c) for _, _, a, c, _ in found] == [(900_000_000, "CZK")]


def test_zloty_written_with_its_polish_letter():
    found = commitments("Poland has sent weapons worth more than 7 billion złoty to Ukraine since February.")
    assert [(d, s, a, c) for d, s, a, c, _ in found] == [("POL", "cumulative", 7_000_000_000, "PLN")]


def test_deliveries_named_by_the_equipment_with_other_verbs():
    assert commitments("Germany has shipped another IRIS-T air defence system to Kyiv.")[0][:2] == ("DEU", "delivered")
    assert commitments("Sweden has handed over more CV90 infantry fighting vehicles to Ukraine.")[0][:2] == ("SWE", "delivered")


def test_arms_shipped_to_russia_are_no_aid():
    found = commitments("Britain pledged £100m to Ukraine. Reports say North Korea has shipped millions of shells to Russia.")
    assert [d for d, *_ in found] == ["GBR"]


def test_a_led_or_made_modifier_is_no_donor():
    found = commitments("The Czech-led initiative has shipped 850,000 rounds to Ukraine this year.")
    assert all(d != "CZE" for d, *_ in found)


def test_a_later_stage_of_the_same_item_takes_the_earlier_donor():
    found = commitments("Sweden is sending Gripen jets to Ukraine, its government said. "
                        "The first Gripen jets arrived in Ukraine on Monday.")
    assert ("SWE", "delivered", None, None, None) in found


def test_an_item_without_a_donor_nearby_gives_nothing():
    found = commitments("Sweden pledged SEK 1bn to Ukraine. Officials met on Friday. Talks went on.\n\n"
                        "The first Gripen jets arrived in Ukraine on Monday.")
    assert [d for d, *_ in found] == ["SWE"]


def test_a_purchase_from_a_seller_for_its_own_forces_is_no_aid():
    found = commitments("Poland will buy 180 K2 tanks from South Korea for $5.8bn, as it sends its older tanks to Ukraine.")
    assert all(a is None for _, _, a, _, _ in found)
    found = commitments("Germany will buy Patriot systems from the United States for $1bn to give to Ukraine.")
    assert [(d, a) for d, _, a, _, _ in found] == [("DEU", 1_000_000_000)]


def test_a_football_signing_is_no_aid():
    found = commitments("Britain pledged £100m in aid to Ukraine. Separately, Manchester City paid £50m to sign "
                        "the Ukrainian defender from Shakhtar.")
    assert [(d, a) for d, _, a, _, _ in found] == [("GBR", 100_000_000)]
