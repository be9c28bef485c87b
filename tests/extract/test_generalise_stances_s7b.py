"""Seventh-session (second round) stance classes on made-up sentences (own wording, no article's).

- A standing refusal to arm Ukraine told as policy ("does not supply weapons to Ukraine", "its
  policy of not sending arms to Kyiv", "the government's position against providing lethal aid to
  Ukraine") is the holder's opposition; the same words about a deal's scope, about no recipient or
  about a policy that may change hold none.
"""

from __future__ import annotations

from tests.extract.stance_sentences import stances


def test_neutral_state_not_supplying_weapons_opposes():
    found = stances("Being militarily non-aligned, Malta does not supply weapons to Ukraine, its foreign "
                    "minister said.")
    assert ("MLT", "oppose") in found


def test_policy_of_not_sending_arms_opposes():
    found = stances("Brazil has kept to its policy of not sending arms to Kyiv since the start of the war.")
    assert ("BRA", "oppose") in found


def test_position_against_providing_lethal_aid_opposes():
    found = stances("Tokyo said its position against providing lethal aid to Ukraine had not changed.")
    assert ("JPN", "oppose") in found


def test_deal_scope_without_arms_is_no_refusal():
    found = stances("The agreement covers only the upkeep of Denmark's own frigates; it does not send new "
                    "equipment to Kyiv.")
    assert ("DNK", "oppose") not in found


def test_policy_with_no_recipient_is_background():
    found = stances("Switzerland does not send weapons, as its neutrality law requires.")
    assert ("CHE", "oppose") not in found


def test_policy_told_as_what_may_change_is_no_refusal():
    found = stances("Chile's president said the country had followed a principle of not supplying weapons "
                    "to Ukraine, but could reconsider it if the fighting spread.")
    assert ("CHL", "oppose") not in found
