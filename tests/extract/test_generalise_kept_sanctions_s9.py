"""Ninth-session stance class (ADJUDICATION.md decision 35), on made-up sentences: a refusal to lift
or ease the sanctions on Russia until it complies is `support` of the sanctions, never `oppose` of
easing; a state's call to ease them stays support of easing."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def stances(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return {(f.actor, f.target, f.stance) for f in result.facts if f.kind == "stance"}


@pytest.mark.parametrize("text, actor", [
    ("Sweden said it would not ease the sanctions while Russian soldiers stay on Ukrainian soil.", "SWE"),
    ("Finland, the minister added, did not support any easing of sanctions.", "FIN"),
    ("Japan will not lift those sanctions before the occupation ends, its foreign minister said.", "JPN"),
])
def test_refusing_to_lift_is_support_of_the_sanctions(text, actor):
    found = stances(text)
    assert (actor, "sanctions on Russia", "support") in found
    assert not any(s == "oppose" for a, _, s in found if a == actor)


def test_a_call_to_ease_them_stays_support_of_easing():
    assert ("HUN", "easing sanctions on Russia", "support") in stances("Hungary has called for easing sanctions on Russia.")


@pytest.mark.parametrize("text, actor", [
    ('"We will never lift the sanctions while Russian drones still hit our cities," the Czech prime minister '
     'said.', "CZE"),
    ('"There can be no talk of easing sanctions until the last Russian soldier has left," the Estonian prime '
     'minister said.', "EST"),
])
def test_a_refusal_tied_to_russias_conduct_no_cue_reads_is_support(text, actor):
    found = stances(text)
    assert (actor, "sanctions on Russia", "support") in found


def test_an_offer_turned_down_that_carries_relief_is_not_read_so():
    found = stances("Moscow offered a pause in return for sanctions relief, an offer Kyiv turned down while "
                    "the fighting went on.")
    assert ("UKR", "sanctions on Russia", "support") not in found
