"""Targets the stance vocabulary did not name until the seventeenth session (positions.json
"targets"): terms of measures ("the cap", "the formula", a sector a sanctions package would touch).
Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.extract.positions import _named_targets
from coalition.extract.stance_targets import targets_in
from coalition.model import Article


def stances(text: str) -> set:
    result = extract(Article(text="Sanctions on Russia\n\n" + text, source="case", published="2025-03-01"))
    return {(f.actor, f.stance) for f in result.facts if f.kind == "stance"}


def test_the_cap_is_a_sanctions_target():
    assert ("EST", "support") in stances("Estonia has urged the other members to adopt the cap before the summer.")


def test_a_formula_is_a_peace_plan():
    assert ("BLR", "oppose") in stances("Belarus rejected the formula outright.")


def test_a_sector_a_measure_touches():
    assert ("SVK", "oppose") in stances("Slovakia has said it will block any measure that touches nuclear energy.")


def test_the_new_phrases_join_known_targets():
    names = {name for _, name in targets_in(" the ministers rejected the formula . ", _named_targets())}
    assert names == {"peace plan"}


def test_a_cap_without_a_cue_is_no_position():
    assert stances("The cap on bank bonuses in Latvia was raised last year.") == set()
