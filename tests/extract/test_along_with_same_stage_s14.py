"""Items joined by "together with" / "along with" under one verb that gives both the same stage are
one commitment ("the tanks were delivered, together with spare parts and ammunition"), not two
(fourteenth session, round 2). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status, tuple(f.items)) for f in result.facts if f.kind == "commitment"]


def test_accessories_delivered_with_the_main_item_are_one_delivery():
    found = commitments("The Leopard 1 tanks that Denmark promised Ukraine in April were handed over in the autumn, "
                        "along with spare parts and ammunition.")
    assert len([c for c in found if c[0] == "DNK"]) == 1


def test_items_of_another_kind_after_along_with_stay_apart():
    found = commitments("Denmark has delivered Leopard tanks to Ukraine, along with blankets and winter clothing.")
    assert len([c for c in found if c[0] == "DNK"]) == 2
