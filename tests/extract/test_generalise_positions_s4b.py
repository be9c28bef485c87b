"""Fourth-session stance classes, second round, on made-up sentences: an answer ("said no") that
is a comparison or a habit, a hedge bound to a stated condition, readiness for a thing, stances
with no stance verb, and positive words with an undecided amount; and what stays no stance."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances as positions


# --- "said no" as an answer, and as a comparison or a habit ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hungary said no to the ceasefire proposal.", ("HUN", "oppose")),
    ("Asked about the ceasefire proposal, Russia said no, and the talks ended.", ("RUS", "oppose")),
    ("Asked about the truce, Poland said yes.", ("POL", "support")),
])
def test_an_answer_ending_its_clause_is_a_stance(text, expected):
    assert expected in positions(text)


@pytest.mark.parametrize("text, actor", [
    ("Polish minister Jan Nowak spoke in Warsaw. He said no other EU member state had provided as much "
     "military aid as Poland.", "POL"),
    ("The Kremlin often says no first to a ceasefire and bargains later.", "RUS"),
    ("Sweden's minister said no country had sent more weapons to Ukraine per head.", "SWE"),
])
def test_said_no_before_a_noun_is_a_comparison_not_an_answer(text, actor):
    assert (actor, "oppose") not in positions(text)


# --- a hedge bound to a stated condition ----------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Bern has said it could consider a contribution to a peace mission only with a mandate from the "
     "UN Security Council.", "CHE"),
    ("Lisbon would consider sending troops to a peacekeeping force only under a UN mandate.", "PRT"),
    ("Dublin could consider joining a peacekeeping mission only if the Security Council approved it.", "IRL"),
])
def test_a_hedge_bound_to_a_condition_is_conditional(text, actor):
    found = positions(text)
    assert (actor, "conditional") in found and (actor, "considering") not in found


@pytest.mark.parametrize("text, actor", [
    ("Lisbon would consider sending troops to a peacekeeping mission.", "PRT"),
    ("Oslo could consider joining a peacekeeping force only once a ceasefire is in place.", "NOR"),
])
def test_a_hedge_waiting_on_nothing_or_on_a_ceasefire_alone_stays_considering(text, actor):
    found = positions(text)
    assert (actor, "considering") in found and (actor, "conditional") not in found


def test_a_conditional_answer_replaces_the_same_actors_hedge_on_the_mission():
    found = positions("Neutral Austria does not rule out joining a peacekeeping mission.\n\n"
                      "The minister said Austria would take part in a peacekeeping mission only under a UN mandate.")
    assert ("AUT", "conditional") in found and ("AUT", "open") not in found


def test_a_hedge_stays_when_the_condition_is_another_actors():
    found = positions("Neutral Austria does not rule out joining a peacekeeping mission.\n\n"
                      "Switzerland would take part in a peacekeeping mission only under a UN mandate.")
    assert {("AUT", "open"), ("CHE", "conditional")} <= found


# --- readiness for a thing, and stances with no stance verb ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Ukraine accepted a ceasefire in March and has said it remains ready for one.", ("UKR", "support")),
    ("Moldova said it was ready for peace talks at any time.", ("MDA", "support")),
    ("Russia walked out of the grain deal in July. Turkey has not given up.", ("TUR", "support")),
    ("Turkey has not given up on the grain deal, Erdogan said.", ("TUR", "support")),
    ("China and Brazil published two peace plans in May. Kyiv does not like it.", ("UKR", "oppose")),
])
def test_readiness_and_not_giving_up_are_support(text, expected):
    assert expected in positions(text)


@pytest.mark.parametrize("text, actor", [
    ("Turkey has not given up.", "TUR"),  # nothing named before it
    ("Russia walked out of the grain deal. Turkey has not given up hope of a trade deal with Greece.", "TUR"),
    ("Germany said it was ready for a long winter.", "DEU"),
])
def test_not_giving_up_with_no_target_or_another_object_is_no_stance(text, actor):
    assert (actor, "support") not in positions(text)


# --- positive words with an undecided amount ------------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Germany sent Leopard tanks. Norway's defence ministry said it was positive about contributing tanks "
     "of its own but had not decided how many.", "NOR"),
    ("Denmark said it was positive about sending more artillery but had not yet decided how much.", "DNK"),
])
def test_positive_but_undecided_is_considering(text, actor):
    found = positions(text)
    assert (actor, "considering") in found and (actor, "support") not in found


def test_undecided_without_an_object_is_no_stance():
    assert not positions("Norway said it had not decided how many it would need.")


# --- an acceptance bound to a condition, and an abstention ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Moscow would only accept a ceasefire if Kyiv withdrew its troops.", ("RUS", "conditional")),
    ("Hungary would only back the peace plan with American guarantees.", ("HUN", "conditional")),
    ("Slovakia said it would agree only to a ceasefire monitored by the UN.", ("SVK", "conditional")),
])
def test_an_acceptance_bound_to_a_condition_is_conditional(text, expected):
    found = positions(text)
    assert expected in found and (expected[0], "support") not in found


def test_accepting_without_only_is_no_condition():
    assert ("RUS", "conditional") not in positions("Moscow would accept a ceasefire, Peskov said.")


@pytest.mark.parametrize("text, expected", [
    ("Ireland abstains constructively whenever a package contains lethal equipment.", ("IRL", "oppose")),
    ("Austria abstained constructively on the package for weapons deliveries to Ukraine.", ("AUT", "oppose")),
])
def test_a_constructive_abstention_is_opposition(text, expected):
    assert expected in positions(text)
