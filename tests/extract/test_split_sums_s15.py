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
