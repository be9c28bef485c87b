"""A country after "bought from", "on order from" sells the items; it does not give them
(fifteenth session). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def donors(text: str) -> set:
    result = extract(Article(text="Air defence for Ukraine\n\n" + text, source="case"))
    return {f.donor for f in result.facts if f.kind == "commitment"}


def test_the_country_an_item_is_on_order_from_is_no_giver():
    found = donors("Norway earlier sent eight howitzers from army stocks, as well as mortars, and it has paid for an air defence "
                   "system on order from Germany.")
    assert "DEU" not in found


def test_the_country_after_bought_from_is_no_giver():
    found = donors("Norway earlier sent Ukraine eight howitzers from army stocks, and it has paid for two air defence systems "
                   "bought from the United States.")
    assert "USA" not in found


def test_items_from_a_country_are_still_its_gift():
    found = donors("Ukraine received 40 armoured vehicles from Germany last week.")
    assert "DEU" in found
