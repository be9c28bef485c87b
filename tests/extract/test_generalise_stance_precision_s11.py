"""Eleventh session, stance precision: wording classes that gave a wrong value or a wrong holder on
the dev set. Every sentence here is made up; each test of a rule fails with the rule disabled, and
the negatives beside them pass either way."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


# -- joining others in an act is no membership (joining_readings.py) ------------------------------

def test_not_joining_allies_in_announcing_measures_is_no_membership_position() -> None:
    text = "Canada did not join the EU and Japan in announcing new measures against Moscow on Friday."
    assert ("CAN", "oppose") not in stances(text)


def test_joining_others_in_opposing_a_membership_is_still_a_position() -> None:
    # negative: the sentence names the membership, so the act joined is the position
    text = "Slovakia joined Hungary in opposing Ukraine's EU membership at the summit on Thursday."
    assert ("SVK", "oppose") in stances(text)


# -- Ukraine as the one joining, in another's words (joining_readings.py) -------------------------

def test_speaker_saying_ukraine_cannot_join_holds_the_opposition() -> None:
    text = ("Slovak Prime Minister Robert Fico spoke in Bratislava on Monday. "
            "In a radio interview he said Ukraine could not join the alliance while the war continued.")
    found = stances(text)
    assert ("UKR", "oppose") not in found
    assert ("SVK", "oppose") in found


def test_speaker_not_drawn_on_when_ukraine_might_join_gives_kyiv_nothing() -> None:
    text = ("Kyiv's plan asks partners to lift the restrictions on using Western weapons against targets in Russia. "
            "At the alliance's headquarters, the Dutch prime minister said only that allies would \"take note\" of "
            "the plan, and would not be drawn on when Ukraine might join.")
    assert not {p for p in stances(text) if p[0] == "UKR"}


def test_kyiv_saying_ukraine_would_not_give_up_its_bid_keeps_its_holder() -> None:
    # negative: Ukraine's own words about its joining are Kyiv's
    text = "Zelensky said Ukraine would not give up its bid to join NATO."
    assert ("UKR", "oppose") in stances(text)
