"""Stances: an answer phrased as conditions of one's own, and an arrangement referred back to.
Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def _stances(text: str) -> set[tuple[str, str]]:
    return {(f.actor, f.stance) for f in extract(Article(text="Headline\n\n" + text, source="test")).facts
            if f.kind == "stance"}


def test_own_conditions_are_a_conditional_answer():
    assert ("RUS", "conditional") in _stances(
        "Ukraine accepted the ceasefire proposal on Tuesday. Moscow attached its own conditions to the ceasefire proposal.")


def test_the_arrangement_refers_back_to_the_last_target():
    assert ("RUS", "conditional") in _stances(
        "Washington put a ceasefire proposal to both sides. The Kremlin said the arrangement would take effect "
        "only after sanctions on its banks were lifted.")
