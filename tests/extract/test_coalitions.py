"""Coalition rules, each on short sentences written for the test."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> list[dict]:
    result = extract(Article(text=text, source="test"))
    return [f.model_dump() for f in result.facts if f.kind == "coalition"]


def test_a_coalition_named_in_passing_is_a_fact_without_leads():
    # adjudication 26 (tests/data/devset/ADJUDICATION.md): a named coalition is a fact wherever it
    # is mentioned, with leads only when the article gives them; this test asserted the older
    # convention (no fact) before the adjudication
    assert [(c["name"], c["leads"], c["size"]) for c in coalitions(
        "Belgium's funding also goes to the demining coalition and the IT coalition.")] == [
        ("Demining Capability Coalition for Ukraine", [], None), ("IT coalition", [], None)]
    # decision 29 (second pass): the contact group named in full is a fact wherever it is named,
    # with leads only when given; this line asserted no fact before that decision
    assert [(c["name"], c["leads"]) for c in coalitions(
        "Estonia told the 50-nation Ukraine Defense Contact Group it would give more.")] == [("Ukraine Defense Contact Group", [])]


def test_leads_from_led_by_and_co_chairs_with():
    [c] = coalitions("The armoured vehicles coalition, which Poland co-chairs with Germany, met in Warsaw.")
    assert c["name"] == "armoured vehicles coalition"
    assert c["leads"] == ["POL", "DEU"]
    [c] = coalitions("The demining coalition, led by Lithuania and Iceland, now counts around 20 countries.")
    assert c["leads"] == ["LTU", "ISL"]
    assert c["size"] == 20


def test_a_relative_clause_about_another_noun_gives_no_lead():
    [c] = coalitions(
        "The drone coalition, led by Britain and Latvia, met on Monday. "
        "The coalition will not compete with the NATO battlegroup Canada leads in Latvia."
    )
    assert c["leads"] == ["GBR", "LVA"]


def test_leads_said_a_few_sentences_after_the_only_coalition_named():
    text = (
        "Leaders met in London to discuss the coalition of the willing. Not everyone came. "
        "Some sent ministers. Norway and Spain will lead the planning together."
    )
    [c] = coalitions(text)
    assert c["leads"] == ["NOR", "ESP"]


def test_an_unnamed_coalition_is_named_for_its_capability_and_aim():
    [c] = coalitions("In 2023 Norway and Belgium put together a 9-nation coalition to train Ukrainian pilots on F-16s.")
    assert c["name"] == "Air Force Capability Coalition"
    assert c["leads"] == ["NOR", "BEL"]
    assert c["size"] == 9
