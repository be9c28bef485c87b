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
