"""Extraction never fails on text cut short: every dev-set paragraph, alone and without its
closing punctuation, so that its last sentence ends the article with no full stop (a headline,
a subheading, a feed summary cut off). A rotated subheading at the end of an article once raised
IndexError in the recipient test, and ingest then skipped the whole article."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition.extract import extract
from coalition.model import Article

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "devset" / "articles"
_CLOSERS = ".!?\"'\u201d\u2019)"


def _cut_paragraphs(path: Path) -> list[str]:
    out = []
    for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
        cut = paragraph.strip().rstrip(_CLOSERS)
        if cut:
            out.append(cut)
    return out


@pytest.mark.parametrize("path", sorted(ARTICLES.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_every_paragraph_without_its_full_stop_extracts(path):
    for text in _cut_paragraphs(path):
        result = extract(Article(text=text, source=path.name))
        for fact in result.facts:
            start, end = fact.evidence.start, fact.evidence.end
            assert 0 <= start <= end <= len(text)


def test_items_closing_an_unpunctuated_article_are_read():
    result = extract(Article(text="Aid\n\nGermany will send Ukraine 40 Marder infantry fighting vehicles", source="cut"))
    [fact] = [f for f in result.facts if f.kind == "commitment"]
    assert fact.donor == "DEU" and fact.recipient == "UKR"
