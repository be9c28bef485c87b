"""Ninth session, stances of Ukraine's partners (not the warring sides), each rule tested on
made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


# Decisions 12, 32, 34: a sanctions act told after its object, in an object relative.
@pytest.mark.parametrize("text,expected", [
    ("The fine comes as Ottawa keeps extending the sanctions it has imposed on Russia since 2022.",
     {("CAN", "support")}),
    ("The new tariff sits beside the sanctions that Norway has adopted against Moscow over the war.",
     {("NOR", "support")}),
    ("Diplomats say the sanctions Serbia has refused to join against Russia remain a sore point.",
     {("SRB", "oppose")}),
])
def test_sanctions_act_in_an_object_relative(text, expected):
    assert expected <= stances(text)


@pytest.mark.parametrize("text,absent", [
    # Russia's own sanctions on others are no one's position on sanctions against Russia
    ("Ministers discussed the sanctions Moscow imposed on Western officials last year.", "RUS"),
    # sanctions on another state
    ("The talks covered the sanctions Japan has imposed on Iran since 2019.", "JPN"),
])
def test_relative_sanctions_on_others_are_no_position(text, absent):
    assert not any(actor == absent for actor, _ in stances(text))


# Decision 32: adding a Russian target to a sanctions list is the adder's support.
@pytest.mark.parametrize("text,expected", [
    ("The banker sold his club in March. Australia added him to its sanctions list a week later.",
     {("AUS", "support")}),
    ("Japan has added twelve Russian shipping firms to its sanctions list.", {("JPN", "support")}),
])
def test_added_to_a_sanctions_list(text, expected):
    assert expected <= stances(text)


def test_added_to_a_sanctions_list_of_another_state_is_no_position():
    assert not any(actor == "CAN" for actor, _ in stances("Canada added 40 Iranian firms to its sanctions list."))


# A joint statement's text quoted paragraph after paragraph stays the signatories' words.
def test_joint_statement_quoted_at_length():
    text = (
        "The prime ministers of Ireland, Portugal and Greece today issued a joint statement after their meeting "
        "in Lisbon. The text follows.\n\n"
        "\"We met today to discuss Europe's security. The war has lasted too long. Our peoples want peace. "
        "A just peace must respect international law.\n\n"
        "\"Borders cannot be moved by force. Children taken from Ukraine must come home. Prisoners must be "
        "exchanged. Energy plants must be protected. Grain must reach the world's markets.\n\n"
        "\"Until Russia accepts a full ceasefire, we will keep up the pressure through sanctions and other "
        "economic measures.\"\n"
    )
    got = stances(text)
    assert {("IRL", "support"), ("PRT", "support"), ("GRC", "support")} <= got


# Decision 14: backing or rejecting another's stated position is a stance on that position.
@pytest.mark.parametrize("text,expected", [
    ("Italy and Spain said they strongly supported the American position that talks should begin at once.",
     {("ITA", "support"), ("ESP", "support")}),
    ("Sweden rejected Hungary's position that the aid should wait until after the elections.",
     {("SWE", "oppose")}),
    # remarks state a position too
    ("The Belgian foreign minister welcomed the Indian prime minister's remarks on the war.", {("BEL", "support")}),
])
def test_a_stated_position_backed_or_rejected(text, expected):
    assert expected <= stances(text)


def test_a_position_paper_is_no_stated_position():
    text = ("Beijing said its envoy had listened to all sides, adding that China would keep working on the "
            "basis of its own 12-point position paper.")
    assert not any(actor == "CHN" for actor, _ in stances(text))


# A refusal to tell something is no position: the withheld object is a fact, not aid or consent.
@pytest.mark.parametrize("text,absent", [
    ("The Dutch defence ministry would not give figures for the cost of the jets.", "NLD"),
    ("Greece refused to give a breakdown of the equipment it has sent.", "GRC"),
    ("Austria's finance ministry has resisted calls from lawmakers to put a figure on its total help.", "AUT"),
])
def test_withholding_information_is_no_refusal(text, absent):
    assert not any(actor == absent and value == "oppose" for actor, value in stances(text))


def test_refusing_aid_is_still_a_refusal():
    # the object is aid, not information (and "at face value" is no withheld figure)
    assert ("BEL", "oppose") in stances("Belgium declined to give Ukraine more fighter jets this year.")
    assert ("PRT", "oppose") in stances("Portugal's prime minister said he was reluctant to take the Russian offer at face value.")


# "think tank" is no tank: an item word that is part of another noun is no aid.
def test_think_tanks_are_no_tanks():
    from coalition.extract import extract
    from coalition.model import Article
    text = ("Headline\n\nRussia's war in Ukraine went on. Kyiv asked its partners for more help.\n\n"
            "Canada will fund two think tanks in Kyiv that study the war.")
    facts = extract(Article(text=text, source="test")).facts
    assert not any(f.kind == "commitment" and "tanks" in (f.items or []) for f in facts)


# Decision 37 (superseding the decision-9 hedge this test first asserted): support cut off before it is
# given ("stopped short of endorsing") is no stance at all, neither support nor `considering`.
@pytest.mark.parametrize("text,actor", [
    ("Canada's foreign minister stopped short of backing the peace plan on Tuesday.", "CAN"),
    ("Kyiv presented its ten-point peace plan to allies on Monday. The Swedish government stopped short of "
     "endorsing the document, saying it needed time to study it.", "SWE"),
])
def test_stopped_short_of_support_is_no_stance(text, actor):
    got = stances(text)
    assert (actor, "considering") not in got and (actor, "support") not in got


# Openness to another kind of help answers nothing about the target: the refusal stands.
@pytest.mark.parametrize("text,actor", [
    ("Denmark will not take part in any military deployment on Ukrainian soil, the government said on Monday, "
     "though it left the door open to other forms of support at sea.", "DNK"),
    ("Austria will not join any mission on Ukrainian territory after a truce, the chancellor said, though he "
     "was open to other kinds of help such as demining.", "AUT"),
])
def test_openness_to_other_help_leaves_the_refusal(text, actor):
    got = stances(text)
    assert (actor, "oppose") in got and (actor, "open") not in got
