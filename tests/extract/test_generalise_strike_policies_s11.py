"""Eleventh session: positions on the strike restrictions told as a policy kept unchanged, and a
question opening the sentence before the answer's holder (``strike_policies.py``, ADJUDICATION.md
decision 47), on made-up sentences. Each fails with its rule disabled."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


# A policy said to be unchanged, in a sentence about strikes inside Russia: the restrictions kept.
def test_no_change_in_policy_on_strikes_is_opposition():
    assert ("CAN", "oppose") in stances("A Canadian government spokeswoman said there would be no statement on "
                                        "deep strikes inside Russia and that there was no change to Canada's policy.")


def test_no_change_after_a_reporters_question_is_the_answerers():
    found = stances("Asked whether Oslo would now let Kyiv fire Norwegian missiles deep into Russia, Norway's "
                    "defence minister said there had been no change in Norwegian policy.")
    assert ("NOR", "oppose") in found


def test_no_change_about_something_else_is_no_position():
    # negative: the unchanged policy is on gas, and no place in Russia is named
    found = stances("The Norwegian energy minister said there had been no change in Norway's policy on gas "
                    "exports to Europe.")
    assert ("NOR", "oppose") not in found


# A question opening the sentence: the answer after the comma is its holder's position.
def test_own_territory_answer_after_a_question_is_opposition():
    found = stances("Asked whether the howitzers came with conditions, the Dutch prime minister said they were "
                    "meant for Ukrainian soldiers to use on Ukrainian territory.")
    assert ("NLD", "oppose") in found


def test_a_position_inside_the_question_is_nobodys():
    # negative: the permission is only the reporter's question
    found = stances("The Dutch prime minister was asked whether Kyiv could use Dutch howitzers against bases "
                    "inside Russia.")
    assert ("NLD", "support") not in found
