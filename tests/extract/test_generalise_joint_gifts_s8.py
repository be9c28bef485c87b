"""Eighth-session joint gifts (adjudication 18), on made-up sentences: a sum several governments give
together without a split ("Together with A and B, C is providing €…") is one commitment without a
donor, each payer a share of it without an amount; the same aid in kind that a list of states pays
for together ("A, B and C are financing …") gets its donorless whole. A "together with" that adds
items, or that belongs to another verb, makes nothing joint; nor do separate clauses or "each"."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.donor, f.amount, f.part_of is not None) for f in result.facts if f.kind == "commitment"]


@pytest.mark.parametrize("text, payers, amount", [
    ("Together with Finland and Estonia, Latvia is providing an additional €90 million for air defence for Ukraine.",
     ["LVA", "FIN", "EST"], 90_000_000),
    ("Austria, together with Ireland and Malta, will give Ukraine €40 million for demining.",
     ["AUT", "IRL", "MLT"], 40_000_000),
])
def test_a_joint_sum_has_no_donor_and_each_payer_a_share(text, payers, amount):
    found = commitments(text)
    assert (None, amount, False) in found
    assert sorted(d for d, a, part in found if part) == sorted(payers)
    assert all(a is None for d, a, part in found if part)


@pytest.mark.parametrize("text", [
    "Germany will give Ukraine €50 million, together with 300 missiles for its air defence.",
    "Lithuania, which leads the coalition together with Poland, will spend €20 million on drones for Ukraine.",
])
def test_a_together_with_of_items_or_of_another_verb_makes_no_joint_sum(text):
    assert all(d is not None for d, _, _ in commitments(text))


def test_aid_in_kind_a_list_of_states_pays_for_has_a_donorless_whole():
    found = commitments("Sweden, Norway and Finland are financing the repair of 40 howitzers for Ukraine.")
    assert (None, None, False) in found
    assert sorted(d for d, _, part in found if part) == ["FIN", "NOR", "SWE"]


@pytest.mark.parametrize("text", [
    "Sweden, Norway and Finland will each send 10 howitzers to Ukraine.",
    "Sweden has offered to pay for two howitzers for Ukraine, and Norway will pay for two howitzers too.",
])
def test_separate_gifts_of_the_same_aid_stay_separate(text):
    assert all(d is not None for d, _, _ in commitments(text))
