"""Thirteenth session: a state ready to take a step on a condition it states is `conditional` on the
step (conditional_readiness.py, ADJUDICATION.md decisions 9 and 52; dev 228, 417), and three more
wordings of weighing a step (positions.json stance_verbs considering; dev 165, 338, 436). Made-up
sentences; each positive case fails without the rule."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text", [
    "Moldova's president said Chisinau was ready to hold a referendum on the treaty, provided the "
    "European Union paid for the vote.",
    "Norway's prime minister said Oslo was willing to double its grain purchases for Ukraine on "
    "condition that the United States covered the shipping.",
    "EU leaders said they were prepared to grant Moldova candidate status once it had passed the "
    "reforms the Commission asked for.",
])
def test_readiness_with_a_condition_is_conditional(text):
    holder = {"Moldova's": "MDA", "Norway's": "NOR", "EU": "EU"}[text.split()[0]]
    assert (holder, "conditional") in stances(text)


@pytest.mark.parametrize("text", [
    # no condition: the readiness itself
    "Moldova's president said Chisinau was ready to hold a referendum on the treaty as soon as possible.",
    # a question, nobody's answer
    "Asked whether Moldova was ready to hold a referendum if the European Union paid for it, the "
    "president did not reply.",
    # an answer to a truce is the ceasefire's response (decision 3), no stance
    "Ukraine's president said Kyiv was ready to stop striking Russian refineries if Moscow did the same.",
])
def test_readiness_without_a_condition_of_its_own_is_not_conditional(text):
    assert not {s for s in stances(text) if s[1] == "conditional"}


def test_the_holder_is_named_in_the_readiness_clause():
    # negative: "Russia" is spoken of in the first clause; "they" are the leaders, no state named
    text = ("The coalition's leaders said Russia was failing on the battlefield, and repeated that they "
            "were ready to raise their aid to Ukraine if the fighting went on.")
    assert ("RUS", "conditional") not in stances(text)


@pytest.mark.parametrize("text", [
    "Austria's chancellor said Vienna would still consider buying the tanks for Ukraine if Berlin "
    "would not pay.",
    "Spain's foreign minister said a no-fly zone over the Black Sea ports deserved a fresh look.",
    "Canada's defence minister said Ottawa was looking very actively at how it could replace the jets "
    "Warsaw might send.",
])
def test_more_wordings_of_weighing_a_step(text):
    holder = {"Austria": "AUT", "Spain": "ESP", "Canada": "CAN"}[text.split("'")[0]]
    assert (holder, "considering") in stances(text)


def test_a_fresh_look_at_a_report_is_no_stance():
    # negative: a fresh look by a newspaper is nobody's position
    text = "The newspaper took a fresh look at the figures on Ukraine's losses."
    assert not {s for s in stances(text) if s[1] == "considering"}


def test_a_hedge_after_a_refusal_takes_its_own_object():
    # "would not back X but was open to Y": the refusal and the hedge are two positions (dev 296)
    text = ("Italy's finance minister said Rome would not back confiscating the frozen Russian assets but was open "
            "to lending the profits to Ukraine.")
    assert {("ITA", "oppose"), ("ITA", "open")} <= stances(text)


def test_a_refusal_with_no_hedge_after_it_stays_alone():
    # negative: no hedge in the later clause, so no open position
    text = ("Italy's finance minister said Rome would not back seizing the frozen reserves, but the "
            "profits would still go to Ukraine.")
    assert ("ITA", "open") not in stances(text)


@pytest.mark.parametrize("text", [
    "Hungary, which buys most of its gas from Russia, has kept channels open to Moscow throughout the war.",
    "Austria's chancellor said Vienna would keep a line open to the Kremlin despite the sanctions.",
])
def test_a_channel_kept_open_is_no_openness(text):
    assert not {s for s in stances(text) if s[1] == "open"}


def test_openness_to_a_step_stays_open():
    # negative of the above: "open to" a step, no channel before it
    text = "Austria's chancellor said Vienna was open to sending demining equipment to Ukraine."
    assert ("AUT", "open") in stances(text)


def test_openness_to_what_both_sides_accept_is_conditional():
    # both sides' consent is a condition of the holder's (decision 52, dev 143)
    text = "Indonesia's foreign minister said Jakarta was open to any peace plan both sides accept."
    found = stances(text)
    assert ("IDN", "conditional") in found and ("IDN", "open") not in found


def test_openness_without_the_sides_consent_stays_open():
    text = "Indonesia's foreign minister said Jakarta was open to any peace plan that ends the war."
    assert ("IDN", "conditional") not in stances(text)


def test_not_ruling_out_forces_but_setting_conditions_is_conditional():
    # a hedge bound to conditions of the state's own (decisions 9 and 36, dev 302)
    text = ("Belgium's defence minister said he was not ruling out a Belgian contribution to a peacekeeping "
            "force, but set two conditions: a clear mandate and American air cover.")
    found = stances(text)
    assert ("BEL", "conditional") in found and ("BEL", "open") not in found


def test_not_ruling_out_forces_for_after_a_ceasefire_stays_open():
    # negative: the ceasefire is every force's premise, no condition of Belgium's (decision 36)
    text = ("Belgium's defence minister said he was not ruling out a Belgian contribution to a peacekeeping "
            "force once a ceasefire is agreed.")
    found = stances(text)
    assert ("BEL", "open") in found and ("BEL", "conditional") not in found


def test_a_contingent_of_troops_is_no_condition():
    # "contingent" as a body of troops (dev 304): the refusal stays a refusal
    text = ("\"Any foreign contingent on Ukrainian territory would be a target for us, and we will not accept "
            "it,\" Russia's deputy foreign minister told reporters.")
    assert ("RUS", "conditional") not in stances(text)


def test_aid_contingent_on_reforms_is_a_condition():
    # negative of the above: "contingent on" after a verb or a noun of aid is a condition
    text = "Norway's prime minister said Oslo's support for the loan was contingent on a deal on the reserves."
    assert ("NOR", "conditional") in stances(text)


def test_open_to_any_of_them_is_open_on_the_last_target():
    # a pronoun after a quantifier stands for the last target named (dev 268)
    text = ("Diplomats named Vienna, Geneva and Oslo as venues for the peace talks. Moldova's president said "
            "Chisinau was open to any of them.")
    assert ("MDA", "open") in stances(text)


def test_open_to_any_of_its_neighbours_names_no_target():
    # negative: a noun after the quantifier is no pronoun
    text = "Moldova's president said Moldova was open to any of its neighbours."
    assert ("MDA", "open") not in stances(text)


def test_what_any_settlement_requires_of_a_side_is_a_term():
    # "any settlement required Ukraine to pull out": the sayer's condition on it (dev 450)
    text = ("Kremlin spokesman Dmitry Peskov said any settlement required Ukraine to give up its claim to "
            "the occupied regions.")
    assert ("RUS", "conditional") in stances(text)


def test_what_any_settlement_requires_of_third_states_is_no_term():
    # negative: what it asks of others ("Western countries") is no term of the sayer's own
    text = ("Kremlin spokesman Dmitry Peskov said any settlement required Western countries to stop arming "
            "Kyiv.")
    assert ("RUS", "conditional") not in stances(text)


def test_a_promise_of_support_once_the_war_is_over_is_conditional():
    # dev 264: support promised for when a condition is met
    text = ("Slovenia's prime minister promised to support Ukraine's entry into the European Union as soon as "
            "the fighting ends.")
    assert ("SVN", "conditional") in stances(text)


def test_a_promise_of_support_as_soon_as_possible_is_no_condition():
    text = "Slovenia's prime minister promised to support Ukraine's entry into the European Union as soon as possible."
    assert ("SVN", "conditional") not in stances(text)
