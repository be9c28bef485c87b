"""Ninth-session stance class (ADJUDICATION.md decisions 14 and 39), on made-up sentences: a state's
or organisation's backing or welcome of peace efforts, its own or another's, is its `support` stance
on them; efforts for something else (aid, weapons) and a negated backing are none."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article

PEACE_TALK = "Headline\n\nTalks on a truce went on in Geneva.\n\n"


def efforts(text: str) -> set[tuple[str, str]]:
    result = extract(Article(text=PEACE_TALK + text, source="test"))
    return {(f.actor, f.stance) for f in result.facts if f.kind == "stance" and f.target == "peace efforts"}


@pytest.mark.parametrize("text, actor", [
    ("Austria backs the Vatican's efforts to bring the two sides to the table and end the fighting.", "AUT"),
    ("The Irish government welcomed Turkey's efforts towards a negotiated settlement.", "IRL"),
    ("NATO endorsed the Swiss efforts to broker a deal between the two sides, its spokeswoman said.", "NATO"),
    ("Saudi Arabia supported the Hungarian leader's efforts, the foreign minister said.", "SAU"),
    ('"We welcome the Pope\'s efforts to stop the bloodshed," the Swedish prime minister said.', "SWE"),
])
def test_backing_or_welcoming_peace_efforts_is_support(text, actor):
    assert (actor, "support") in efforts(text)


@pytest.mark.parametrize("text", [
    "Norway welcomed efforts to deliver more air defence systems to Ukraine.",
    "Greece backs the effort to supply Kyiv with more shells.",
    "Portugal did not support the Brazilian efforts to end the war.",
    "Slovenia welcomed the effort.",
])
def test_other_efforts_or_a_negated_backing_are_no_support_of_peace_efforts(text):
    assert not {s for _, s in efforts(text) if s == "support"}
