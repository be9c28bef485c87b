"""Eighth-session stance classes (the adjudicated conventions, tests/data/devset/ADJUDICATION.md)
on made-up sentences.

- A warring side's answer to a ceasefire proposal is the ceasefire's response only, never a stance
  as well; a third party's position on the truce stays a stance, and so does a side's position when
  no ceasefire fact records its answer (decision 3). A side's condition binds its recorded answer;
  a proposer's backing of its own truce is no stance; an answer contrary to the one recorded in the
  same sentence is a second proposal's and stays.
"""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


def _facts(text: str):
    return extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts


def test_sides_answer_is_a_response_not_a_stance():
    facts = _facts("Washington put forward a 30-day ceasefire on Tuesday. Kyiv backs the 30-day truce plan, "
                   "officials said.")
    truces = [f for f in facts if f.kind == "ceasefire"]
    assert [(r.actor, r.response) for t in truces for r in t.responses] == [("UKR", "accepted")]
    assert not [f for f in facts if f.kind == "stance" and f.actor == "UKR"]


def test_third_partys_backing_of_the_truce_stays_a_stance():
    found = stances("Washington put forward a 30-day ceasefire on Tuesday. Moscow rejected the truce, "
                    "and Finland backed the ceasefire.")
    assert ("RUS", "oppose") not in found
    assert ("FIN", "support") in found


def test_sides_position_without_a_recorded_answer_stays():
    assert ("UKR", "support") in stances("Kyiv backs a ceasefire, the foreign minister said.")


@pytest.mark.parametrize("later, answer", [
    ("Ukraine accepted an unconditional ceasefire in March and has said it remains ready for one.", ("UKR", "accepted")),
    ("The Kremlin remains opposed to any truce.", ("RUS", "rejected")),
])
def test_sides_later_position_on_the_truce_becomes_its_answer(later, answer):
    # a side's word on the truce paragraphs after the proposal, where no answer was recorded yet: the
    # answer of the proposal it follows, not a stance as well
    facts = _facts("Washington put forward a 30-day ceasefire on Tuesday.\n\nThe talks resume next week. " + later)
    assert [(r.actor, r.response) for f in facts if f.kind == "ceasefire" for r in f.responses] == [answer]
    assert not [f for f in facts if f.kind == "stance" and f.actor == answer[0]]


def test_proposers_backing_of_its_own_truce_is_no_stance():
    facts = _facts("Moscow proposed a three-day truce over the holiday. The Kremlin said Russia supports the truce "
                   "and expects Kyiv to follow.")
    assert [f.proposers for f in facts if f.kind == "ceasefire"] == [["RUS"]]
    assert not [f for f in facts if f.kind == "stance" and f.actor == "RUS"]


def test_sides_condition_binds_its_recorded_answer():
    facts = _facts("Moscow and Kyiv agreed on Monday to a 10-day halt to strikes on ports.\n\n"
                   "Kyiv said Ukraine would respect the truce if Moscow stopped shelling Kharkiv.")
    answers = {(r.actor, r.response) for f in facts if f.kind == "ceasefire" for r in f.responses}
    assert ("UKR", "conditional") in answers
    assert not [f for f in facts if f.kind == "stance" and f.actor == "UKR"]


def test_contrary_answer_in_the_same_sentence_stays_a_stance():
    found = stances("Russian President Vladimir Putin agreed on Friday to a pause after talking to French President "
                    "Emmanuel Macron, but declined to accept the full 20-day ceasefire.")
    assert ("RUS", "oppose") in found


# "Would consider", "open to considering", "ready to look at" weigh the step (considering); "has not
# ruled out" only refuses to exclude it (open), also beside "too early to decide" (decision 9).
FORCE = "Allies are planning a reassurance force for Ukraine after a ceasefire.\n\n"


def test_not_ruled_out_is_open_even_when_undecided():
    found = stances(FORCE + "Denmark has not ruled out taking part, but says it is too early to decide.")
    assert ("DNK", "open") in found
    assert ("DNK", "considering") not in found


@pytest.mark.parametrize("text, actor", [
    (FORCE + "Portugal's prime minister said Lisbon is open to considering a contribution to the force.", "PRT"),
    ("Chile is open to considering sending demining teams to Ukraine, its foreign minister said.", "CHL"),
])
def test_open_to_considering_is_considering(text, actor):
    found = stances(text)
    assert (actor, "considering") in found
    assert (actor, "open") not in found


