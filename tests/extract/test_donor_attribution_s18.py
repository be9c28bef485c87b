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


# --- a state cleared to pass on weapons gives them ---

@pytest.mark.parametrize("text, donor", [
    ("Paris on Monday cleared Belgium to pass on 200 French-made mortars to Ukraine.", "BEL"),
    ("Washington gave Norway permission to send 20 American-made howitzers to Kyiv.", "NOR"),
    ("The government approved Finland's request to hand its old artillery shells on to Ukraine.", "FIN"),
])
def test_cleared_state_gives_the_weapons(text, donor):
    found = facts(text)
    assert any(f.donor == donor and f.items for f in found)
    assert not any(f.donor in ("FRA", "USA") for f in found)


@pytest.mark.parametrize("text", [
    "Bern refused to allow Denmark to re-export 400 Swiss-made mortars to Ukraine.",
    "Kyiv asked Paris to allow Belgium to pass on 200 French-made mortars.",
    "Paris cleared Belgium to send 200 French-made mortars to Poland.",
])
def test_refused_asked_or_elsewhere_clearance_gives_nothing(text):
    assert not any(f.donor == "BEL" or f.donor == "DNK" for f in facts(text))


# --- a clause that leaves the verb of giving out keeps its own donor ---

def test_count_only_clause_gives_the_same_items():
    found = facts("Denmark has promised 12 howitzers and Finland eight, while Norway is still weighing its options.")
    assert any(f.donor == "FIN" and "howitzers" in " ".join(f.items) for f in found)


def test_gapped_clause_gives_its_own_items():
    found = facts("Spain and Portugal each pledged a NASAMS battery, Greece components for another battery, and Norway a few radars.")
    assert any(f.donor == "GRC" and "components" in f.items for f in found)
    assert any(f.donor == "NOR" and any("radar" in i for i in f.items) for f in found)


@pytest.mark.parametrize("text", [
    "Denmark has promised 12 howitzers, and Finland sought approval for anti-aircraft guns.",
    "Denmark has promised 12 howitzers, and Finland said it would decide later.",
    "Denmark has sent 12 howitzers to Poland and Finland.",
])
def test_clause_with_its_own_verb_or_a_place_gives_nothing(text):
    assert "FIN" not in donors_of(text)


# --- "the government in <capital>" is the state ---

@pytest.mark.parametrize("text, donor", [
    ("The government in Oslo said it would send 40 armoured vehicles to Ukraine.", "NOR"),
    ("The cabinet in Prague approved 20 howitzers for Ukraine on Monday.", "CZE"),
])
def test_government_in_capital_gives_for_its_state(text, donor):
    assert donor in donors_of(text)


def test_ukrainian_embassy_in_a_capital_gives_nothing():
    assert "DEU" not in donors_of("Ukraine's embassy in Berlin said Kyiv would receive 1,000 anti-tank weapons.")
