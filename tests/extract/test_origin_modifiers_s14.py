"""Aid items named by their origin with a hyphenated participle ("UK-supplied missiles were
fired"): no gift of their own (fourteenth session, round 2). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status) for f in result.facts if f.kind == "commitment"]


def test_weapons_named_by_origin_and_fired_give_nothing():
    assert commitments("Paris has changed course. Kyiv launched French-supplied SCALP missiles at an airfield near Kursk on Monday.") == []


def test_weapons_named_by_origin_and_used_give_nothing():
    assert commitments("Ukraine may now use British-supplied Storm Shadow cruise missiles against targets in Russia, officials said.") == []


def test_a_real_verb_of_giving_still_gives():
    assert ("GBR", "delivered") in commitments("Britain has supplied Storm Shadow cruise missiles to Ukraine.")


def test_an_origin_item_that_arrives_is_still_a_delivery():
    assert ("DEU", "delivered") in commitments("The first German-donated Leopard tanks arrived in Ukraine on Monday.")
