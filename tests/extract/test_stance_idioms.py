"""Idioms of position in news copy (twenty-first session): "could live with", "signed off on",
"is all for", "has no objection to" are support; "was cool on", "pushed back against", "poured cold
water on", "had reservations about" are opposition."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article

LEAD = "Russia's war on Ukraine goes on. EU governments discussed new sanctions on Russia. "


def stances(text: str) -> list[tuple[str, str]]:
    result = extract(Article(text="Headline\n\n" + LEAD + text, source="test", published="2024-05-30"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


@pytest.mark.parametrize("text, actor, value", [
    ("Germany signed off on the sanctions on Russia.", "DEU", "support"),
    ("France said it could live with the sanctions on Russia.", "FRA", "support"),
    ("Hungary was cool on the sanctions on Russia.", "HUN", "oppose"),
    ("Slovakia had reservations about the sanctions on Russia.", "SVK", "oppose"),
])
def test_an_idiom_of_position(text, actor, value):
    assert (actor, value) in stances(text)


def test_export_controls_on_russia_are_sanctions():
    assert ("KOR", "support") in stances("Seoul has also joined the export controls on Russia that its allies put in place.")
