"""Fifth-session coalition classes, on made-up sentences: a coalition's meeting told of again as
"the meeting" (its size), leads named with a verb of intent before "lead", and a coalition named by
what it does further after "a coalition of countries"."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def coalitions(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.name, sorted(f.leads), f.size) for f in result.facts if f.kind == "coalition"]


@pytest.mark.parametrize("text, size", [
    ("Portugal will not send troops, its government said as leaders of the coalition of the willing met in London. "
     "The prime minister attended the meeting, which brought together some 30 countries.", 30),
    ("Defence ministers of the drone coalition gathered in Riga on Monday. Officials said the meeting drew "
     "18 nations.", 18),
])
def test_the_meeting_of_a_named_coalition_gives_its_size(text, size):
    assert [s for _, _, s in coalitions(text)] == [size]


def test_a_meeting_that_is_not_the_coalitions_adds_nothing():
    # the coalition is only named, not meeting: a later meeting is another one
    text = ("Spain has joined the drone coalition, officials said. Separately, the meeting of EU finance "
            "ministers brought together 27 countries.")
    # the drone coalition itself is a fact since adjudication 26 (named coalitions always
    # recorded); the other meeting's 27 countries are still not its size
    assert coalitions(text) == [("Drone Coalition for Ukraine", [], None)]


@pytest.mark.parametrize("text, expected", [
    ("Britain and Latvia are preparing to lead a coalition of countries that will pool orders for Ukraine's drone fleet.",
     ("Drone Coalition for Ukraine", ["GBR", "LVA"])),
    ("Denmark and Norway are set to lead a coalition of countries that will jointly buy air defence for Kyiv.",
     ("capability coalition for integrated air and missile defence", ["DNK", "NOR"])),
])
def test_leads_with_a_verb_of_intent_and_a_purpose_further_on(text, expected):
    assert [(n, l) for n, l, _ in coalitions(text)] == [expected]
