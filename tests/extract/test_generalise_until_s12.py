"""Twelfth session: a refusal "until" a stated condition is `conditional` (ADJUDICATION.md decision 54,
``until_conditions.py``; dev 314, 382, 414, 423 record the class). An "until" that names only a time,
a refusal with no end, a thing kept "until" Russia complies and a refused lifting of sanctions keep
their readings. Made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text, expected", [
    ("Lisbon said it would not accept Ukraine's entry into the EU until the fishing dispute was resolved.",
     ("PRT", "conditional")),
    ("Hungary said it would block the new sanctions package until its largest bank was removed from Kyiv's list.",
     ("HUN", "conditional")),
    ("Russia would not agree to a ceasefire until a full peace agreement had been signed, the Kremlin said.",
     ("RUS", "conditional")),
    ("Bulgaria refused to back Ukraine's NATO membership until the minority language law was changed.",
     ("BGR", "conditional")),
])
def test_a_refusal_until_a_condition_is_conditional(text, expected):
    found = stances(text)
    assert expected in found
    assert (expected[0], "oppose") not in found


@pytest.mark.parametrize("text, actor", [
    # only a time: the refusal has an end, no condition
    ("Lisbon said it would not accept Ukraine's entry into the EU until the end of the decade.", "PRT"),
    ("Bulgaria refused to back Ukraine's NATO membership until 2030.", "BGR"),
    ("Bulgaria refused to back Ukraine's NATO membership until after the elections.", "BGR"),
    ("Bulgaria refused to back Ukraine's NATO membership until next spring.", "BGR"),
    # no end at all
    ("Lisbon said it would never accept Ukraine's entry into the EU.", "PRT"),
])
def test_a_time_or_no_end_stays_oppose(text, actor):
    found = stances(text)
    assert (actor, "oppose") in found
    assert (actor, "conditional") not in found


def test_a_refused_lifting_of_sanctions_stays_their_support():
    # decision 35: not lifting them until Russia complies is support of the sanctions
    found = stances("The Czech government said it would not lift the sanctions until Russian troops had left.")
    assert ("CZE", "support") in found
    assert ("CZE", "conditional") not in found


def test_a_thing_kept_out_until_is_no_condition():
    # "stay out … until": what is kept ends then (decision 35's class), no refusal with a way out
    found = stances('"Russian teams must stay out of European football until Russia ends its war," the minister said.')
    assert not any(value == "conditional" for _, value in found)


def test_agreeing_to_no_object_is_a_refusal():
    # "would agree to no X": the "no" belongs to the refused object, not to a "said no" answer
    assert ("HUN", "conditional") in stances(
        "Hungary would agree to no new sanctions package until its largest bank was taken off Kyiv's list.")
    assert ("HUN", "oppose") in stances("Hungary would agree to no new sanctions package this year.")
