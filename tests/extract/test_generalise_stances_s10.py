"""Precision classes for stances and participations found on real news pages the rules were not
written against (tenth session). Every sentence here is made up."""

from __future__ import annotations

from tests.extract.stance_sentences import stances


# -- a reporter's question is not the position of the state it names (stance_questions.py) --------

def test_question_put_to_a_spokesman_is_no_position() -> None:
    text = "The Kremlin spokesman was asked by journalists on Friday whether Moscow is considering a winter truce."
    assert ("RUS", "considering") not in stances(text)


def test_question_with_if_is_no_position() -> None:
    text = "The Dutch premier was asked if the Netherlands would consider sending jets for the air mission, and moved on."
    assert not {p for p in stances(text) if p[0] == "NLD"}


def test_answer_after_the_question_is_kept() -> None:
    text = "Asked whether Rome would join the force, the Italian minister said Italy was ready to send troops."
    assert ("ITA", "support") in stances(text)


# -- "the South American country" is a region's, not the United States' (context.py) --------------

def test_south_american_country_is_not_the_united_states() -> None:
    text = "Speaking in Brasília, the president said the South American country would not send ammunition to Kyiv."
    assert not {p for p in stances(text) if p[0] == "USA"}


def test_latin_american_nation_is_not_the_united_states() -> None:
    text = "The Latin American nation has refused to join the sanctions on Moscow, its foreign minister said."
    assert not {p for p in stances(text) if p[0] == "USA"}


def test_american_still_names_the_united_states() -> None:
    text = "The American administration has refused to send troops to Ukraine, a spokesman said."
    assert ("USA", "oppose") in stances(text)


# -- another state's forecast of the actor's answer is not its position (predicted_stances.py) ----

def test_a_neighbour_warning_what_moscow_would_refuse_is_no_russian_stance() -> None:
    text = "The Latvian foreign minister warned that Russia would never accept a truce on such terms."
    assert ("RUS", "oppose") not in stances(text)


def test_an_expectation_of_a_refusal_is_no_stance() -> None:
    text = "The Canadian defence minister said she expects the Kremlin will refuse the ceasefire offer."
    assert ("RUS", "oppose") not in stances(text)


def test_a_forecast_of_a_veto_is_not_the_vetoing_state_s() -> None:
    text = "The Austrian chancellor warned that Hungary would block the next sanctions package."
    assert ("HUN", "oppose") not in stances(text)


def test_the_state_s_own_spokesman_warning_is_kept() -> None:
    text = "Peskov warned that Moscow would not agree to the truce."
    assert ("RUS", "oppose") in stances(text)


# -- support withheld ("refrained from endorsing") is no support (stance_partners.short_of) -------

def test_refraining_from_endorsing_is_no_support() -> None:
    text = "The leaders refrained from endorsing a scheme to lend Kyiv the frozen Russian assets, the EU said."
    assert ("EU", "support") not in stances(text)


def test_holding_off_on_backing_is_no_support() -> None:
    text = "Germany held off on backing the use of the frozen Russian assets at the summit."
    assert ("DEU", "support") not in stances(text)


def test_refraining_from_supporting_sanctions_is_no_support() -> None:
    text = "Italy refrained from supporting the new sanctions package against Moscow."
    assert ("ITA", "support") not in stances(text)


def test_plain_backing_is_still_support() -> None:
    text = "Germany backs the use of the frozen Russian assets for Ukraine."
    assert ("DEU", "support") in stances(text)


# -- own troops ruled out while other help is offered: no opposition to the guarantees ------------

def test_troops_ruled_out_but_other_guarantees_offered() -> None:
    text = ("Although the prime minister ruled out sending Canadian troops into combat, Ottawa could offer "
            "other forms of security guarantees, his office said.")
    found = stances(text)
    assert ("CAN", "open") in found  # decision 52: troops refused, a help it could give: one open participation
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    assert not [f for f in facts if f.kind == "stance" and f.actor == "CAN" and f.stance == "oppose"]


def test_a_plain_refusal_of_the_guarantees_stays() -> None:
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    text = "Moscow rejected the security guarantees for Ukraine outright, the Kremlin said."
    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    assert [f for f in facts if f.kind == "stance" and f.actor == "RUS" and f.stance == "oppose"]


def test_troop_involvement_ruled_out_with_other_forms_offered() -> None:
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR

    text = ("Although the president ruled out the involvement of American troops in combat, Washington could "
            "provide other forms of security guarantees, a spokeswoman said.")
    facts = extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts
    assert not [f for f in facts if f.kind == "stance" and f.actor == "USA" and f.stance == "oppose"]
