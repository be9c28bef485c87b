"""Stance cues in frames the rules did not read (seventeenth session): an opposition noun denied by
"no", a government named by its office. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def stances(text: str) -> set:
    result = extract(Article(text="Sanctions on Russia\n\n" + text, source="case", published="2025-03-01"))
    return {(f.actor, f.stance) for f in result.facts if f.kind == "stance"}


def test_no_objection_to_a_measure_is_support():
    found = stances("Hungary raised no objection to the new sanctions package on Russia.")
    assert ("HUN", "support") in found
    assert ("HUN", "oppose") not in found


def test_no_objection_after_an_aside_is_support():
    found = stances("Slovakia, which had delayed the talks for weeks, raised no objection to the sanctions package on Russia.")
    assert ("SVK", "support") in found


def test_an_objection_raised_is_still_opposition():
    found = stances("Hungary raised an objection to the new sanctions package on Russia.")
    assert ("HUN", "oppose") in found
    assert ("HUN", "support") not in found


def test_a_government_named_by_its_office_holds_the_position():
    assert ("CHE", "oppose") in stances("The Swiss Federal Council rejects the confiscation of frozen Russian assets.")
    assert ("USA", "support") in stances("The Treasury Department has said it supports using frozen Russian assets for Ukraine.")


def test_a_council_with_no_country_holds_nothing():
    found = stances("The council rejects the confiscation of frozen Russian assets.")
    assert not any(actor == "CHE" for actor, _ in found)


def guarantees(text: str) -> set:
    result = extract(Article(text="Guarantees for Ukraine\n\n" + text, source="case", published="2025-03-01"))
    return {(f.actor, f.stance) for f in result.facts if f.kind == "stance"}


def test_ready_to_take_an_active_part_is_support():
    found = guarantees("The defence ministers of Portugal and Belgium said they were ready to take an active part in "
                       "security guarantees for Ukraine.")
    assert {("PRT", "support"), ("BEL", "support")} <= found


def test_not_ready_to_take_an_active_part_is_no_support():
    found = guarantees("Portugal said it was not ready to take an active part in security guarantees for Ukraine.")
    assert ("PRT", "support") not in found


def plan_holders(text: str) -> set:
    result = extract(Article(text="Talks on a settlement in Ukraine\n\n" + text, source="case", published="2025-03-01"))
    return {f.actor for f in result.facts if f.kind == "stance"}


def test_a_country_inside_a_proposal_phrase_is_no_holder():
    found = plan_holders("Lukashenko said the new US peace plan could serve as the basis for a settlement.")
    assert "USA" not in found
    assert "BLR" in found


def test_a_country_before_its_own_verb_still_holds():
    assert "USA" in plan_holders("The US would back the peace plan for Ukraine.")


def participation(text: str) -> set:
    result = extract(Article(text="A force for Ukraine\n\n" + text, source="case", published="2025-03-01"))
    return {(f.actor, f.status) for f in result.facts if f.kind == "participation"}


def test_a_clause_with_its_own_unnamed_subject_is_not_the_named_states():
    found = participation("Spain and Greece have said they will not send their soldiers to Ukraine, and several "
                          "governments have made their participation depend on American support.")
    assert {("ESP", "declined"), ("GRC", "declined")} <= found
    assert ("ESP", "conditional") not in found


def test_a_condition_in_the_states_own_clause_still_binds_it():
    found = participation("Spain said it would send troops to the reassurance force only if the US provided a "
                          "backstop, and other allies agreed.")
    assert ("ESP", "conditional") in found
