"""A clause after a boundary word ("while", "but", "whereas") keeps every holder of its subject
(extract/clause_groups.py): "…, while Britain and France have offered soldiers" is Britain's and
France's offer, and the first clause keeps its own refusal. Sentences written for the test."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def participations(sentence: str) -> set[tuple[str, str]]:
    text = "Headline\n\nRussia's war in Ukraine went on.\n\n" + sentence + "\n"
    return {(f.actor, f.status) for f in extract(Article(text=text, source="test")).facts if f.kind == "participation"}


def test_both_holders_after_while_keep_their_offer():
    got = participations("Italy will not send troops to the reassurance force, while Britain and France "
                         "have offered soldiers for it.")
    assert {("ITA", "declined"), ("GBR", "committed"), ("FRA", "committed")} <= got


def test_a_list_of_clauses_is_still_cut_at_each_subject():
    got = participations("Britain will send troops, Germany will provide air cover, and Italy has ruled out "
                         "any role in the reassurance force.")
    assert ("ITA", "declined") in got
    assert ("ITA", "committed") not in got
