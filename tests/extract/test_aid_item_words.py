"""Aid items of humanitarian and non-lethal deliveries (twenty-first session): "unmanned aerial
systems", "non-lethal supplies", "transformers", "fire engines" are items a commitment can carry."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


@pytest.mark.parametrize("text, donor, item", [
    ("Australia is giving Ukraine unmanned aerial systems.", "AUS", "unmanned aerial systems"),
    ("Japan will give Ukraine large transformers for its substations.", "JPN", "transformers"),
    ("South Korea was considering sending further non-lethal supplies to Ukraine.", "KOR", "non-lethal supplies"),
    ("Britain has sent 17 fire engines to Ukraine.", "GBR", "fire engines"),
])
def test_an_item_of_aid(text, donor, item):
    result = extract(Article(text="Headline\n\n" + text, source="test", published="2023-01-20"))
    assert any(f.kind == "commitment" and f.donor == donor and item in f.items for f in result.facts)


def test_a_flight_carried_a_load_to_ukraine():
    result = extract(Article(text="Headline\n\nAn earlier South Korean government flight carried about 40 tonnes of "
                                  "medical supplies to Ukraine.", source="test", published="2022-03-24"))
    assert [(f.donor, f.status) for f in result.facts if f.kind == "commitment"] == [("KOR", "delivered")]
