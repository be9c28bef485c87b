"""Eleventh session, stances on peace and forces: a demand that Ukraine withdraw is the demander's
`conditional` stance on the settlement (``withdrawal_demands.py``); a third party offering itself as
the venue of talks is its `support` (decision 46, ``positions.json`` support cues). Made-up
sentences; each positive test fails with its rule disabled. Also: a plan "being studied", "was
studying it" is `considering` (decision 9, ``positions.json`` considering cues)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances

# -- a demand that Ukraine give up ground (withdrawal_demands.py) ---------------------------------


@pytest.mark.parametrize("text", [
    "The Kremlin has demanded that Kyiv pull its soldiers out of the remaining parts of Zaporizhzhia region.",
    "Moscow still insists that Ukrainian troops leave the towns they hold in the Donbas before any deal.",
    "Russia has insisted that Ukraine withdraw from Kherson, and its forces kept shelling the city.",
])
def test_a_demand_that_ukraine_withdraw_is_a_conditional_stance(text):
    assert ("RUS", "conditional") in stances(text)


def test_a_demand_before_any_truce_is_a_condition_on_truces():
    text = ("Officials in Kyiv say Russia's envoys demanded that Ukraine abandon four regions "
            "before any truce could begin.")
    assert ("RUS", "conditional") in stances(text)


def test_the_side_told_to_withdraw_holds_no_term():
    # negative: Kyiv reporting the demand made of it is not Kyiv's own condition
    text = "Kyiv insisted that Ukrainian forces would not leave the city."
    assert ("UKR", "conditional") not in stances(text)


def test_a_demand_on_another_subject_is_no_term():
    # negative: no side told to withdraw
    text = "The Kremlin demanded that Western governments leave the frozen assets alone."
    assert ("RUS", "conditional") not in stances(text)


# -- a third party offering itself as the venue of talks (decision 46: its support) ---------------


@pytest.mark.parametrize("text, holder", [
    ("Norway, its foreign minister said, would be an ideal host for any talks between Kyiv and Moscow.", "NOR"),
    ("The Swiss president said Geneva remained a natural place for negotiations on ending the war.", "CHE"),
])
def test_offering_a_venue_for_talks_is_support(text, holder):
    assert (holder, "support") in stances(text)


# -- a warring side's terms told without "any" (settlement_conditions.py) -------------------------


@pytest.mark.parametrize("text", [
    "In a call with French President Emmanuel Macron, Putin said a settlement was possible only if Kyiv gave "
    "up Crimea.",
    "The Kremlin said Moscow stayed ready to work on a settlement that removed the root causes of the war.",
    "Russia's conditions for ending the war had not changed, Peskov said on Monday.",
    "Peskov was asked about the offer. \"That is not on the table,\" he said, adding that Kyiv would have "
    "to accept the new territorial realities.",
])
def test_a_sides_terms_for_a_settlement_are_conditional(text):
    found = stances(text)
    assert ("RUS", "conditional") in found
    assert ("UKR", "conditional") not in found


def test_terms_said_of_a_truce_are_its_answer_not_a_stance():
    # negative: what a ceasefire fails to remove is the answer to that truce (decision 3)
    text = "Lavrov said a halt on the front line would not remove the root causes of the conflict."
    assert ("RUS", "conditional") not in stances(text)


def test_a_third_partys_terms_are_not_read_here():
    # negative: only the warring sides' terms
    text = "The Chinese foreign minister said a settlement would have to address the root causes of the conflict."
    assert ("CHN", "conditional") not in stances(text)


# -- Kyiv refusing to give up land (stance_warring.py concessions) --------------------------------


@pytest.mark.parametrize("text", [
    # the refusal's holder is the subject of its own clause after ";"
    "The American envoys accused the Ukrainian leader of ingratitude; Zelensky said there could be no "
    "compromise with a killer on Ukrainian soil.",
    # the quotation opened in the sentence before, its speaker named after it
    '"Our aim is a just peace. We will not swap our land for a pause," Yermak said after the meeting.',
    # "hand over land"
    "Zelensky repeated that Ukraine would not hand over land its soldiers were still holding.",
])
def test_refusing_to_give_up_land_is_kyivs_opposition(text):
    assert ("UKR", "oppose") in stances(text)


def test_the_other_clauses_subject_holds_no_refusal():
    # negative: the Americans' clause before ";" is not who refuses
    text = ("The American envoys accused the Ukrainian leader of ingratitude; Zelensky said there could be no "
            "compromise with a killer on Ukrainian soil.")
    assert ("USA", "oppose") not in stances(text)


# -- own soldiers refused, guarantees backed (guarantee_backing.py) -------------------------------


def _supports(text: str, holder: str) -> int:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return sum(f.kind == "stance" and f.actor == holder and f.stance == "support" for f in result.facts)


@pytest.mark.parametrize("text, holder", [
    # a second occasion: the joint statement before, the leader's own argument after (decision 16)
    ("Spain and Portugal backed security guarantees for Ukraine in a joint statement on Monday. Officials say "
     "Pedro Sánchez remains opposed to sending Spanish soldiers to Ukraine, though he has long argued for a "
     "guarantee modelled on Article 5.", "ESP"),
    ("Greece's prime minister, who is not sending soldiers, pushed at the summit for guarantees modelled on "
     "NATO's Article 5.", "GRC"),
    ("Tusk spoke in Warsaw on Friday. \"Polish soldiers will not be stationed in Ukraine. What we can offer is "
     "logistics and political backing for the countries that decide to provide such guarantees,\" Tusk told "
     "reporters.", "POL"),
])
def test_refusing_soldiers_but_backing_guarantees_is_support(text, holder):
    before = _supports(text.split(". ", 1)[0] + ".", holder) if text.startswith("Spain") else 0
    assert _supports(text, holder) == before + 1


def test_backing_something_else_far_from_guarantees_adds_nothing():
    # negative: the backing word's object is the sanctions; "guarantees" lies beyond its reach
    text = ("Greece's prime minister, who is not sending soldiers, pushed at the summit for more sanctions on "
            "Russian oil and gas exports, and said little about guarantees.")
    assert _supports(text, "GRC") <= 1


# -- a plan "being studied" is weighed (decision 9: considering) ----------------------------------


@pytest.mark.parametrize("text, holder", [
    ("Italy presented a four-stage peace plan on Friday. Oleg Nikolenko, the Ukrainian foreign ministry's "
     "spokesman, said the proposals were being studied.", "UKR"),
    ("The United States sent Moscow a 20-point peace plan. Kremlin spokesman Dmitry Peskov said Russia was "
     "studying it before formulating its own position.", "RUS"),
])
def test_studying_a_plan_is_considering(text, holder):
    assert (holder, "considering") in stances(text)
