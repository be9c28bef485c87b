"""Eleventh session, ADJUDICATION decision 52: "could" of a state's own contribution to a force.

A state saying it, or its forces, could send, contribute, take part, play a role or help is `open`;
a condition it states with it makes it `conditional`; it is `considering` only when the same
sentence reports the government weighing the step or undecided; a refusal of troops beside a help
the state says it could give is one `open` participation with the troops excluded. A ceasefire
alone is the mission's premise, not a condition (decision 36). Dev articles of the class: 042,
058, 107, 108, 115, 207, 225, 335. Every sentence here is made up."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def parts(text: str, actor: str) -> list[tuple[str, list[str]]]:
    facts = extract(Article(text=text, source="example.com")).facts
    return [(f.status, list(f.excluded)) for f in facts if f.kind == "participation" and f.actor == actor]


def statuses(text: str, actor: str) -> set[str]:
    return {status for status, _ in parts(text, actor)}


# -- a possible step, with nothing else said: open ------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Greece has signalled it could play a role in the reassurance force, most likely at sea.", "GRC"),
    ("Norway could contribute to the peacekeeping mission in other ways, including logistics and training.", "NOR"),
    ("Finnish soldiers could take part in a reassurance force in Ukraine, the Finnish president said.", "FIN"),
    ("The Latvian defence minister said Latvia could send engineers to a peacekeeping force.", "LVA"),
])
def test_could_of_a_states_own_step_is_open(text, actor):
    assert statuses(text, actor) == {"open"}


# -- a ceasefire alone is the mission's premise: still open ---------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Croatia could send engineers to a peacekeeping mission in Ukraine once the fighting stops.", "HRV"),
    ("Estonian troops could serve in a reassurance force if a ceasefire is reached.", "EST"),
])
def test_could_waiting_only_on_a_ceasefire_is_open(text, actor):
    assert statuses(text, actor) == {"open"}


# -- a condition of the state's own: conditional --------------------------------------------------

@pytest.mark.parametrize("text, actor", [
    ("Bulgarian officials said their navy could help a peacekeeping mission clear mines if the parties agreed.", "BGR"),
    ("Austrian troops could serve in a peacekeeping mission in Ukraine, but only with a UN mandate.", "AUT"),
    ("Lithuania could send instructors to the reassurance force, provided that parliament approves it.", "LTU"),
])
def test_could_with_a_stated_condition_is_conditional(text, actor):
    assert statuses(text, actor) == {"conditional"}


# -- a weighing or an undecided government in the same sentence: considering ----------------------

@pytest.mark.parametrize("text, actor", [
    ("Slovenian soldiers could take part in a peacekeeping mission, but the government has made no decision.", "SVN"),
    ("Greece is weighing whether its navy could help a reassurance force in the Black Sea.", "GRC"),
])
def test_could_beside_a_weighing_is_considering(text, actor):
    assert statuses(text, actor) == {"considering"}


# -- troops refused, a help the state could give: one open answer, troops excluded ----------------

@pytest.mark.parametrize("text, actor", [
    ("Bulgarian soldiers will not take part in any mission in Ukraine, though Bulgaria could help with demining "
     "once the war ends.", "BGR"),
    ("Greece has ruled out a ground contribution to the reassurance force; officials in Athens say the government "
     "could help train Ukrainian forces abroad.", "GRC"),
    ("Although the president ruled out sending Norwegian troops, Oslo could offer air policing to a reassurance "
     "force, his office said.", "NOR"),
    ("Hungary has ruled out sending soldiers to the reassurance force, but signalled it could help by air.", "HUN"),
    ("Bulgaria could instead offer its ports as a base for the logistics of the reassurance force.", "BGR"),
])
def test_troops_refused_beside_a_possible_help_is_one_open_answer(text, actor):
    assert parts(text, actor) == [("open", ["troops"])]


# -- not of the class: a firm offer beside the refusal, the force's own "could", a "could" in the
#    condition, another's suggestion ------------------------------------------------------------

def test_a_firm_offer_beside_a_refusal_stays_a_refusal():
    text = "Poland will not send troops to the reassurance force, but will run the logistics hub."
    assert statuses(text, "POL") == {"declined"}


def test_what_the_force_could_do_beside_a_refusal_stays_a_refusal():
    text = ("Although Norway ruled out sending troops to the reassurance force, it said the mission could "
            "provoke Moscow.")
    assert statuses(text, "NOR") == {"declined"}


def test_could_inside_the_condition_of_a_firm_offer_is_no_hedge():
    text = ("Denmark is ready to contribute soldiers to a peacekeeping mission in Ukraine if it could help "
            "bring the war to an end.")
    assert statuses(text, "DNK") == {"committed"}


def test_a_country_another_says_could_join_has_no_position():
    text = "The American envoy suggested on Friday that Romania could become part of a peacekeeping force in Ukraine."
    assert parts(text, "ROU") == []


def test_what_peacekeepers_could_do_is_no_position():
    text = ("The Austrian chancellor said on Tuesday that, under the plan, peacekeepers could under some "
            "conditions return fire on Russian units.")
    assert parts(text, "AUT") == []


def test_could_consider_stays_considering():
    # decision 9's "would consider" class, not a bare "could"
    text = "Oslo could consider joining a peacekeeping force in Ukraine, the Norwegian prime minister said."
    assert statuses(text, "NOR") == {"considering"}
