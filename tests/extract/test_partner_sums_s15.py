"""A sum from a giver "and its partners", or a bank's total counted from donors' pledges, has no
donor (fifteenth session, ADJUDICATION.md decision 18). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def sums(text: str) -> list:
    result = extract(Article(text="Ukraine aid\n\n" + text, source="case"))
    return [(f.donor, f.amount) for f in result.facts if f.kind == "commitment" and f.amount]


def test_a_total_from_a_bank_and_its_partners_has_no_donor():
    found = sums("Grants and loans from the European Investment Bank and its financing partners for Ukraine's "
                 "energy repairs now total €4.2 billion.")
    assert (None, 4_200_000_000) in found


def test_a_bank_total_counted_from_donors_pledges_has_no_donor():
    found = sums("Including pledges from donors, the EBRD has now mobilised €6 billion for Ukraine since the invasion.")
    assert (None, 6_000_000_000) in found


def test_a_bank_lending_its_own_money_keeps_its_donor():
    found = sums("The EBRD will lend €300 million to Ukraine's state power company to repair substations.")
    assert ("EBRD", 300_000_000) in found


def test_a_state_sum_beside_its_partners_keeps_its_donor():
    found = sums("Norway gave Ukraine NOK 2 billion for gas purchases, and its partners are expected to add more.")
    assert ("NOR", 2_000_000_000) in found
