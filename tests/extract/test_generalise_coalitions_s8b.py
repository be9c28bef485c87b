"""Coalitions under the second adjudication pass (tests/data/devset/ADJUDICATION.md, decisions 28
and 29): one canonical name per known coalition, the contact group a fact wherever it is named in
full, and a forum named with a "-led" adjective kept only when its leads or size are reported.
Made-up sentences."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> list[tuple[str, list[str], int | None]]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.name, f.leads, f.size) for f in result.facts if f.kind == "coalition"]


@pytest.mark.parametrize("text, name", [
    ("Slovakia said it would send technicians to the F-16 coalition next spring.", "Air Force Capability Coalition"),
    ("The fighter jet coalition will meet again in October.", "Air Force Capability Coalition"),
    ("Greece has put money into the drone coalition.", "Drone Coalition for Ukraine"),
    ("Austria pays into the demining coalition each year.", "Demining Capability Coalition for Ukraine"),
    ("The maritime coalition agreed a new plan for Ukraine's navy.", "Maritime Capability Coalition for Ukraine"),
    ("Members of the Ramstein coalition agreed to speed up deliveries.", "Ukraine Defense Contact Group"),
])
def test_a_known_coalition_takes_its_canonical_name(text, name):
    assert [c[0] for c in coalitions(text)] == [name]


def test_two_names_of_one_coalition_are_one_fact_with_pooled_leads():
    text = ("Norway and Belgium lead the air force capability coalition. "
            "Weeks later, Portugal said it would join the F-16 coalition as well.")
    assert coalitions(text) == [("Air Force Capability Coalition", ["NOR", "BEL"], None)]


@pytest.mark.parametrize("text", [
    "Spain will announce its package at the next UDCG meeting.",
    "Ministers of the Ramstein format meet again on Thursday.",
    "Croatia gave no figure when it spoke at the Ukraine Defence Contact Group.",
    "Poland will present its plan at a Ramstein-format meeting next week.",
])
def test_the_contact_group_named_in_full_is_a_fact(text):
    assert coalitions(text) == [("Ukraine Defense Contact Group", [], None)]


@pytest.mark.parametrize("text", [
    "Croatia said it would announce its package at the next meeting of the contact group.",
    "The minister flew to Ramstein Air Base on Tuesday to meet his counterparts.",
])
def test_a_bare_contact_group_or_ramstein_the_base_is_none(text):
    assert coalitions(text) == []


@pytest.mark.parametrize("text", [
    "Iceland put two million euros into the Czech-led initiative to buy shells outside Europe.",
    "Part of the package pays for rounds sourced through the Czech initiative.",
])
def test_a_forum_named_with_its_led_adjective_only_is_none(text):
    # Third adjudication pass, decision 42: the Czech-led ammunition initiative is a coalition in every
    # article that names it, also in passing, led by the Czech Republic (this asserted [] before)
    assert coalitions(text) == [("Czech-led ammunition initiative", ["CZE"], None)]


@pytest.mark.parametrize("text, size", [
    ("Finland joined the Czech-led initiative to buy shells outside Europe. Twenty countries have now joined the initiative.", 20),
    ("Finland joined the Czech-led initiative to buy shells outside Europe. The money goes to the procurement initiative "
     "led by the Czech Republic, which finds stocks abroad.", None),
])
def test_a_forum_whose_leads_or_size_are_reported_is_a_fact(text, size):
    assert coalitions(text) == [("Czech-led ammunition initiative", ["CZE"], size)]


def test_an_anaphor_renews_the_reach_of_the_coalition_it_refers_to():
    text = ("The Czech-led initiative has shipped more shells this year. "
            "Officials praised the pace. Analysts agreed. Critics disagreed. "
            "Donors keep paying into the initiative. Suppliers are found abroad. Prices rose. Stocks fell. "
            "So far 14 countries have joined the initiative.")
    assert coalitions(text) == [("Czech-led ammunition initiative", ["CZE"], 14)]
