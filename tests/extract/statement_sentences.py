"""Shared helpers of the statement tests on made-up sentences: each text is extracted as the body
of an article under ``headline``, and the tests read (speaker, quote) of its statements."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def statements(text: str, headline: str = "Headline") -> list[tuple]:
    result = extract(Article(text=headline + "\n\n" + text, source="test"))
    return [(f.speaker, f.quote) for f in result.facts if f.kind == "statement"]


def speakers(text: str) -> list:
    return [s for s, _ in statements(text)]
