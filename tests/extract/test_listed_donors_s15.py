"""Fifteenth session: donors named in lists, shared sums and followers, on made-up sentences.
A sum told as split between several payers has no donor (dev 433); a state said to follow another's
gift gives the same aid (dev 470). Each fails without its rule."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def found(text: str) -> list[tuple]:
    return [(f.donor, f.amount) for f in facts(text)]


def donors_of(text: str) -> set:
    return {f.donor for f in facts(text)}


# --- a sum split between several payers is theirs together ---

@pytest.mark.parametrize("text", [
    "Berlin said the contract was worth €120 million (about $130m), to be shared evenly among the four partners.",
    "Poland will pay €60 million, split equally between Poland, Lithuania and Latvia.",
    "Denmark put the value of the demining order at DKK 500 million, to be divided equally among the partner countries.",
])
def test_sum_split_between_payers_has_no_donor(text):
    sums = [f for f in facts(text) if f.amount is not None]
    assert sums and all(f.donor is None for f in sums)


@pytest.mark.parametrize("text, donor", [
    # a split among uses, not payers
    ("Poland will pay €60 million, split equally between drones and artillery shells.", "POL"),
    ("Sweden gave SEK 800 million, divided among three brigades.", "SWE"),
    # no split at all
    ("Poland will pay €60 million for the shells, Warsaw said.", "POL"),
])
def test_sum_split_among_uses_keeps_its_donor(text, donor):
    assert any(d == donor and a is not None for d, a in found(text))


# --- a state that follows another's gift gives the same aid ---

@pytest.mark.parametrize("text, follower", [
    ("Norway has already handed over NASAMS launchers, and Spain is expected to follow later this year.", "ESP"),
    ("The Netherlands sent Leopard 2 tanks in March; Portugal followed suit in June.", "PRT"),
    ("Canada has delivered armoured vehicles to Ukraine. Australia will follow soon.", "AUS"),
])
def test_follower_gives_the_same_aid(text, follower):
    assert follower in donors_of(text)


@pytest.mark.parametrize("text, other", [
    # no state as the follower, or one that is no giver
    ("Norway has already handed over NASAMS launchers, and it hopes others will follow.", None),
    ("Moscow announced a pause in strikes and expected Ukraine to follow suit.", "UKR"),
    # "follow" with an object of its own is no gift
    ("Norway has already handed over NASAMS launchers, and Spain will follow the talks closely.", "ESP"),
    # the state is an object, not the subject of "follow"
    ("Norway handed NASAMS launchers to Spain to follow the plan.", "ESP"),
])
def test_follow_without_a_following_state_gives_nothing(text, other):
    donors = donors_of(text)
    assert other not in donors or other is None
    assert not (donors - {"NOR", None})
