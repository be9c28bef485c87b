"""Commitment rules, each on short sentences written for the test."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str, published: str = "2025-05-01") -> list[dict]:
    result = extract(Article(text=text, source="test", published=published))
    return [f.model_dump() for f in result.facts if f.kind == "commitment"]


def test_headline_and_lead_telling_one_pledge_give_one_commitment():
    found = commitments(
        "Portugal pledges €70m in demining aid for Ukraine\n\n"
        "LISBON - Portugal will provide €70 million in demining aid to Ukraine, the government said.\n"
    )
    assert [(c["donor"], c["amount"]) for c in found] == [("PRT", 70000000)]
    assert found[0]["evidence"]["text"].startswith("LISBON")


def test_article_that_never_gives_anything_to_ukraine_has_no_commitment():
    found = commitments(
        "Rovers sign Ukraine winger for £12m\n\n"
        "Rovers completed the signing of the Ukraine winger from a Dutch side for £12 million on Monday.\n"
    )
    assert found == []


def test_subject_of_the_clause_gives_not_a_modifier_after_it():
    found = commitments("Norway will pay for a NATO package of American rifles for Ukraine, contributing NOK 900 million.")
    assert [c["donor"] for c in found] == ["NOR"]


def test_possessor_of_a_ministry_is_the_donor():
    found = commitments("Denmark's Ministry of Defence has signed a DKK 400 million contract for drones for Ukraine.")
    assert [c["donor"] for c in found] == ["DNK"]


def test_seller_after_bought_from_is_not_the_donor():
    found = commitments("Ottawa bought air defence missiles for Ukraine from the United States for C$90 million.")
    assert [c["donor"] for c in found] == ["CAN"]


def test_government_of_a_country_gives():
    found = commitments("The Government of Latvia decided to allocate 40 million euros for military assistance to Ukraine.")
    assert [c["donor"] for c in found] == ["LVA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts asked whether Britain could replace American satellite imagery for Ukraine if the pause returned.",
        "The order rebuilds Norway's own air defence; it does not send additional launchers to Ukraine.",
    ],
)
def test_supposed_or_denied_aid_in_kind_is_no_commitment(sentence):
    assert commitments(sentence) == []


def test_generic_military_support_alone_is_no_in_kind_commitment():
    assert commitments("Finland has announced its 30th military support package to Ukraine.") == []


def test_future_passive_is_not_delivered():
    (found,) = commitments("Britain said 5,000 drones would be delivered to Ukraine by next spring, backed by £90m.")
    assert found["status"] != "delivered"


def test_each_of_coordinated_donors_gives():
    found = commitments("Spain, Portugal and Greece will each supply howitzers to Ukraine this year.")
    assert sorted(c["donor"] for c in found) == ["ESP", "GRC", "PRT"]


def test_partner_named_with_together_with_gives_too():
    found = commitments("Finland pledged two radars to Ukraine, together with Estonia.")
    assert sorted(c["donor"] for c in found) == ["EST", "FIN"]


def test_leader_of_a_coalition_is_not_the_giver_of_its_members_pledges():
    found = commitments("The demining coalition, led by Lithuania, met as its members pledged more drones for Ukraine.")
    assert [c["donor"] for c in found] == []


def test_donor_after_from_for_aid_in_kind():
    (found,) = commitments("Ukraine received its first batch of howitzers from Portugal last week.")
    assert (found["donor"], found["status"]) == ("PRT", "delivered")


def test_amount_a_package_brings_a_total_to_is_cumulative():
    found = commitments("The new tranche brings Swiss humanitarian aid to Ukraine since 2022 to more than CHF 5 billion.")
    assert [c["status"] for c in found] == ["cumulative"]
