"""Ninth session: each membership a sentence names is its own stance, also when the second is
coordinated with its own preposition ("membership of NATO and of the EU"; ADJUDICATION.md decision 51)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR


def _targets(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return {(f.actor, f.stance, f.target) for f in result.facts if f.kind == "stance"}


@pytest.mark.parametrize("text, actor", [
    ("In the accord, Portugal says that it backs Ukraine's eventual membership of NATO and of the EU.", "PRT"),
    ("Latvia said it supported Ukraine's membership of the European Union and in NATO.", "LVA"),
    ("Croatia's president said he backed Ukraine's accession to NATO and to the European Union.", "HRV"),
])
def test_both_memberships(text, actor):
    found = _targets(text)
    assert (actor, "support", "Ukraine's NATO membership") in found
    assert (actor, "support", "Ukraine's EU membership") in found
