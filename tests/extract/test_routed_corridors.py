"""Corridors with their own route (decision 97, twenty-first session): "a corridor from the Azot plant
to Svatove" offered by one side is a truce on land; a corridor from a Black Sea port is the grain
corridor, no land truce; both sides told to "stop where they are" is a halt along the whole front
(decision 98)."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def ceasefires(text: str) -> list[tuple[list[str], list[str]]]:
    result = extract(Article(text="Headline\n\nRussia's war on Ukraine goes on. " + text, source="test",
                             published="2022-06-14"))
    return [(f.proposers, f.scope) for f in result.facts if f.kind == "ceasefire"]


def test_a_corridor_with_its_route_is_a_land_truce():
    assert ceasefires("Russia offered a corridor from the Azot plant to Svatove on Wednesday.") == [(["RUS"], ["land"])]


def test_a_corridor_from_a_black_sea_port_is_no_land_truce():
    assert ceasefires("Ships will sail along the UN- and Turkish-brokered corridor from Odesa.") == []


def test_a_land_corridor_of_territory_is_none():
    assert ceasefires("Russia offered to keep its land corridor to Crimea.") == []


def test_stopping_where_they_are_is_a_full_truce():
    assert ceasefires("Trump urged both sides to stop where they are and negotiate.") == [(["USA"], ["full"])]


def test_a_deal_not_to_attack_merchant_ships_is_a_truce_at_sea():
    result = extract(Article(text="Headline\n\nRussia's war on Ukraine goes on. The deal signed in Istanbul, brokered by "
                                  "the United Nations and Turkey, commits Russia and Ukraine not to attack merchant ships "
                                  "or the three ports for 120 days.", source="test", published="2022-08-01"))
    assert [(f.proposers, f.scope, f.duration_days) for f in result.facts if f.kind == "ceasefire"] == [
        (["UN", "TUR"], ["sea"], 120)]


def test_an_agreed_green_corridor_is_both_sides_truce():
    found = ceasefires("An evacuation column from Enerhodar was turned back at a Russian checkpoint on Wednesday, "
                       "the second day in a row that families trying to reach Zaporizhzhia along an agreed green "
                       "corridor got no further.")
    assert (["RUS", "UKR"], ["land"]) in found


def test_a_protected_sea_lane_is_a_truce_at_sea():
    found = ceasefires("The United Nations proposed a protected sea lane out of Odesa for grain ships.")
    assert (["UN"], ["sea"]) in found
