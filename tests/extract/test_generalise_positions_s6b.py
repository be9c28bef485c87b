"""Sixth-session stance classes, second round, on made-up sentences (other actors and wordings
than the dev articles that showed each class): a manner or time adverb inside a cue phrase
("has offered repeatedly to mediate", "has also refused to join")."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, expected", [
    ("Qatar has offered repeatedly to mediate between the two sides.", ("QAT", "support")),
    ("Hungary has also refused to join the sanctions against Moscow.", ("HUN", "oppose")),
    ("Austria said it had publicly ruled out sending peacekeepers.", ("AUT", "oppose")),
])
def test_adverb_inside_a_cue(text, expected):
    assert expected in stances(text)