# Positions on sanctions against Russia are stances both ways (decision 12): the act of imposing,
# adopting or joining them is support, not imposing or refusing them oppose, a threat conditional.
@pytest.mark.parametrize("text, expected", [
    ("Iceland has imposed sweeping sanctions on Russia since the invasion.", ("ISL", "support")),
    ("The Council of the European Union adopted a 21st package of restrictive measures against Russia.",
     ("EU", "support")),
    ("Norway has joined EU sanctions on Russian steel.", ("NOR", "support")),
    ("Canada and Australia imposed sanctions on Russian shipping firms on Thursday.", ("AUS", "support")),
    ("Vietnam voted for the UN resolutions on the war but has not imposed sanctions on Russia.", ("VNM", "oppose")),
    ("Washington threatened to impose sanctions on Moscow if it refused the deal.", ("USA", "conditional")),
])
def test_sanction_acts_are_positions(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, absent", [
    ("Russia imposed sanctions on British officials.", "RUS"),
    ("Canada imposed sanctions on Ukrainian officials accused of graft.", "CAN"),
    ("Hungary will allow the European Union to adopt its next package of sanctions against Russia.", "EU"),
    ("Chile has joined the United States in imposing sanctions on Russian banks.", "USA"),
    ("The Swiss People's Party says that adopting the EU's sanctions on Russia breaks neutrality.", "CHE"),
])
def test_no_sanction_position_of_others(text, absent):
    assert not any(actor == absent for actor, _ in stances(text))


# Named UN votes (decision 11): a vote for or a co-sponsorship is support, a vote against oppose,
# an abstention nothing; the vote's cue read with an object of its own is the same vote.
@pytest.mark.parametrize("text, expected", [
    ("Chile has voted for UN resolutions condemning the war every year since 2022.", ("CHL", "support")),
    ("Peru voted in favour of the General Assembly resolution on Thursday.", ("PER", "support")),
    ("Belarus voted against the General Assembly resolution on Thursday, while India abstained.", ("BLR", "oppose")),
    ("Japan co-sponsored the draft UN resolution on the return of deported children.", ("JPN", "support")),
])
def test_named_un_votes_are_positions(text, expected):
    assert expected in stances(text)


def test_abstention_and_the_votes_object_hold_nothing():
    facts = _facts("Belarus voted against the General Assembly resolution on Thursday, while India abstained.")
    assert not [f for f in facts if f.kind == "stance" and f.actor == "IND"]
    facts = _facts("Chile has voted for UN resolutions condemning the invasion.")
    assert [(f.actor, f.target) for f in facts if f.kind == "stance"] == [("CHL", "UN resolution")]


# Standing neutrality (decision 13): a standing policy of not sending weapons, given its reason, is
# an opposition to arming Ukraine; a bare one with no recipient and no reason stays background.
def test_neutral_states_standing_refusal_opposes():
    assert ("AUT", "oppose") in stances("Austria does not supply weapons, true to its constitutional neutrality.")


def test_bare_refusal_without_recipient_or_reason_is_background():
    assert ("AUT", "oppose") not in stances("Austria does not supply weapons, officials noted on Monday.")


# Talks that must include a party (decision 15): the sayer's conditional stance on the talks; the
# party that must be included holds nothing.
@pytest.mark.parametrize("text, holders", [
    ("Sweden and Finland said nothing about Ukraine could be decided without Ukraine.", ("SWE", "FIN")),
    ("Poland and Lithuania said the next steps must include Ukraine.", ("POL", "LTU")),
    ("Portugal's prime minister said any talks on ending the war had to include Kyiv and the European Union.",
     ("PRT",)),
])
def test_talks_that_must_include_a_party(text, holders):
    facts = _facts(text)
    found = {f.actor for f in facts if f.kind == "stance" and f.stance == "conditional"}
    assert set(holders) <= found
    assert not found & {"UKR", "EU"}


# Members of a standing group that operates ships (decision 17): each named member is a committed
# naval participation, also the state an opening "It" stands for; the warring sides are none.
def _members(text: str) -> set[str]:
    return {f.actor for f in _facts(text) if f.kind == "participation" and f.status == "committed"
            and "naval" in f.roles}


def test_members_of_a_mine_countermeasures_group_take_part():
    assert {"BGR", "ROU", "TUR"} <= _members(
        "Bulgaria works with Romania and Turkey in the Black Sea mine countermeasures task group, "
        "which sweeps the western coast.")


def test_it_opening_the_sentence_is_the_previous_state():
    found = _members("Turkey guards the straits into the Black Sea. It also heads, with Bulgaria and Romania, "
                     "a task group clearing drifting mines.")
    assert {"TUR", "BGR", "ROU"} <= found
    assert "UKR" not in found
