"""A delivery quoted again with a demonstrative ("The first of these aircraft arrived today") is the
delivery told before, not a second one (fourteenth session, round 2). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def deliveries(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [f.donor for f in result.facts if f.kind == "commitment" and f.status == "delivered"]


def test_a_demonstrative_class_noun_after_a_delivery_is_the_same_delivery():
    text = ("The first Swedish fighter jets landed in Ukraine on Monday. "
            "\"The first of these aircraft arrived in Ukraine today,\" the defence minister wrote.")
    assert deliveries(text) == ["SWE"]


def test_a_delivery_of_another_kind_is_kept():
    text = ("The first Swedish fighter jets landed in Ukraine on Monday. "
            "Sweden has also delivered these armoured vehicles to Ukraine, the ministry said.")
    assert deliveries(text).count("SWE") == 2
