"""Eighth session, adjudicated conventions of stances (ADJUDICATION.md, decisions 27, 32-34), each
rule tested on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


# Decision 34 (and 32): sanctions on Russian people, firms, banks or ships are sanctions on Russia;
# the act needs a named government or the EU doing it.
@pytest.mark.parametrize("text,expected", [
    # a sanctions list's own targets, no "Russia" after "on"
    ("Since the invasion, Norway has imposed sanctions on more than 900 individuals and entities.",
     {("NOR", "support")}),
    ("Canada imposed sanctions on Gazprombank and two shipping companies on Thursday.",
     {("CAN", "support")}),
    # no stated target: the sanctions of this domain ("on Tuesday" is a date)
    ("Japan and Australia announced new sanctions on Tuesday.", {("JPN", "support"), ("AUS", "support")}),
    # the verb, passive with its agents, or active with its subject
    ("The tycoon, who owns a steel group, was sanctioned by Canada and Australia after the invasion.",
     {("CAN", "support"), ("AUS", "support")}),
    ("The banker sold his villa in 2021. Switzerland has since sanctioned him.", {("CHE", "support")}),
])
def test_sanctions_on_russian_targets_are_sanctions_on_russia(text, expected):
    assert expected <= stances(text)


@pytest.mark.parametrize("text,expected", [
    # a threat: the step held back until Moscow refuses
    ("The leaders of Spain and Italy demanded a truce from Moscow and threatened further sanctions if it refused.",
     {("ESP", "conditional"), ("ITA", "conditional")}),
    ("Norway said it would toughen sanctions on Russian banks if the Kremlin rejected the offer.",
     {("NOR", "conditional")}),
    # kept until Russia complies
    ("The Danish government said sanctions would stay in place until Russian troops left Ukraine.",
     {("DNK", "support")}),
])
def test_threats_and_keeping_sanctions(text, expected):
    assert expected <= stances(text)


@pytest.mark.parametrize("text,absent", [
    # a legal status, no one's act
    ("The oligarch's yacht, frozen under EU sanctions, was sold at auction in Gibraltar.", "EU"),
    ("A sanctioned businessman from Moscow lost his appeal against a Norwegian bank.", "NOR"),
    # the agents end with the list after "by"
    ("Once he was sanctioned by Britain, the bank in Spain could no longer accept his payments.", "ESP"),
    # a name after a determiner modifies a noun; a name after "accused" is its object
    ("Chile has abstained on every UN resolution and has not joined Western sanctions against Russia.", "UN"),
    ("Officials in Brussels accused Iran of arming Moscow, and the EU has sanctioned several of its firms.", "IRN"),
    # sanctions on another state are no position on sanctions against Russia
    ("Norway imposed sanctions on Iranian drone makers on Friday.", "NOR"),
    # a clause whose subject is Russia does not borrow the sentence's subject
    ("Kyiv said the truce began at once; the Kremlin said it would only apply once sanctions on its banks were lifted.",
     "UKR"),
])
def test_no_sanctions_position_without_a_named_actor(text, absent):
    assert not any(actor == absent for actor, _ in stances(text))


def test_a_bills_terms_are_no_threat():
    # "the bill would impose sanctions if …" is the measure's term; its sponsor still backs sanctions
    found = stances("The bill, which Senator Jane Doe of the United States introduced in May, would impose "
                    "sanctions on Russia if Moscow refused to negotiate.")
    assert ("USA", "conditional") not in found


# Decision 27: a state the truce would not bind that backs or criticises it holds a stance on it.
def _truce_facts(text):
    from coalition.extract import extract
    from coalition.model import Article
    from tests.extract.stance_sentences import WAR
    return extract(Article(text="Headline\n\n" + WAR + text, source="test")).facts


def test_third_party_backing_a_truce_is_a_stance_not_a_response():
    facts = _truce_facts(
        "Brazil's president proposed on Monday that both armies halt the fighting along the current front line. "
        "Norway welcomed the proposal on Tuesday.")
    responders = {r.actor for f in facts if f.kind == "ceasefire" for r in f.responses}
    assert "NOR" not in responders
    assert not any(f.kind == "stance" and f.actor == "NOR" and f.stance != "support" for f in facts)
    assert sum(f.kind == "stance" and f.actor == "NOR" for f in facts) == 1


def test_agreeing_to_give_is_no_answer_to_a_truce():
    facts = _truce_facts(
        "Putin offered a ceasefire on Friday if Kyiv withdrew its troops. "
        "The offer came a day after Canada and Japan agreed to lend Ukraine about $5bn.")
    responders = {r.actor for f in facts if f.kind == "ceasefire" for r in f.responses}
    assert not {"CAN", "JPN"} & responders
    assert not any(f.kind == "stance" and f.actor in ("CAN", "JPN") and f.target == "ceasefire proposal"
                   for f in facts)


def test_the_party_the_offer_is_put_to_keeps_its_response():
    facts = _truce_facts("A report says Washington rebuffed Putin's truce feelers last winter.")
    truces = [f for f in facts if f.kind == "ceasefire"]
    if truces:  # the answer told with the offer stays the response, with no stance beside it
        assert not any(f.kind == "stance" and f.actor == "USA" and f.target == "ceasefire proposal"
                       for f in facts if any(r.actor == "USA" for t in truces for r in t.responses))


# Decision 33: "no agreement over Ukraine's head / without Ukraine" is a condition on the talks,
# and an opposition only when it answers talks already held without Ukraine.
@pytest.mark.parametrize("text,actor", [
    ("The Dutch prime minister said the Netherlands would never accept a peace deal made over Ukraine's head.", "NLD"),
    ("Ireland said no settlement could be imposed on Ukrainians over their heads.", "IRL"),
    ("Belgium said that nobody had the right to settle the future of Ukraine over its head.", "BEL"),
])
def test_over_its_head_is_a_condition(text, actor):
    found = stances(text)
    assert (actor, "conditional") in found
    assert (actor, "oppose") not in found


def test_the_same_words_answer_talks_already_held_without_ukraine():
    found = stances("American and Russian envoys met in Geneva without Ukraine on Monday.\n\n"
                    "Ukraine said it would not recognise any deal about Ukraine made without Ukraine.")
    assert ("UKR", "conditional") not in found


def test_russias_demand_to_lift_sanctions_is_no_stance_on_them():
    # Russia's condition that sanctions on it be lifted is its demand, told with its truce answer
    found = stances("Moscow said the grain corridor truce would only take effect once Western sanctions "
                    "on Russian fertiliser exports were lifted.")
    assert ("RUS", "conditional") not in found and ("RUS", "support") not in found
