"""Fifth-session stance classes, fourth round, on made-up sentences (other actors and wordings
than the dev articles that showed the class): a promise to act that waits on a condition ("would
return to the arrangement if…", "would halt strikes if…"), reciprocity ("would mirror whatever
Moscow did") and "at its own pace" are conditional, about the target named just before when
the sentence names none; the one told ("Orbán told Zelensky he would…") is no holder; a cue in
an aside opened by ", whose" is the country before it; a past perfect told over a stretch of
time ("had opposed … for months", "had long opposed") is background; a refusal to send money is
opposition. And what stays no position: a loan's repayment terms, "return fire", money
"provided" to Ukraine.
"""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import answers, stances

GRAIN = "Turkey and the UN brokered the Black Sea grain deal in 2022.\n\n"
TRUCE = "Moscow and Kyiv agreed on Tuesday to a 30-day truce on strikes against power plants.\n\n"
LOAN = "EU finance ministers agreed a loan to Ukraine backed by frozen Russian assets.\n\n"


@pytest.mark.parametrize("text, expected", [
    # a promise bound by a condition, with or without a target of its own
    (GRAIN + "Russia's foreign ministry said Moscow would return to the arrangement if its fertiliser exports "
             "were unblocked.", ("RUS", "conditional")),
    ("Portugal's finance minister said Lisbon would reach the NATO spending target if the EU excluded defence "
     "from its deficit rules.", ("PRT", "conditional")),
    # one's own pace is a condition in itself
    ("Spain's prime minister said Madrid would meet the NATO spending target at its own pace.",
     ("ESP", "conditional")),
])
def test_bound_promises(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    # a warring side's bound promise on a truce it agreed is its answer, recorded conditional in the
    # ceasefire's responses only (ADJUDICATION.md, decision 3)
    (TRUCE + "The Kremlin said it would halt strikes on the grid if Kyiv stopped shelling Belgorod.",
     ("RUS", "conditional")),
    # reciprocity is a condition in itself
    (TRUCE + "Kyiv said Ukraine would mirror whatever Moscow did, strike for strike.", ("UKR", "conditional")),
])
def test_bound_answers_to_a_truce(text, expected):
    assert expected in answers(text)


def test_country_before_spending_is_no_holder():
    assert ("NATO", "conditional") not in stances(
        "Spain's prime minister said Madrid would meet the NATO spending target at its own pace.")


@pytest.mark.parametrize("text, holder, listener", [
    ("Viktor Orbán told Volodymyr Zelensky he would veto the sanctions on Russia.", "HUN", "UKR"),
    ("Slovakia told Hungary it would veto the new sanctions on Russia.", "SVK", "HUN"),
])
def test_the_one_told_is_no_holder(text, holder, listener):
    found = stances(text)
    assert (holder, "oppose") in found
    assert (listener, "oppose") not in found


def test_whose_aside_holds_its_own_cue():
    found = stances("Officials said Rome is also wary of moving before Germany, whose finance ministry, according "
                    "to the same officials, likewise declined to join the loan scheme.")
    assert ("DEU", "oppose") in found
    assert ("ITA", "oppose") in found


def test_whose_aside_without_a_cue_leaves_the_main_clause():
    assert stances("Turkey, whose army is NATO's second largest, backs the ceasefire proposal.") == {("TUR", "support")}


@pytest.mark.parametrize("text", [
    "Paris had opposed strikes inside Russia for months, but the restriction was lifted on Friday.",
    "Paris had long opposed strikes inside Russia.",
])
def test_background_past_perfect(text):
    assert ("FRA", "oppose") not in stances(text)


@pytest.mark.parametrize("text", [
    "Paris opposed strikes inside Russia.",
    "Paris had opposed strikes inside Russia.",
])
def test_plain_opposition_stays(text):
    assert ("FRA", "oppose") in stances(text)


def test_refusing_money():
    assert ("SVK", "oppose") in stances("Slovakia's prime minister said Bratislava will not send money to Kyiv.")


@pytest.mark.parametrize("text, absent", [
    (LOAN + "Ukraine would repay the loan only if Russia paid reparations.", ("UKR", "conditional")),
    (TRUCE + "Kyiv said it would return fire if attacked.", ("UKR", "conditional")),
    ("He said Japan had already provided Ukraine with more than $2 billion in budget support.", ("JPN", "conditional")),
])
def test_no_position(text, absent):
    assert absent not in stances(text)
