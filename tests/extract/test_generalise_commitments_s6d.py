"""Commitments, sixth session, fourth round: failure classes seen on the dev batches 193-312, each
tested here on made-up sentences (other donors, items and wordings than the articles)."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


# -- donors named as examples of the group that gives: each of them gives ------------------------

@pytest.mark.parametrize("sentence, donors", [
    ("Several other allies, including Belgium, Spain and Norway, have promised Leopard 1s to Ukraine.", {"BEL", "ESP", "NOR"}),
    ("Some partners, such as Belgium and Norway, already sent howitzers to Ukraine.", {"BEL", "NOR"}),
])
def test_each_actor_named_as_an_example_of_the_giving_group_gives(sentence, donors):
    assert {f.donor for f in facts(sentence)} == donors


def test_a_list_of_examples_without_a_verb_of_its_own_gives_nothing():
    assert facts("Aid went to several states, including Belgium and Spain, the report said.") == []


# -- a decision about giving that is still to be taken: no pledge ---------------------------------

@pytest.mark.parametrize("sentence", [
    "Anna Berg, the Belgian defence minister, said the decision to provide jets themselves would be taken separately.",
    "Belgium said the decision to supply fighter jets would be taken later.",
    "Belgium said the final decision to send more howitzers is yet to be made.",
])
def test_items_of_a_decision_still_to_come_are_no_pledge(sentence):
    assert facts(sentence) == []


def test_items_of_a_decision_taken_are_still_given():
    assert [f.donor for f in facts("Belgium welcomed the decision to supply fighter jets to Ukraine.")] == ["BEL"]


# -- a relative clause after the items whose subject is a long actor name gives them their stage --

@pytest.mark.parametrize("sentence, donor", [
    ("Ukraine is also due to receive a NASAMS battery that the United States pledged in December.", "USA"),
    ("Kyiv expects the howitzers which the United Kingdom promised last month.", "GBR"),
])
def test_the_verb_of_a_relative_clause_after_a_long_name_gives_the_items(sentence, donor):
    assert [(f.donor, f.status) for f in facts(sentence)] == [(donor, "announced")]


def test_a_relative_clause_that_gives_nothing_makes_no_pledge():
    assert facts("Ukraine still uses a radar that the Soviet Union built in 1980.") == []


# -- a delivery schedule of a pledge told before: its timing, no pledge of its own ---------------

def test_a_delivery_schedule_after_the_pledge_adds_no_commitment():
    found = facts("Norway will give Ukraine 12 F-16 fighter jets, the prime minister announced. She set out a delivery "
                  "plan: four aircraft in spring, six more in summer and the last two in autumn.")
    assert [(f.donor, f.status, f.items) for f in found] == [("NOR", "announced", ["f-16 fighter jets"])]


def test_a_schedule_that_is_the_only_news_of_the_aid_is_kept():
    assert [f.donor for f in facts("The minister set out a delivery plan: Norway will send four aircraft in spring.")] == ["NOR"]
