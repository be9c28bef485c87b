"""Eleventh session: stance cues on measures and aid added to existing word families in
positions.json (Russia's "only prolong the war" family, decision 10; a negated agreement to a
membership; a standing refusal to arm Ukraine, decision 13), on made-up sentences. Each fails
without its words."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


def test_weapons_that_drag_out_the_war_is_russias_opposition():
    # dev 405's wording class: decision 10 with "drag out" for "prolong"
    found = stances("The Kremlin said on Monday that the new Western missiles would only drag out the war.")
    assert ("RUS", "oppose") in found


def test_under_no_circumstances_agree_is_opposition():
    found = stances("Hungary's prime minister said Budapest would under no circumstances agree to Ukraine "
                    "joining the European Union this decade.")
    assert ("HUN", "oppose") in found


@pytest.mark.parametrize("text, holder", [
    # a standing reason with a past negation of giving (dev 197)
    ("Because of its neutrality, Austria has not supplied weapons.", "AUT"),
    # a supply ended, arms to Ukraine after the cue (dev 375)
    ("Since the election, the Bulgarian government has ended state deliveries of ammunition from army "
     "stocks to Ukraine.", "BGR"),
])
def test_a_standing_refusal_told_in_the_perfect_is_opposition(text, holder):
    assert (holder, "oppose") in stances(text)


def test_not_having_sent_something_else_is_no_position():
    # negative: no arms are named after the cue, and no standing reason is given
    found = stances("Austria has not sent its new ambassador to Kyiv yet.")
    assert ("AUT", "oppose") not in found


@pytest.mark.parametrize("text, holders", [
    # "the principal" is the frozen assets themselves, against their profits (dev 340, 421)
    ("Italy and Spain have long resisted seizing the principal itself, arguing that it would unsettle the "
     "euro.", {"ITA", "ESP"}),
    ("The Belgian finance minister said Belgium opposed touching the principal, preferring to lend against "
     "the interest.", {"BEL"}),
])
def test_seizing_the_principal_is_a_position_on_the_frozen_assets(text, holders):
    found = stances(text)
    assert {(h, "oppose") for h in holders} <= found
