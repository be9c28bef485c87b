"""Ninth session, the third adjudication pass's convention classes (ADJUDICATION.md decisions 36,
37, 38 and 41), each on made-up sentences."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import WAR, stances


# Decision 36: a firm offer of forces for after a ceasefire or a peace deal is committed; the
# ceasefire is the mission's premise, not a condition of the state's offer.
@pytest.mark.parametrize("text,actor", [
    ("Greece is ready to send an infantry company to the reassurance force once a truce is agreed, "
     "the defence minister said.", "GRC"),
    ("The Austrian chancellor said Vienna would be willing to contribute engineers to a peacekeeping "
     "mission once there is a ceasefire.", "AUT"),
    ("Romania will take part in a European force to guarantee any settlement, but only after a "
     "ceasefire has been signed.", "ROU"),
    ("Croatia said it was prepared to send soldiers to a peacekeeping mission in Ukraine if that would "
     "help end the war.", "HRV"),
    ("Slovenia is ready to deploy troops as part of a peace deal, its prime minister said.", "SVN"),
])
def test_a_firm_offer_after_a_ceasefire_is_committed(text, actor):
    got = stances(text)
    assert (actor, "support") in got and (actor, "conditional") not in got


# ... but a condition of the state's own besides the ceasefire keeps it conditional, and a hedge
# stays a hedge.
@pytest.mark.parametrize("text,actor,value", [
    ("Greece is ready to send an infantry company to the reassurance force once a truce is agreed, "
     "provided the mission has a clear mandate.", "GRC", "conditional"),
    ("Vienna would be willing to contribute engineers to a peacekeeping mission once there is a "
     "ceasefire, but only with an American backstop.", "AUT", "conditional"),
    ("Romania is prepared to take part in the reassurance force after a peace deal, subject to the "
     "approval of its parliament.", "ROU", "conditional"),
    # decision 52: "could send" is open; the ceasefire is the mission's premise (decision 36), no condition
    ("Croatia could send soldiers to a peacekeeping mission in Ukraine once a ceasefire is agreed.", "HRV",
     "open"),
    ("Slovenia is open to deploying troops to a peacekeeping mission if a ceasefire holds.", "SVN", "open"),
])
def test_a_condition_of_its_own_or_a_hedge_stays(text, actor, value):
    got = stances(text)
    assert (actor, value) in got and (actor, "support") not in got


def test_a_signed_declaration_on_deploying_forces_is_committed():
    got = stances("Spain and Italy signed a declaration on deploying forces to Ukraine once the fighting stops.")
    assert {("ESP", "support"), ("ITA", "support")} <= got


# Decision 38: lifting a veto or an objection, or not blocking with no opt-out, is support of the
# measure; the measure is the one the story is about when the clause names none.
PACKAGE = "The EU adopted its new sanctions package against Russia on Friday after weeks of talks. "


@pytest.mark.parametrize("text,actor", [
    (PACKAGE + "Greece lifted its objection after receiving assurances from the Commission.", "GRC"),
    (PACKAGE + "Portugal, which had held up two earlier packages, did not block the final text.", "PRT"),
    (PACKAGE + "Cyprus, which also depends on Russian tourists, did not block it this time.", "CYP"),
    ("Malta will not stand in the way of Ukraine's EU membership, its prime minister said.", "MLT"),
])
def test_lifting_an_objection_or_not_blocking_is_support(text, actor):
    got = stances(text)
    assert (actor, "support") in got and (actor, "open") not in got


# ... not blocking while opting out gives only the opt-out; a quotation telling another's
# not-blocking is no position of the speaker's.
@pytest.mark.parametrize("text,actor", [
    ("Cyprus will not stand in the way of the EU's new training mission for Ukraine, but no Cypriot "
     "personnel or money will go into it.", "CYP"),
    ("Latvia will not take part in the joint borrowing for Ukraine; it agreed not to block it.", "LVA"),
    (PACKAGE + "Greece did not stand in the way this time. It constructively abstained, a spokesman said.", "GRC"),
    ("\"He fought hard, but in the end he decided he would not stand in the way of Ukraine's EU membership,\" "
     "the Dutch prime minister told reporters.", "NLD"),
])
def test_not_blocking_with_an_opt_out_is_no_support(text, actor):
    got = stances(text)
    assert (actor, "support") not in got and (actor, "open") not in got


# Decision 37: "stopped short of endorsing" alone is no stance; what the actor did say is.
def test_stopped_short_of_endorsing_is_no_stance_on_the_plan():
    from coalition.extract import extract
    from coalition.model import Article
    text = ("Headline\n\n" + WAR + "Kyiv presented its peace plan to partners on Monday. Mexico's envoy said "
            "his country backed efforts towards dialogue but stopped short of endorsing Kyiv's plan.")
    got = {(f.actor, f.stance, f.target) for f in extract(Article(text=text, source="test")).facts
           if f.kind == "stance" and f.actor == "MEX"}
    assert ("MEX", "support", "dialogue") in got  # the backing of dialogue, which the envoy did give
    assert not any("plan" in target for _, _, target in got)


def test_a_decision_still_to_take_about_what_to_do_is_considering():
    got = stances("Kyiv presented its peace plan to partners on Monday. The Chilean foreign minister fell short "
                  "of backing it. He said Chile needed to study the plan before deciding what it could support.")
    assert ("CHL", "considering") in got and ("CHL", "support") not in got


# Decision 41: a bare solidarity line is no stance; the same line naming a target is support of it.
@pytest.mark.parametrize("text", [
    "\"Latvia stands with Ukraine,\" the Latvian president said on Monday.",
    "The Dutch prime minister said the Netherlands stood with Ukraine and would keep doing so.",
    "Estonia expressed its full solidarity with Ukraine on Tuesday.",
])
def test_a_bare_solidarity_line_is_no_stance(text):
    assert stances(text) == set()


def test_a_solidarity_line_naming_a_target_supports_it():
    from coalition.extract import extract
    from coalition.model import Article
    text = ("Headline\n\n" + WAR + "The Latvian president said Latvia stood with Ukraine on its path to the "
            "European Union and to NATO.")
    got = {(f.actor, f.stance, f.target) for f in extract(Article(text=text, source="test")).facts
           if f.kind == "stance"}
    assert {("LVA", "support", "Ukraine's EU membership"), ("LVA", "support", "Ukraine's NATO membership")} <= got
