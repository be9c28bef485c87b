"""Ceasefires: a joint demand after a participle phrase, and what a demand asks of another party.
Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def _ceasefires(text: str):
    return [f for f in extract(Article(text="Headline\n\n" + text, source="test")).facts if f.kind == "ceasefire"]


def test_a_joint_demand_after_a_participle_phrase_names_its_proposers():
    found = _ceasefires("The prime ministers of Spain and Italy, speaking in Rome after talks with the Ukrainian "
                        "president, demanded on Friday that Russia agree to a 30-day ceasefire.")
    assert found and {"ESP", "ITA"} <= set(found[0].proposers)
    assert "RUS" not in {r.actor for r in found[0].responses}


def test_a_demand_of_guarantees_is_no_proposal():
    found = _ceasefires("Russia demanded guarantees from the West before any 30-day ceasefire.")
    assert all("RUS" not in f.proposers for f in found)
