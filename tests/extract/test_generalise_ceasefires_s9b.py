"""Ninth-session ceasefire classes, second round, on made-up sentences: a truce given in hours has a
length in days only when 24 divides the hours (decision 1); a bare call on others to agree or accept
a truce, with no term of its own, is the caller's stance and no proposal (decision 2). Near misses
stay as they were."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.ceasefire_sentences import facts, read


# -- a truce in hours has whole days only when 24 divides them (decision 1) ------------------------------

@pytest.mark.parametrize("text, days", [
    ("Moscow declared a 36-hour truce for the Orthodox Easter weekend.", None),
    ("Kyiv offered a 30-hour pause in shelling around the dam.", None),
    ("Kyiv offered a 48-hour pause in shelling around the dam.", 2),
    ("Moscow declared a 36-hour Christmas truce.", None),
    ("Ankara proposed a 96-hour truce along the river.", 4),
])
def test_a_truce_in_hours_has_days_only_when_whole(text, days):
    assert [f.duration_days for f in facts(text)] == [days]


# -- a bare call on others to agree a truce is the caller's stance (decision 2) ----------------------------

def _stances(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


@pytest.mark.parametrize("text", [
    "Opening the summit, the Brazilian president urged both armies to reach a truce quickly.",
    "Guterres called on the warring parties to agree to an immediate ceasefire.",
    "Scholz said he had pressed Putin to release the detained reporters and to accept a ceasefire.",
    "Hosting the envoys, the Qatari emir urged the two sides to agree on a lasting ceasefire.",
])
def test_a_bare_call_to_agree_a_truce_is_no_proposal(text):
    assert facts(text) == []


@pytest.mark.parametrize("text, caller", [
    ("Opening the summit, the Brazilian president urged both armies to reach a truce quickly.", "BRA"),
    ("Hosting the envoys, the Qatari emir urged the two sides to agree on a lasting ceasefire.", "QAT"),
])
def test_a_bare_urging_keeps_the_callers_stance(text, caller):
    assert (caller, "support") in _stances(text)


@pytest.mark.parametrize("text, expected", [
    # a term of its own: a duration, a domain, an occasion, a condition
    ("Guterres called on the warring parties to agree to a ten-day ceasefire.", [(["UN"], 10, ["full"])]),
    ("Guterres urged both sides to accept a truce at sea.", [(["UN"], None, ["sea"])]),
    ("Guterres urged both sides to accept a truce over Easter.", [(["UN"], None, ["full"])]),
    ("Guterres urged both sides to agree a truce if the prisoner swap went ahead.", [(["UN"], None, ["full"])]),
    # asked to declare it himself: the one asked proposes it
    ("The Pope urged Putin to declare a truce.", [(["RUS"], None, ["full"])]),
    # answered by the one asked: an offer put to a party who answers it
    ("Erdogan urged Zelensky to consider a quick ceasefire. Zelensky turned the idea down.",
     [(["TUR"], None, ["full"])]),
])
def test_a_call_with_terms_or_an_answer_stays_a_proposal(text, expected):
    assert read(text) == expected
