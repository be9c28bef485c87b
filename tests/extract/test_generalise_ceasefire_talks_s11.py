"""Eleventh session: a ceasefire and talks (or a political settlement) backed in one phrase, "supported a
ceasefire and talks", "we stand for dialogue and negotiation, for a ceasefire and for a political
settlement" (positions.json paired_targets, stance_efforts.py; dev 224, 287, 308, 373). Each aim is
its own support. Made-up sentences; each positive case fails without the rule."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article

from tests.extract.stance_sentences import WAR


def _targets(text: str, actor: str) -> set[str]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return {f.target for f in result.facts if f.kind == "stance" and f.actor == actor and f.stance == "support"}


@pytest.mark.parametrize("text", [
    "Brazil's ambassador said Brasilia supported a ceasefire and talks, and nothing else would end the war.",
    "Speaking in Geneva, South Africa's foreign minister said Pretoria backed a ceasefire and negotiations "
    "without delay.",
    "\"We stand for dialogue and negotiation, for a ceasefire,\" Brazil's foreign minister said.",
])
def test_a_ceasefire_and_talks_are_two_supports(text):
    actor = "ZAF" if "South Africa" in text else "BRA"
    assert {"ceasefire proposal", "peace talks"} <= _targets(text, actor)


def test_a_ceasefire_and_a_political_settlement_are_two_supports():
    text = "Brazil's foreign minister said Brasilia backed a ceasefire and a political settlement."
    assert {"ceasefire proposal", "peace efforts"} <= _targets(text, "BRA")


def test_efforts_for_a_ceasefire_are_one_support():
    # negative: "backs the efforts for a ceasefire" stays one support, of the ceasefire
    text = "Brazil's foreign minister said Brasilia backed the efforts for a ceasefire."
    assert "peace efforts" not in _targets(text, "BRA")


def test_a_ceasefire_alone_names_no_talks():
    text = "Brazil's foreign minister said Brasilia backed a ceasefire, and talks would come later."
    assert "peace talks" not in _targets(text, "BRA")
