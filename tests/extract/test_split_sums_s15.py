"""A sum the next sentences split among several givers is their joint sum, with no donor
(fifteenth session, ADJUDICATION.md decision 18). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def sums(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.amount) for f in result.facts if f.kind == "commitment" and f.amount]


def test_a_bank_announcement_split_among_three_givers_has_no_donor():
    found = sums("The European Investment Bank on Monday announced €600 million for Ukraine's power grid. "
                 "Germany provides a €400 million grant, the bank itself lends €150 million, and Austria adds "
                 "a €50 million grant.")
    assert (None, 600_000_000) in found
    assert ("DEU", 400_000_000) in found


def test_shares_told_over_two_sentences():
    found = sums("The Netherlands announced a package worth €300 million for Ukraine's schools. "
                 "Belgium gives €200 million of it. Luxembourg adds €100 million.")
    assert (None, 300_000_000) in found


def test_a_state_package_broken_into_its_own_lines_keeps_its_donor():
    found = sums("Britain announced a £1 billion package for Ukraine on Tuesday. "
                 "It will spend £600 million on drones and £400 million on repairs.")
    assert ("GBR", 1_000_000_000) in found


def test_sums_of_others_that_do_not_add_up_change_nothing():
    found = sums("The World Bank announced $900 million in loans for Ukraine's hospitals. "
                 "Japan gives $200 million and Canada $100 million for roads.")
    assert ("WORLD_BANK", 900_000_000) in found


def test_a_sum_split_equally_between_partners_has_no_donor():
    found = sums("Sweden, Finland and Estonia will jointly buy 12 radars for Ukraine. The Swedish ministry put the "
                 "value of the order at €60 million (about $65m), to be split equally between the three partners.")
    assert (None, 60_000_000) in found
    assert ("SWE", 60_000_000) not in found


def test_a_sum_split_between_named_capitals_has_no_donor():
    found = sums("The order is worth €40 million for Ukraine's air defence, to be shared between Oslo and Helsinki.")
    assert (None, 40_000_000) in found


def test_a_sum_divided_between_kinds_of_aid_keeps_its_donor():
    found = sums("The Pentagon announced $1.5 billion in security assistance for Ukraine, divided between equipment "
                 "drawn from American inventories and longer-term contracts.")
    assert ("USA", 1_500_000_000) in found
