"""Aid named in an aside that describes the giver ("Norway, a long-time provider of humanitarian aid,
has pledged shells") is no gift of the sentence (fourteenth session, round 2). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def items(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [tuple(f.items) for f in result.facts if f.kind == "commitment"]


def test_aid_in_an_aside_describing_the_giver_is_not_given():
    found = items("Finland, a steady provider of humanitarian aid, has pledged artillery shells to Ukraine.")
    assert not any("humanitarian aid" in i for i in found)
    assert any("artillery shells" in i for i in found)


def test_budget_support_in_a_donor_aside_is_not_the_gift():
    found = items("Tokyo, Kyiv's biggest Asian donor of budget support, will keep sending loans to Ukraine, an official said.")
    assert not any("budget support" in i for i in found)


def test_aid_given_by_the_verb_is_kept():
    assert any("humanitarian aid" in i for i in items("Finland has sent humanitarian aid to Ukraine, officials said."))
