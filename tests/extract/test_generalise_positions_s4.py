"""Fourth-session stance classes, on made-up sentences: stances on what the target vocabulary
does not name (a call, a decision, a delivery, an aid item, "it"), willingness to send, refusals
to hand weapons over, undecided answers, support with a condition said after it, the holder of a
relative clause's cue; and what is no stance (a visit, a club, an economy, a passive with its
agent, a question, a negated opposition, a recipient thanking, an article not about the war)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


@pytest.mark.parametrize("text, expected", [
    ("The United States and France supported the call, while urging Russia to leave the plant.",
     {("USA", "support"), ("FRA", "support")}),
    ("Germany welcomed the decision on Tuesday.", {("DEU", "support")}),
    ("Moscow condemned both decisions.", {("RUS", "oppose")}),
    ("Beijing, predictably, praised the initiative.", {("CHN", "support")}),
    ("Canada endorsed the proposal at the meeting.", {("CAN", "support")}),
    ("Hungary rejected the request within hours.", {("HUN", "oppose")}),
    ("Japan backed the move, officials said.", {("JPN", "support")}),
    ("Italy criticised the compromise as too weak.", {("ITA", "oppose")}),
])
def test_a_cue_with_a_proposal_noun_as_its_object_is_a_stance(text, expected):
    assert expected <= stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Moscow has warned repeatedly against the jets.", ("RUS", "oppose")),
    ("Russia condemned the missiles as a provocation.", ("RUS", "oppose")),
    ("Belgium welcomed the tanks as a sign of resolve.", ("BEL", "support")),
])
def test_an_aid_item_as_the_object_is_a_stance(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Russia's ambassador, Ivan Petrov, said the delivery was a grave mistake.", ("RUS", "oppose")),
    ("Kremlin spokesman Dmitry Peskov said any attempt to make demands through ultimatums was unacceptable.",
     ("RUS", "oppose")),
    ("Dmitry Peskov, the Kremlin's spokesman, said the tanks would burn like the rest.", ("RUS", "oppose")),
])
def test_a_thing_before_a_linking_word_is_the_cues_object(text, expected):
    assert expected in stances(text)


def test_a_pronoun_right_after_the_cue_is_the_last_thing_named():
    found = stances("Germany will send tanks. Poland welcomed the decision. "
                    "Spain and the Netherlands said they were considering it.")
    assert {("ESP", "considering"), ("NLD", "considering")} <= found


def test_a_pronoun_after_does_not_like_is_opposition():
    assert ("UKR", "oppose") in stances("China and Brazil published a peace plan in May. Kyiv does not like it.")


@pytest.mark.parametrize("text, expected", [
    ("Finland said it was ready to send the tanks.", ("FIN", "support")),
    ("Sweden has said it is prepared to send the jets.", ("SWE", "support")),
    ("Greece will not give Ukraine any of its air defence systems, the prime minister said.", ("GRC", "oppose")),
    ("Portugal would not transfer its tanks, its defence minister said.", ("PRT", "oppose")),
])
def test_willingness_to_send_is_support_and_declining_a_transfer_is_opposition(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text", [
    "Norway said it had not yet decided on the request.",
    "Denmark said the proposal remained under review.",
])
def test_an_undecided_answer_is_considering(text):
    assert any(value == "considering" for _, value in stances(text))


@pytest.mark.parametrize("text, actor", [
    ("Ukraine backed the idea of a zone but said it had to mean Russian forces leaving.", "UKR"),
    ("Poland backed the proposal but said it must mean a full withdrawal.", "POL"),
])
def test_support_with_a_condition_said_after_it_is_conditional(text, actor):
    assert (actor, "conditional") in stances(text)


def test_the_actor_right_after_an_object_relative_pronoun_holds_its_cue():
    found = stances("Berlin must approve any re-export of the tanks, which Poland and Finland have said "
                    "they are ready to send.")
    assert {("POL", "support"), ("FIN", "support")} <= found
    assert ("DEU", "support") not in found


def test_a_relative_clause_closed_by_a_comma_leaves_the_cue_to_the_main_clause():
    found = stances("Turkey, which Russia courts, backed the proposal.")
    assert ("TUR", "support") in found
    assert ("RUS", "support") not in found


def test_a_country_owning_what_is_praised_is_not_the_one_praising():
    found = stances("Dmitry Peskov said Moscow valued the Vatican's efforts and was open to further contacts "
                    "on the peace plan.")
    assert ("VAT", "open") not in found


def test_an_actor_after_as_is_part_of_a_description():
    found = stances("The Russian foreign minister described such plans as direct NATO involvement in the war.")
    assert ("NATO", "oppose") not in found


@pytest.mark.parametrize("text", [
    "Germany welcomed a visit of a Ukrainian delegation.",
    "France welcomed the delegation to Paris on Monday.",
    "Spain supported the football club through a difficult season.",
    "Italy is supporting its economy with a new budget.",
    "Austria welcomed the visit of the Ukrainian prime minister.",
])
def test_no_stance_on_things_that_are_no_proposal(text):
    assert stances(text) == set()


@pytest.mark.parametrize("text", [
    "The plan was supported by officials in the ministry, according to the report.",
    "The proposal, backed by a group of economists, was published on Monday.",
])
def test_a_passive_with_an_unnamed_agent_gives_no_stance_to_anyone(text):
    assert stances(text) == set()


def test_the_agent_of_a_passive_takes_the_stance_and_the_subject_does_not():
    found = stances("The decision by Lithuania was condemned by Russia.")
    assert ("LTU", "oppose") not in found


@pytest.mark.parametrize("text", [
    "Poland did not oppose the decision.",
    "Hungary never rejected the proposal, officials said.",
    "Slovakia has not condemned the move.",
])
def test_a_negated_opposition_is_no_stance(text):
    assert not any(value == "oppose" for _, value in stances(text))


@pytest.mark.parametrize("text", [
    "A reporter asked whether France supported the call.",
    "Journalists asked whether Britain backed the idea.",
    "Local media reported that Greece was weighing the request.",
    "Washington had resisted the transfer for more than a year.",
])
def test_a_question_a_press_report_or_background_is_nobodys_stance(text):
    assert stances(text) == set()


def test_a_group_between_the_actor_and_the_cue_is_the_holder():
    found = stances("NATO leaders agreed a smaller sum, a compromise after allies rejected a proposal by the "
                    "secretary general.")
    assert ("NATO", "oppose") not in found


def test_nobody_named_before_the_cue_gives_no_open_stance():
    found = stances('"Backing the initiative is the fastest way," a British minister told reporters.')
    assert found == set()


def test_the_speaker_of_we_is_not_the_country_named_before_it():
    found = stances('"Any pause only gives Kyiv time to regroup, and we will not accept it," he said.')
    assert ("UKR", "oppose") not in found


def test_the_recipient_welcoming_an_aid_item_is_no_stance():
    assert ("UKR", "support") not in stances("Ukraine welcomed the tanks from its partners.")


@pytest.mark.parametrize("text", [
    "Italy's economy minister welcomed the decision, saying it gave the airline a future.",
    "The Spanish government praised the initiative of the league.",
])
def test_an_article_not_about_the_war_gives_no_open_stance(text):
    assert stances(text, war=False) == set()


def test_a_refusal_of_troops_is_participation_not_a_stance_on_the_mission():
    found = stances("Slovakia said Slovak soldiers will not take part in any mission in Ukraine.")
    assert ("SVK", "oppose") in found  # declined participation
    result = extract(Article(text="Headline\n\n" + WAR + "Slovakia said Slovak soldiers will not take part "
                             "in any mission in Ukraine.", source="test"))
    assert not [f for f in result.facts if f.kind == "stance" and f.actor == "SVK"]


def test_one_open_stance_per_actor_and_value():
    result = extract(Article(text="Headline\n\n" + WAR + "Moscow condemned the decision. Moscow also "
                             "condemned the move.", source="test"))
    assert len([f for f in result.facts if f.kind == "stance" and f.actor == "RUS"]) == 1
