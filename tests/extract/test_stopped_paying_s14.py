"""A donor saying it no longer spends money on, pays for or funds Ukraine's weapons (fourteenth
session, round 2): "the US is no longer spending money on Ukraine's weapons" is its `oppose` of
military aid, as "no longer send" already was. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def stances(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


def test_no_longer_spending_money_on_ukraines_weapons_is_opposition():
    found = stances("The president said Washington was no longer spending money on Ukraine's weapons.")
    assert ("USA", "oppose") in found


def test_no_longer_paying_for_arms_for_kyiv_is_opposition():
    found = stances("Canada says it is no longer paying for arms for Kyiv, a minister told parliament.")
    assert ("CAN", "oppose") in found


def test_no_longer_spending_money_on_something_else_is_no_stance():
    assert stances("Germany is no longer spending money on coal subsidies, the minister said.") == []
