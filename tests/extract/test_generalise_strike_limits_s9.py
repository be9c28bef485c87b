"""Ninth session: positions on the restrictions on Ukraine's use of supplied weapons against Russia,
one target and polarity (ADJUDICATION.md decision 47, ``strike_limits.py``), on made-up sentences."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.extract.strike_limits import TARGET
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


# Wanting the restrictions lifted, or letting one's own weapons be used in Russia: support.
@pytest.mark.parametrize("text, holder", [
    ("The Estonian foreign minister went further, pressing partners to loosen the remaining curbs on how Kyiv "
     "fires Western missiles.", "EST"),
    ("Dutch Defence Minister Ruben Brekelmans said Kyiv had the right to use Dutch F-16s against airfields "
     "inside Russia.", "NLD"),
    ("Finnish President Alexander Stubb said Ukraine was entitled to hit military sites on Russian soil.", "FIN"),
])
def test_lifting_or_permitting_is_support(text, holder):
    assert (holder, "support") in stances(text)


def test_each_speaker_of_a_coordinated_sentence_holds_a_position():
    found = stances("The Danish prime minister said Kyiv could use Danish jets against bases inside Russia, "
                    "and Norway's defence minister said Ukraine was entitled to strike depots on Russian territory.")
    assert {("DNK", "support"), ("NOR", "support")} <= found


# Keeping the restrictions, also for one's own weapons only: opposition.
@pytest.mark.parametrize("text, holder", [
    ("The Greek defence minister said the Greek rockets could only be used inside Ukraine.", "GRC"),
    ("Portugal's prime minister said the howitzers had to be used inside Ukraine.", "PRT"),
    ("Canadian Prime Minister Justin Trudeau insisted Ottawa was not encouraging or enabling attacks on Russian "
     "soil.", "CAN"),
])
def test_keeping_the_limits_is_opposition(text, holder):
    assert (holder, "oppose") in stances(text)


def test_refusing_to_lift_is_opposition():
    assert ("CZE", "oppose") in stances("The Czech president said Prague refused to lift its limits on strikes "
                                        "with Czech missiles.")


def test_one_target():
    result = extract(Article(text="Headline\n\n" + WAR + "Lithuania's foreign minister urged allies to drop "
                             "the limits on long-range strikes into Russia.", source="test"))
    assert [(f.actor, f.stance, f.target) for f in result.facts if f.kind == "stance"] == [("LTU", "support", TARGET)]


@pytest.mark.parametrize("text", [
    # a question put to a speaker is nobody's position
    "The question was whether Slovak rockets could be used against targets in Russia.",
    # Kyiv's assurance to its donors is no position (decision 47)
    "Kyiv said the Polish missiles would only be used inside Ukraine.",
    # Russia backs no lifting: a misread holder
    "Russia's foreign ministry said the West was urging allies to lift the limits on missile strikes.",
])
def test_no_position(text):
    found = stances(text)
    assert ("SVK", "support") not in found
    assert ("POL", "support") not in found and ("UKR", "oppose") not in found
    assert ("RUS", "support") not in found


# A position on the restrictions themselves is the reverse position on lifting them.
@pytest.mark.parametrize("text, expected", [
    ("The Czech president criticised the limits on strikes into Russia.", ("CZE", "support")),
    ("Slovenia's prime minister opposed the restrictions on the use of Western weapons against Russia.",
     ("SVN", "support")),
    ("The Bulgarian president defended the restrictions on the use of Bulgarian missiles.", ("BGR", "oppose")),
    ("The Hungarian foreign minister backed the restrictions on long-range strikes.", ("HUN", "oppose")),
])
def test_a_position_on_the_restrictions_is_reversed(text, expected):
    found = stances(text)
    assert expected in found
    assert (expected[0], "support" if expected[1] == "oppose" else "oppose") not in found


# Letting, barring, and a negated permission.
@pytest.mark.parametrize("text, expected", [
    ("Britain allowed Ukraine to use Storm Shadow missiles inside Russia.", ("GBR", "support")),
    ("Paris gave Kyiv the green light to strike targets in Russia.", ("FRA", "support")),
    ("Washington still bars Kyiv from using ATACMS inside Russia.", ("USA", "oppose")),
    ("Germany has said its weapons may not be used on Russian territory.", ("DEU", "oppose")),
    ("The Czech president said Prague could not let Ukraine fire Czech rockets into Russia.", ("CZE", "oppose")),
])
def test_permitting_or_barring(text, expected):
    found = stances(text)
    assert expected in found
    assert (expected[0], "support" if expected[1] == "oppose" else "oppose") not in found


def test_kyiv_able_to_strike_is_no_position():
    assert ("UKR", "support") not in stances("Zelensky said Ukraine could strike targets inside Russia with its own "
                                             "drones.")


def test_a_permission_not_about_arms_is_no_position():
    assert ("FIN", "support") not in stances("A Finnish court let the company use its frozen accounts in Russia.")


def test_limits_on_selling_arms_are_no_strike_limits():
    result = extract(Article(text="Headline\n\n" + WAR + "Germany eased restrictions on arms exports to Kyiv.",
                             source="test"))
    assert not [f for f in result.facts if f.kind == "stance" and f.target == TARGET]


def test_past_lifting_is_support():
    assert ("NOR", "support") in stances("Norway's defence minister said Oslo had dropped its curbs on how Kyiv "
                                         "fires Norwegian rockets.")
