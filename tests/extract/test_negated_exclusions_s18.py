"""A negated "off the table" is no refusal (extract/hedge_frames.py, ADJUDICATION decision 9):
"nothing had been taken off the table" and "no option was off the table" leave a step open, while
"is off the table" and "has taken … off the table" still exclude it; and the ECB as the EU's
(decision 65). Sentences written for the test."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def positions(sentence: str) -> set[tuple[str, str]]:
    text = "Headline\n\nRussia's war in Ukraine went on.\n\n" + sentence + "\n"
    out = set()
    for f in extract(Article(text=text, source="test")).facts:
        if f.kind == "participation":
            out.add((f.actor, f.status))
        elif f.kind == "stance":
            out.add((f.actor, f.stance))
    return out


@pytest.mark.parametrize("sentence,actor", [
    ("Asked about sending troops, the British prime minister said nothing had been taken off the table.", "GBR"),
    ("Macron said no option was off the table, including sending troops.", "FRA"),
    ("Sending troops is not off the table, the Dutch defence minister said.", "NLD"),
    ("Asked about a peacekeeping force, the Dutch premier said nothing has been ruled out.", "NLD"),
])
def test_a_negated_exclusion_leaves_the_step_open(sentence, actor):
    got = positions(sentence)
    assert (actor, "open") in got
    assert (actor, "declined") not in got


@pytest.mark.parametrize("sentence,actor", [
    ("Sending troops is off the table, the Spanish defence minister said.", "ESP"),
    ("Britain has taken the deployment of ground troops off the table.", "GBR"),
])
def test_an_exclusion_without_negation_still_declines(sentence, actor):
    assert (actor, "declined") in positions(sentence)


def test_the_european_central_bank_speaks_for_the_eu():
    """ADJUDICATION decision 65: the ECB is coded EU (resolve/data/organisations.tsv)."""
    text = ("Headline\n\nThe European Central Bank said on Thursday that \"any use of the immobilised assets "
            "must respect international law and protect the euro\".\n")
    facts = extract(Article(text=text, source="test")).facts
    assert [f.actor for f in facts if f.kind == "statement"] == ["EU"]
