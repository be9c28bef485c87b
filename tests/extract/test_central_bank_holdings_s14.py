"""A sum of a central bank's money held somewhere is a stock, not aid, whatever noun names it
("€185bn of the Russian central bank's money sits at the depository"); fourteenth session, round 2.
Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def amounts(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.amount) for f in result.facts if f.kind == "commitment"]


def test_a_central_banks_money_held_is_no_pledge():
    assert amounts("Belgium, where some 190 billion euros of the Russian central bank's money is kept, "
                   "has not agreed to the loan to Ukraine.") == []


def test_central_bank_funds_held_by_a_depository_are_no_pledge():
    assert amounts("Euroclear holds about €180bn of Russia's central bank funds, which the EU wants to lend to Ukraine.") == []


def test_profits_of_the_central_banks_money_stay_aid():
    assert ("EU", 1500000000) in amounts("The EU has transferred €1.5bn of the central bank's windfall profits to Ukraine.")
    assert ("EU", 1500000000) in amounts("The EU has transferred €1.5bn of central bank profits to Ukraine.")
