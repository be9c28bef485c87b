"""Statements: people introduced by a lower-case role after their country, the listener after
"told", and a competition's name after a title word. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.extract.pipeline import build_pipeline
from coalition.model import Article


def _statements(text: str):
    return [(f.speaker, f.quote) for f in extract(Article(text="Headline\n\n" + text, source="test")).facts
            if f.kind == "statement"]


def test_a_country_and_a_sports_role_introduce_a_person():
    doc = build_pipeline()("Brazil striker Joana Pereira Silva joined the club on Monday.")
    assert any(name == "Joana Pereira Silva" for name, _, _ in doc.user_data["people"].values())


def test_he_told_the_club_website_is_the_person_not_the_club():
    found = _statements("Poland midfielder Tomasz Wrobel joined Celtic on Friday.\n\n"
                        "\"It is a big club with a great history, and I want to win trophies here,\" he told the club website.")
    assert found and found[0][0] == "Tomasz Wrobel"


def test_premier_league_is_no_person():
    doc = build_pipeline()("Arsenal were top of the Premier League at Christmas.")
    assert doc.user_data["people"] == {}
