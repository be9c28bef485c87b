"""Ninth-session coalition class (ADJUDICATION.md decision 42), on made-up sentences: the Czech-led
ammunition initiative is a coalition wherever an article names it, in passing too, led by the Czech
Republic, with the size the article gives; and also where it is only described (the Czech Republic
named before an initiative to buy ammunition). An initiative of someone else, or one for something
other than ammunition, is none."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> list[tuple[str, list[str], int | None]]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.name, f.leads, f.size) for f in result.facts if f.kind == "coalition"]


NAME = "Czech-led ammunition initiative"


@pytest.mark.parametrize("text", [
    "Belgium has set aside fifty million euros for the Czech-led initiative that sources shells abroad.",
    "Some of the rounds in Lisbon's package come through the Czech initiative.",
    "The Czech-led ammunition initiative will go on next year, the minister said.",
])
def test_the_initiative_named_in_passing_is_a_fact(text):
    assert coalitions(text) == [(NAME, ["CZE"], None)]


def test_the_size_the_article_gives():
    text = ("The Czech-led initiative bought more shells this spring. "
            "The initiative, paid for by about 15 donor countries, found stocks in Asia.")
    assert coalitions(text) == [(NAME, ["CZE"], 15)]


@pytest.mark.parametrize("text", [
    "Several capitals, and the Czech Republic, which runs its own initiative to buy artillery shells abroad, "
    "objected to the rule.",
    "The Czech Republic will remain at the head of the international initiative that purchases ammunition for Kyiv, "
    "the prime minister said.",
])
def test_the_initiative_described_is_a_fact(text):
    assert coalitions(text) == [(NAME, ["CZE"], None)]


@pytest.mark.parametrize("text", [
    "Prague welcomed the EU initiative to buy shells for Ukraine.",
    "The Czech Republic, which runs its own initiative on grain exports, objected.",
    "The Czech Republic backed the plan; the Dutch initiative to buy shells was also discussed.",
])
def test_another_initiative_is_none(text):
    assert coalitions(text) == []
