"""A refused backstop is a refusal, not a condition (extract/stance_cues.py): "The European Central
Bank refused to provide a backstop" is the ECB's (the EU's, decision 65) opposition, while "would not
deploy troops without a US backstop" keeps its condition. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances as positions


@pytest.mark.parametrize("sentence,actor", [
    ("The European Central Bank refused to provide a backstop for the loan, officials said.", "EU"),
    ("The Dutch finance ministry has refused to act as a backstop for the reparations loan.", "NLD"),
])
def test_a_refused_backstop_is_opposition(sentence, actor):
    got = positions(sentence)
    assert (actor, "oppose") in got
    assert (actor, "conditional") not in got


@pytest.mark.parametrize("sentence,actor", [
    ("Germany would not deploy troops without a US backstop, the chancellor said.", "DEU"),
    ("Poland would only send soldiers with an American backstop, the minister said.", "POL"),
])
def test_a_backstop_asked_for_stays_a_condition(sentence, actor):
    assert (actor, "conditional") in positions(sentence)
