"""Fourteenth session, round 2: "is adding" / "are adding" as a verb of giving aid in kind, on made-up
sentences (dev 466: "Sweden … is adding two Saab ASC 890 airborne early-warning aircraft"). The verb
gives the stage only with a donor and an item; what the added thing brings ("would add firepower") or
a speech verb ("he added") gives nothing. Each positive case fails without the rule."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.status) for f in facts(text)]


@pytest.mark.parametrize("text, donor", [
    ("Finland is adding three mobile radars, its defence ministry said.", "FIN"),
    ("Estonia is adding 20 generators for Kyiv.", "EST"),
])
def test_adding_items_is_a_pledge(text, donor):
    assert (donor, "announced") in found(text)


@pytest.mark.parametrize("text", [
    "The Finnish minister is adding pressure on allies who have no radars to spare.",
    "Finland's minister added that radars were hard to find.",
])
def test_adding_without_a_gift_is_nothing(text):
    assert found(text) == []
