"""An item noun in the name someone gives a thing ("called it a war loan") is a label, not aid
(fifteenth session). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

LEAD = "Loan for Ukraine\n\nThe EU agreed to lend Ukraine €60bn over two years.\n\n"


def facts(text: str) -> list:
    result = extract(Article(text=LEAD + text, source="case", published="2025-12-12"))
    return [(f.donor, tuple(i.lower() for i in f.items)) for f in result.facts if f.kind == "commitment"]


def test_an_item_after_called_it_a_gives_nothing():
    found = facts("Slovakia's prime minister called it a war loan and said Bratislava would stay out of it.")
    assert not any(d == "SVK" for d, _ in found)


def test_an_item_after_described_it_as_gives_nothing():
    found = facts("Slovakia's minister described it as a war loan and said Bratislava would take no part.")
    assert not any(d == "SVK" for d, _ in found)


def test_a_gift_beside_a_label_still_comes_out():
    found = facts("Austria called it a fair deal and said it would send 20 ambulances to Ukraine.")
    assert any(d == "AUT" and "ambulances" in " ".join(i) for d, i in found)
