"""Tenth session: two classes an independent reading of real news pages found after the session's
rules were in (each tested on made-up sentences).

- a readiness to act ("declared their readiness to send soldiers to monitor the ceasefire") is a
  participation, not a stance on what the act serves (stance_expressed.py, "acts");
- the modifier-letter apostrophe that Ukrainian outlets type ("Germanyʼs defence minister") marks a
  possessive as the typographic one does (spaces.py).
"""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR


def _facts(text: str):
    return extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts


def test_readiness_to_send_soldiers_to_monitor_a_truce_is_no_stance_on_the_truce():
    facts = _facts("Five governments, among them Norway and Portugal, have declared their readiness to send "
                   "soldiers to Ukraine to monitor the ceasefire.")
    stances = {(f.actor, f.target) for f in facts if f.kind == "stance"}
    assert not any(actor in ("NOR", "PRT") for actor, _ in stances), stances
    participations = {(f.actor, f.status) for f in facts if f.kind == "participation"}
    assert {("NOR", "committed"), ("PRT", "committed")} <= participations


def test_readiness_for_a_truce_itself_is_still_a_stance():
    facts = _facts("Norway's foreign minister voiced strong support for the ceasefire proposal on Monday.")
    assert ("NOR", "support") in {(f.actor, f.stance) for f in facts if f.kind == "stance"}


def test_modifier_letter_apostrophe_marks_a_possessive():
    facts = _facts("However, Austriaʼs defence minister later said he was open to the idea of sending "
                   "peacekeepers to Ukraine.")
    participations = {(f.actor, f.status) for f in facts if f.kind == "participation"}
    assert ("AUT", "open") in participations, participations


def test_modifier_letter_apostrophe_keeps_the_evidence_as_written():
    text = "Austriaʼs defence minister said he was open to the idea of sending peacekeepers to Ukraine."
    facts = [f for f in _facts(text) if f.kind == "participation"]
    assert facts and "Austriaʼs" in facts[0].evidence.text


def test_readiness_to_contribute_to_guarantees_is_a_stance_on_them():
    facts = _facts("The Commission welcomed Washington's readiness to contribute to security guarantees for Ukraine.")
    assert ("USA", "support") in {(f.actor, f.stance) for f in facts if f.kind == "stance"}


def test_an_aside_between_dashes_gives_the_first_clause_no_position():
    # a blind reading of unseen pages found the contrast rule taking "support for" from the aside
    facts = _facts('On Monday, the Austrian chancellor said — after a conference on support for Kyiv — that '
                   'there was no agreement on sending ground troops to Ukraine, but that "nothing was excluded."')
    got = {(f.actor, f.status) for f in facts if f.kind == "participation"} | {
        (f.actor, f.stance) for f in facts if f.kind == "stance"}
    assert ("AUT", "support") not in got and ("AUT", "committed") not in got, got
