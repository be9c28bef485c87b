"""An actor named by its own aid after "alongside" ("alongside the IMF money") is a reference, not a
co-giver (fourteenth session, round 2). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def donors(text: str) -> set:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return {f.donor for f in result.facts if f.kind == "commitment"}


def test_an_actor_named_by_its_money_after_alongside_gives_nothing():
    assert donors("Japan will send grants to Ukraine alongside the EU money, the minister said.") == {"JPN"}


def test_an_actor_named_by_its_loans_with_a_possessive_gives_nothing():
    assert donors("Canada will keep sending grants to Ukraine, together with the IMF's loans.") == {"CAN"}


def test_an_actor_after_together_with_still_gives_when_no_aid_noun_follows():
    assert donors("Norway pledged air defence systems to Ukraine, together with the United States.") >= {"NOR", "USA"}
