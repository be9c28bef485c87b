"""A country's name or demonym that opens a party's name is no mention of the state (a party holds
no position of its country: tests/data/devset/ADJUDICATION.md decision 61)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.extract.pipeline import load_pipeline
from coalition.model import Article


def _codes(text: str) -> list[str]:
    return [e.id_ for e in load_pipeline(False, False)(text).ents if e.label_ == "COUNTRY"]


@pytest.mark.parametrize("text", [
    "The Swiss People's Party criticised the move.",
    "Slovak National Party deputies walked out.",
    "Danish People's Party leader Morten Messerschmidt said no.",
    "Britain's Labour Party backed the motion.",
])
def test_a_party_name_is_no_mention_of_its_state(text):
    assert _codes(text) == []


@pytest.mark.parametrize("text, codes", [
    ("Switzerland said no, and the Swiss Government agreed.", ["CHE", "CHE"]),
    ("The Polish People's Party (PSL) walked out, but Poland voted yes.", ["POL"]),
    ("Swiss party leaders met in Bern.", ["CHE", "CHE"]),  # "party" in lower case is no party's name
])
def test_the_state_itself_is_still_named(text, codes):
    assert _codes(text) == codes


def test_a_party_criticising_a_decision_gives_no_stance_of_its_state():
    text = ("Switzerland adopts EU sanctions\n\nBERN - Switzerland will adopt the European Union's sanctions "
            "against Russia in full, the Federal Council decided on Monday.\n\nThe Swiss People's Party "
            "criticised the move. \"The Federal Council has thrown our neutrality overboard in an afternoon,\" "
            "said party president Marco Chiesa.\n")
    result = extract(Article(text=text, source="test"), nlp=load_pipeline(False, False))
    stances = {(f.actor, f.stance) for f in result.facts if f.kind == "stance"}
    assert ("CHE", "support") in stances
    assert ("CHE", "oppose") not in stances
