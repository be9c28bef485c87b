"""A truce asked for is proposed by the one who asks (twenty-first session): "Ukraine asked for a
30-day ceasefire", also when the channel the request goes through stands between the verb and its
object ("has asked, through the International Committee of the Red Cross, for a corridor … with a
local ceasefire"); a truce someone "had asked for" in a relative clause names which truce, no new
proposal."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

LEAD = "Russia's war on Ukraine goes on. "


def ceasefires(text: str) -> list[tuple[list[str], list[str], int | None]]:
    result = extract(Article(text="Headline\n\n" + LEAD + text, source="test", published="2025-02-03"))
    return [(f.proposers, f.scope, f.duration_days) for f in result.facts if f.kind == "ceasefire"]


def test_the_one_who_asks_for_a_truce_proposes_it():
    assert ceasefires("Ukraine asked for a 30-day ceasefire on Monday.") == [(["UKR"], ["full"], 30)]


def test_a_channel_between_commas_is_no_party_and_does_not_hide_the_verb():
    assert ceasefires("Kyiv has asked, through the International Committee of the Red Cross, for a "
                      "humanitarian corridor out of Kharkiv with a local ceasefire along the route.") == [
        (["UKR"], ["land"], None)]


def test_a_truce_asked_for_in_a_relative_clause_is_no_new_proposal():
    assert ceasefires("Russian missiles hit Kyiv overnight, ending a pause in strikes on energy sites "
                      "that U.S. President Donald Trump had asked for.") == []


def test_a_call_by_a_list_of_actors_is_proposed_by_each():
    assert ceasefires("Moscow has brushed aside a call by Kyiv and the leaders of France, Britain, Germany and "
                      "Poland for an unconditional 30-day ceasefire.") == [(["UKR", "FRA", "GBR", "DEU", "POL"], ["full"], 30)]
