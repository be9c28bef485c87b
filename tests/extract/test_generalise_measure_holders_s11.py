"""Eleventh session: holders of positions on aid named only by name and title, with no country
word ("President Zoran Milanović", "Chief Cabinet Secretary Hirokazu Matsuno"), found through the
office holders added to resolve/data/people.tsv (dev 274, 281, 284, 340, 348, 421). Made-up
sentences; each fails without its entry."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, holder", [
    ("President Zoran Milanović, a vocal critic of Western military aid to Kyiv, said on Monday that the "
     "helicopters should stay at home.", "HRV"),
    ("President Rumen Radev has argued against military aid to Ukraine since the start of the war.", "BGR"),
    ('"Sending lethal weapons is not something we are considering," Chief Cabinet Secretary Hirokazu '
     'Matsuno told reporters in Tokyo.', "JPN"),
])
def test_an_office_holder_named_without_a_country_holds_the_position(text, holder):
    assert (holder, "oppose") in stances(text)
