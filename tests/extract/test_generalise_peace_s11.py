"""Eleventh session, stances on peace and forces: a demand that Ukraine withdraw is the demander's
`conditional` stance on the settlement (``withdrawal_demands.py``); a third party offering itself as
the venue of talks is its `support` (decision 46, ``positions.json`` support cues). Made-up
sentences; each positive test fails with its rule disabled."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

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
