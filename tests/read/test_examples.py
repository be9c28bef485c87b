"""The example articles in ``examples/`` read cleanly, one per format, each with a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition.model import Article
from coalition.read import read_paths
from coalition.read.text import is_furniture

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture
def articles() -> list[Article]:
    if not EXAMPLES.is_dir():
        pytest.skip(f"no examples directory at {EXAMPLES}")
    return list(read_paths([EXAMPLES]))


def test_every_example_is_read_with_a_title_and_a_date(articles):
    assert all(isinstance(article, Article) for article in articles), articles
    assert len(articles) == 7
    for article in articles:
        assert article.title, article.source
        assert article.published, article.source
        assert 150 <= len(article.text.split()) <= 400, article.source


def test_examples_cover_every_format(articles):
    suffixes = {Path(article.source.split(":")[0].split("#")[0]).suffix for article in articles}
    assert suffixes == {".txt", ".html", ".jsonl", ".xml"}


def test_example_texts_hold_no_furniture_and_a_quote(articles):
    for article in articles:
        assert not any(is_furniture(line) for line in article.text.split("\n")), article.source
        assert any(mark in article.text for mark in ('"', "“")), article.source
        assert " said." in article.text, article.source
