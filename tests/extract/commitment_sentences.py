"""What the commitment tests on made-up sentences read: the commitments of a short article whose
first sentence makes it one about aid to Ukraine, naming no donor of its own (an article that never
says something is given to Ukraine holds no aid, whatever its sentences say)."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

OPENING = "Ukraine's partners met on Tuesday to discuss more aid for Ukraine."


def facts(text: str, kind: str = "commitment", headline: str = "Headline") -> list:
    result = extract(Article(text=headline + "\n\n" + OPENING + " " + text, source="case"))
    return [f for f in result.facts if f.kind == kind]


def commitments_of(text: str) -> list:
    """The commitments of a whole article given as it is (headline, blank line, body): for tests
    whose own text says what the article is about."""
    return [f for f in extract(Article(text=text, source="case")).facts if f.kind == "commitment"]
