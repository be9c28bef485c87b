"""Eighteenth session: who gives, on made-up sentences. A ministry is read as its state, a state
cleared to pass on another's weapons gives them, and gapped lists of donors keep each donor."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def donors_of(text: str) -> set:
    return {f.donor for f in facts(text)}


# --- a ministry stands for its state ---

@pytest.mark.parametrize("text", [
    "The Department of Defense on Friday announced $450 million in further security assistance for Ukraine.",
    "The Defense Department will send Ukraine $275 million in artillery rounds and radars.",
])
def test_defense_department_gives_for_the_united_states(text):
    assert any(f.donor == "USA" and f.amount is not None for f in facts(text))


def test_pronoun_subject_directing_own_ministry_gives_training():
    text = ("President Joe Biden announced $375 million for Ukraine. "
            "He also told the Defense Department to widen training for Ukrainian F-16 pilots.")
    assert any(f.donor == "USA" and f.amount is None and "training" in " ".join(f.items) for f in facts(text))


def test_pronoun_subject_asking_another_state_gives_no_training():
    text = ("President Joe Biden announced $375 million for Ukraine. "
            "He also asked Britain to widen training for Ukrainian F-16 pilots.")
    assert not any(f.amount is None and "training" in " ".join(f.items) for f in facts(text))
