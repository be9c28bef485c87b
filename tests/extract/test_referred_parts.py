"""A sum told after its package, pointing back at it, is a part of the package (referred_parts.py,
ADJUDICATION.md decision 57); a new sum on top of it, another donor's, or another currency's is not."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.commitment_sentences import OPENING


def _sums(text: str) -> list[tuple[str | None, float, int | None]]:
    """(donor, amount, amount of the package it is part of) of every commitment with an amount; the
    whole fact list is read, since ``part_of`` indexes it (``commitment_sentences.facts`` keeps one kind)."""
    facts = extract(Article(text="Headline\n\n" + OPENING + " " + text, source="case")).facts
    return [(f.donor, f.amount, facts[f.part_of].amount if f.part_of is not None else None)
            for f in facts if f.kind == "commitment" and f.amount is not None]


def test_a_slice_of_that_money_told_next_is_a_part():
    assert (("NOR", 3e9, 10e9) in _sums("Norway pledged NOK 10 billion to Ukraine for 2025. "
                                         "The first NOK 3 billion of that money will go to air defence, the ministry said."))


def test_a_first_tranche_is_a_part():
    assert ("EU", 2e9, 5e9) in _sums("The EU agreed a €5bn loan package for Ukraine. A first tranche of €2bn was paid on Tuesday.")


def test_a_share_that_accounts_for_some_of_a_total_is_a_part():
    sums = _sums("Denmark has given Ukraine DKK 19 billion in all. Civil support accounts for roughly DKK 3 billion of that.")
    assert ("DNK", 3e9, 19e9) in sums


def test_a_further_sum_on_top_is_no_part():
    sums = _sums("The EU agreed a €5bn package for Ukraine. It will add a further €2bn on top of that next year.")
    assert ("EU", 2e9, None) in sums


def test_another_donors_sum_is_no_part():
    sums = _sums("Germany pledged €5bn to Ukraine. France pledged €2bn of that amount, officials said.")
    assert all(part is None for _, _, part in sums)


def test_a_sum_in_another_currency_or_larger_is_no_part():
    assert all(part is None for _, _, part in _sums(
        "Britain pledged £500m to Ukraine. A first tranche of $900m was paid on Tuesday."))
    assert all(part is None for _, _, part in _sums(
        "Sweden pledged SEK 2 billion to Ukraine. A first tranche of SEK 3 billion was paid in May."))


def test_a_package_far_back_is_not_reached():
    text = ("Norway pledged NOK 10 billion to Ukraine for 2025. Talks went on for hours. The ministers met again. "
            "Officials spoke to the press. The first NOK 3 billion of that money will go to air defence.")
    assert all(part is None for _, _, part in _sums(text))


def test_a_time_after_of_this_is_no_pointer():
    # "by the end of this year" names a time, not the package
    assert all(part is None for _, _, part in _sums(
        "Denmark pledged DKK 10 billion to Ukraine in March. It will send DKK 2 billion more by the end of this year."))


def test_of_that_closing_the_sentence_points_back():
    assert ("DNK", 2e9, 10e9) in _sums("Denmark pledged DKK 10 billion to Ukraine in March. Air defence gets DKK 2 billion of that.")
