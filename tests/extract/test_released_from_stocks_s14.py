"""Aid in kind "released from" a donor's stocks (fourteenth session): the drawdown is a delivery of
the stocks' owner. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status, tuple(i.lower() for i in f.items)) for f in result.facts if f.kind == "commitment"]


def test_items_released_from_pentagon_stocks():
    found = commitments("More Stinger missiles have been released from Pentagon stocks for Ukraine's air defence.")
    assert any(d == "USA" and s == "delivered" for d, s, _ in found)


def test_a_state_that_has_released_items_from_its_stocks():
    found = commitments("Norway has released artillery shells from its own stocks for Ukraine.")
    assert any(d == "NOR" and s == "delivered" for d, s, _ in found)


def test_released_prisoners_are_no_aid():
    assert commitments("Russia has released prisoners of war after talks in Istanbul.") == []
