"""Stances and participation: one short made-up example per rule in positions.py."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def _positions(text: str) -> list[tuple[str, str, str]]:
    """(kind, actor, value) of every stance and participation found in ``text``."""
    result = extract(Article(text=text, source="test"))
    out = []
    for f in result.facts:
        if f.kind == "stance":
            out.append(("stance", f.actor, f.stance))
        elif f.kind == "participation":
            out.append(("participation", f.actor, f.status))
    return out


def _status(text: str) -> dict[str, str]:
    return {actor: value for kind, actor, value in _positions(text) if kind == "participation"}


def test_every_country_of_a_coordinated_subject_takes_the_position():
    found = _status("Norway, Denmark and Finland said they were prepared to send troops to a reassurance force.")
    assert found == {"NOR": "committed", "DNK": "committed", "FIN": "committed"}


def test_countries_joined_by_others_in_saying():
    found = _status("Latvia and Estonia have joined Britain and France in saying they will send troops to Ukraine.")
    assert set(found) == {"LVA", "EST", "GBR", "FRA"}


def test_each_clause_has_its_own_subject():
    found = _status(
        "Portugal has not ruled out sending soldiers to a peacekeeping mission, "
        "while Austria said it was not considering any deployment of troops."
    )
    assert found == {"PRT": "open", "AUT": "declined"}


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Greece is not considering sending troops to Ukraine.", "declined"),
        ("Greece has ruled out sending soldiers to Ukraine.", "declined"),
        ("Greece has not ruled out sending soldiers to Ukraine.", "open"),
        ("Greece would send peacekeepers only under a UN mandate.", "conditional"),
        ("Greece is willing in principle to join a reassurance force but wants a US backstop.", "conditional"),
        ("Greece said it was too early to decide whether it would send troops to Ukraine.", "considering"),
        # "would consider" is considering, as the dev set's annotators read it (articles 065, 112, 118)
        ("Greece said it would \"consider any request\" for peacekeepers.", "considering"),
    ],
)
def test_hedges_and_denials(sentence, status):
    assert _status(sentence) == {"GRC": status}


def test_peacekeeping_but_not_deterrence_is_conditional_and_a_refusal():
    text = "Austria could send troops for peacekeeping but would not take part in any deterrent force."
    result = extract(Article(text=text, source="test"))
    parts = [f for f in result.facts if f.kind == "participation"]
    assert {(p.mission, p.status) for p in parts} == {("peacekeeping", "conditional"), ("deterrent force", "declined")}


def test_troops_refused_with_logistics_offered_stays_declined():
    text = "Hungary will not send soldiers to Ukraine but will provide logistics and an airport as a hub."
    result = extract(Article(text=text, source="test"))
    [part] = [f for f in result.facts if f.kind == "participation"]
    assert part.status == "declined" and "logistics" in part.roles and part.excluded == ["troops"]


def test_a_persons_country_takes_the_position():
    assert _status("Giorgia Meloni said Italian troops would not take part in a reassurance force.") == {"ITA": "declined"}


def test_a_country_named_after_a_preposition_is_not_the_actor():
    found = _status("Sweden is open to sending troops to a force led by Britain and France.")
    assert found == {"SWE": "open"}


def test_a_group_subject_in_the_reported_clause_is_not_the_speaker():
    assert _status("Emmanuel Macron said 20 countries had committed to deploy troops to Ukraine.") == {}


def test_taking_part_refers_back_to_the_last_mission():
    text = "Allies met to plan a reassurance force for Ukraine. Spain said it was too early to decide whether it would take part."
    assert _status(text) == {"ESP": "considering"}


def test_bullet_items_inherit_the_mission():
    text = "Who would send troops to Ukraine:\n\n- Croatia will not send soldiers.\n- Slovenia says it will decide on its contribution later.\n"
    assert _status(text) == {"HRV": "declined", "SVN": "considering"}


def test_russia_opposes_foreign_troops():
    found = _positions("Moscow said it would not accept troops from NATO countries in Ukraine.")
    assert found == [("stance", "RUS", "oppose")]


def test_headline_stance_counts_once():
    text = "Kremlin condemns plan for European troops in Ukraine\n\nThe Kremlin on Monday condemned the plan for foreign troops."
    assert _positions(text) == [("stance", "RUS", "oppose")]


def test_trailing_attribution_names_the_actor():
    found = _positions("Any shipment of Japanese weapons to Ukraine would be unacceptable, Russian officials have said.")
    assert found == [("stance", "RUS", "oppose")]


def test_support_with_conditions_is_conditional():
    found = _positions("Russia said it supported the idea of a truce but that there were conditions to settle.")
    assert found == [("stance", "RUS", "conditional")]


def test_backed_by_is_no_stance():
    assert _positions("Canada signs a loan to Ukraine backed by frozen Russian assets.") == []


def test_the_plan_refers_to_the_last_target():
    text = "Germany proposed a ceasefire in the air. The Kremlin rejected the plan on Tuesday."
    result = extract(Article(text=text, source="test"))
    # the rejection is the answer to Germany's truce (ADJUDICATION.md, decision 3), not a stance as well
    truces = [f for f in result.facts if f.kind == "ceasefire"]
    assert [(f.proposers, [(r.actor, r.response) for r in f.responses]) for f in truces] == [(["DEU"], [("RUS", "rejected")])]
    assert not [f for f in result.facts if f.kind == "stance" and f.actor == "RUS"]


def test_negated_support_is_opposition():
    assert _positions("Poland did not support the peace plan.") == [("stance", "POL", "oppose")]
    # third adjudication pass, decision 35: not supporting an easing of sanctions is support of the
    # sanctions, never opposition to easing (this sentence asserted UKR `oppose` before)
    assert _positions("Ukraine did not support any easing of sanctions.") == [("stance", "UKR", "support")]


def test_a_negation_elsewhere_does_not_turn_support_around():
    found = _positions("Russia says yes to a truce in principle, then lists reasons it cannot start.")
    assert found == [("stance", "RUS", "conditional")]
