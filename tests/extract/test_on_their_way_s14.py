"""Aid in kind "on its way" or "en route" to Ukraine, in the present or the past (fourteenth
session): the items have left the donor, a delivery; more of them that "will follow" a delivery
are a later stage. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status, tuple(i.lower() for i in f.items)) for f in result.facts if f.kind == "commitment"]


def test_reported_items_were_on_their_way():
    found = commitments("The Dutch defence minister said more Patriot launchers were on their way to Ukraine.")
    assert any(d == "NLD" and s == "delivered" for d, s, _ in found)


def test_items_en_route():
    found = commitments("Two Norwegian NASAMS fire units are en route to Ukraine, Oslo said on Monday.")
    assert any(d == "NOR" and s == "delivered" for d, s, _ in found)


def test_a_way_that_is_no_journey_gives_nothing():
    assert commitments("Talks on a ceasefire are on their way to collapse, Germany's foreign minister said.") == []


def test_more_items_that_will_follow_a_delivery():
    found = commitments("Norway has delivered the first NASAMS launchers to Ukraine. "
                        "More launchers will follow next year, its defence ministry said.")
    assert any(d == "NOR" and s == "planned" and "launchers" in i for d, s, i in found)


def test_allies_that_should_follow_an_example_give_nothing_more():
    found = commitments("Germany sent two Patriot launchers to Ukraine. "
                        "Other allies should follow its example, the chancellor said.")
    assert len(found) == 1
