"""Shared helpers of the ceasefire tests on made-up sentences: each sentence is extracted as the
body of a one-line article, and the tests read its ceasefire facts."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def facts(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == "ceasefire"]


def proposers(text: str) -> list[list[str]]:
    return [sorted(f.proposers) for f in facts(text)]


def read(text: str) -> list[tuple]:
    return [(sorted(f.proposers), f.duration_days, f.scope) for f in facts(text)]
