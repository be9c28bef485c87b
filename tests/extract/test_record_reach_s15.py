"""A donor's record ("was the first country to hand over …") is read across a hyphenated modifier
before the item (fifteenth session). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def items_of(text: str) -> list:
    result = extract(Article(text="Missiles for Ukraine\n\n" + text, source="case"))
    return [(f.donor, tuple(i.lower() for i in f.items)) for f in result.facts if f.kind == "commitment"]


def test_a_record_before_a_hyphenated_item_gives_nothing():
    found = items_of("Norway was the first country to hand over long-range cruise missiles. "
                     "Oslo will send Ukraine 40 NASAMS launchers next month.")
    assert not any("missiles" in " ".join(i) for _, i in found)
    assert any(d == "NOR" and "launchers" in " ".join(i) for d, i in found)


def test_a_gift_told_with_the_same_modifier_still_comes_out():
    found = items_of("Norway will hand over long-range cruise missiles to Ukraine this spring.")
    assert any(d == "NOR" and "missiles" in " ".join(i) for d, i in found)
