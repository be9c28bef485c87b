"""Seventh-session (third round) stance classes on made-up sentences (own wording, no article's).

- "cannot send/supply/accept/take part" cues: the tokenizer writes "cannot" as "can not", so the
  vocabulary is written that way too (the cues were never found before).
- One said to be drawn into a war ("would drag Finland into the war") is no holder.
- Support told with its means (a development agency, money, the supply of goods) is aid, not a
  position.
- A target phrase that ends on its owner's name and goes on with "'s" ("the European Union's new
  mission") names the owner's thing, not the target.
- "signed up to" a coalition is a membership; a joining dated in the past is background.
- "continues to reject", "continued to resist" are refusals; "has every reason to reject" is a reading.
"""

from __future__ import annotations

from tests.extract.stance_sentences import stances


def test_cannot_send_weapons_opposes():
    found = stances("Citing its own border tensions, Chile says it cannot send lethal weapons to Ukraine.")
    assert ("CHL", "oppose") in found


def test_cannot_take_part_declines():
    found = stances("Malta said it cannot take part in the reassurance force because of its neutrality.")
    assert ("MLT", "oppose") in found


def test_cannot_accept_opposes():
    found = stances("Slovakia cannot accept the peace plan as it stands, its foreign minister said.")
    assert ("SVK", "oppose") in found


def test_one_dragged_into_war_holds_nothing():
    found = stances('Helsinki is weighing military aid to Ukraine. "This plan can only drag Finland into '
                    'direct conflict with Russia," Foreign Ministry spokeswoman Maria Zakharova told a briefing.')
    assert ("FIN", "oppose") not in found
    assert ("RUS", "oppose") in found


def test_support_through_development_agency_is_aid():
    found = stances("Portugal also supports humanitarian demining in Ukraine through its national development "
                    "agency.")
    assert ("PRT", "support") not in found


def test_backing_with_money_is_aid():
    found = stances("The minister said Norway would back the repair project with money from its Ukraine fund.")
    assert ("NOR", "support") not in found


def test_support_through_supply_is_aid():
    found = stances("Belgium will keep helping to maintain the jets, including through the supply of spare "
                    "parts and support for maintenance.")
    assert ("BEL", "support") not in found


def test_plain_support_still_a_position():
    found = stances("Portugal supports the peace plan, its prime minister said.")
    assert ("PRT", "support") in found


def test_union_as_owner_is_no_membership_target():
    from coalition.extract import extract
    from coalition.model import Article

    result = extract(Article(text="Headline\n\nAustria did not join the European Union's decision to buy "
                                  "shells.", source="test"))
    assert not any(f.kind == "stance" and f.target == "Ukraine's EU membership" for f in result.facts)


def test_union_membership_still_a_target():
    from coalition.extract import extract
    from coalition.model import Article

    result = extract(Article(text="Headline\n\nHungary said it would block Ukraine's membership in the "
                                  "European Union.", source="test"))
    assert any(f.kind == "stance" and f.target == "Ukraine's EU membership" for f in result.facts)


# A membership told as background (a perfect, or a joining dated in the past) is no support; the
# joining itself told as news still is.
def test_dated_signing_up_to_coalition_is_background():
    found = stances("In 2024 Portugal signed up to the drone coalition led by Latvia.")
    assert ("PRT", "support") not in found


def test_perfect_signing_up_is_membership():
    found = stances("Portugal has signed up to the coalition of the willing.")
    assert ("PRT", "support") not in found


def test_signing_up_as_news_supports():
    found = stances("Portugal signed up to the coalition of the willing on Monday, its prime minister said.")
    assert ("PRT", "support") in found


# The bare form of a refusal verb after "to" or a modal ("continues to reject", "has continued to
# resist", "will reject") is a refusal like "rejects"; a writer's reading of motives ("has every
# reason to reject it") is no one's position.
def test_continues_to_reject_opposes():
    found = stances("Some guarantees might be possible, but Moscow continues to reject any deployment of "
                    "Western troops in Ukraine.")
    assert ("RUS", "oppose") in found


def test_continued_to_resist_requests_opposes():
    found = stances("Madrid has continued to resist Kyiv's requests for its newest air defence missiles.")
    assert ("ESP", "oppose") in found


def test_every_reason_to_reject_is_a_reading():
    found = stances("Analysts said Hungary had every reason to reject the peace plan while the fighting went on.")
    assert ("HUN", "oppose") not in found
