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


def test_policy_with_its_standing_reason_is_an_opposition():
    # ADJUDICATION.md decision 13 supersedes the earlier "no recipient is background" reading: a
    # standing policy of not sending weapons (neutrality, a constitution) is an oppose stance
    found = stances("Switzerland does not send weapons, as its neutrality law requires.")
    assert ("CHE", "oppose") in found


def test_policy_told_as_what_may_change_is_no_refusal():
    found = stances("Chile's president said the country had followed a principle of not supplying weapons "
                    "to Ukraine, but could reconsider it if the fighting spread.")
    assert ("CHL", "oppose") not in found


# A refusal to permit an act for Ukraine ("refused to let", "would not allow") is the refuser's
# opposition; the one permitted holds nothing, and an unnamed refuser's own people taking part
# name the holder.

def test_refusal_to_allow_another_state_to_send_is_the_refusers():
    found = stances("Austria has again refused to allow Slovakia to pass Austrian-made rifles on to Ukraine.")
    assert ("AUT", "oppose") in found
    assert ("SVK", "oppose") not in found


def test_refusal_to_let_ships_through_is_the_refusers():
    found = stances("Egypt said it would not let the patrol boats promised to Ukraine's navy pass through "
                    "the canal while the fighting lasts.")
    assert ("EGY", "oppose") in found


def test_unnamed_head_of_state_refusing_own_officers_gives_their_country():
    found = stances("In the spring the president refused to let Slovenian officers join the new NATO "
                    "training command for Ukraine.")
    assert ("SVN", "oppose") in found


def test_unnamed_government_permitting_another_state_names_no_holder():
    found = stances("The government has refused to allow Norway to re-export the old howitzers to Ukraine.")
    assert ("NOR", "oppose") not in found


def test_refusal_to_permit_with_nothing_for_ukraine_holds_nothing():
    found = stances("Portugal would not let the striking dockers block the port, the minister said.")
    assert ("PRT", "oppose") not in found
