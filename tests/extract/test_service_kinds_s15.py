"""Fifteenth session: services named in a plain list with other kinds of support ("intelligence
sharing, cyber defence and training that Norway already provides") are a commitment per kind
(ADJUDICATION.md decision 49); cyber defence and scholarships are items."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple[str | None, str, list[str]]]:
    result = extract(Article(text="Headline\n\nUkraine receives new support from its partners.\n\n" + text, source="test"))
    return [(f.donor, f.category, f.items) for f in result.facts if f.kind == "commitment"]


def test_a_listed_service_is_its_own_commitment():
    text = ("Norway and Ukraine signed a ten-year security agreement on Monday. The text sets out the "
            "intelligence sharing, cyber defence and training that Norway already provides to Ukraine.")
    found = commitments(text)
    assert ("NOR", "intelligence", ["intelligence sharing"]) in found
    assert ("NOR", "military", ["cyber defence"]) in found
    assert ("NOR", "training", ["training"]) in found


def test_items_of_one_kind_stay_together():
    # no service in the list: one commitment, as before
    text = "Norway has sent Ukraine howitzers, radars and drones this year."
    assert [c for c in commitments(text) if c[0] == "NOR"] == [("NOR", "military", ["howitzers", "radars", "drones"])]


def test_scholarships_are_an_item():
    text = "Ukraine received aid from abroad. Portugal will also provide 40 scholarships to Ukrainian students."
    assert ("PRT", "humanitarian", ["scholarships"]) in commitments(text)


def test_will_offer_gives():
    text = "Ukraine received aid from abroad. Portugal will also offer 40 scholarships for Ukrainian students."
    assert ("PRT", "humanitarian", ["scholarships"]) in commitments(text)


def test_an_offer_price_is_no_aid():
    text = ("The Czech arms maker, which supplies Ukraine, made its debut in Amsterdam. At the offer price "
            "the group was valued at €25 billion.")
    assert commitments(text) == []
