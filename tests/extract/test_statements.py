"""Statements on small texts written for the case."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def statements(text: str):
    result = extract(Article(text=text, source="case"))
    for fact in result.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return [f for f in result.facts if f.kind == "statement"]


def test_quote_left_open_at_the_end_of_the_text():
    # regression: evidence ran one past the end of the text (IndexError)
    text = 'Headline\n\nJohn Healey told MPs:\n\n"We cannot build Ukraine\'s security on the hope that nothing changes in Washington.'
    [statement] = statements(text)
    assert statement.speaker == "John Healey"
    assert statement.quote.startswith("We cannot build")


def test_quote_after_attribution_by_pronoun():
    text = (
        "Headline\n\nGerman Defence Minister Boris Pistorius visited Kyiv on Tuesday.\n\n"
        '"We will keep supplying air defence for as long as it takes," he said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Boris Pistorius" and statement.actor == "DEU"


def test_scare_quotes_are_not_statements():
    text = 'Headline\n\nOfficials described a "surge" of support and a "great call" with Kyiv, Prime Minister Keir Starmer said.'
    assert statements(text) == []
