"""Sixth-session stance classes on made-up sentences (other actors and wordings than the dev
articles that showed each class): a lone surname that is also a country's name is the person named
in full before it; "Latin America" is no United States; a negated hedge ("was not considering",
"neither … nor … was considering") is a refusal; "not out of the question" is open; what is no
one's answer: a cue inside an "if" clause, a refusal charged to another ("blamed Kyiv for
refusing…"), a power held ("which Russia can veto"), reliance ("depends on Russia for its gas") and
variety ("depends on whom you ask"); the one thanked or praised is no holder. And wordings: a
condemned attack, a judgment that aid "would not help" or "did nothing to" ease things, "a good
start", a call for an end to hostilities, support for an inquiry, "endorsing", a truce that "would
only allow" the other side to rearm.
"""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances

PEACE = "Leaders discussed a peace plan and a possible ceasefire.\n\n"


def test_surname_that_is_a_country_is_the_person():
    got = stances("Ireland's Foreign Minister Niamh Jordan met reporters in Dublin.\n\n"
                  "Jordan said it was not out of the question for Irish soldiers to join a peacekeeping mission.")
    assert ("IRL", "open") in got
    assert not any(actor == "JOR" for actor, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Peru's foreign minister said his government was not considering sending arms to Ukraine.", ("PER", "oppose")),
    ("Colombia's president said that neither his country nor South America was considering sending weapons "
     "to Ukraine.", ("COL", "oppose")),
    (PEACE + "Chile is not open to talks on the peace plan.", ("CHL", "oppose")),
])
def test_negated_hedges_are_refusals(text, expected):
    got = stances(text)
    assert expected in got
    assert not any(actor == "USA" for actor, _ in got)


@pytest.mark.parametrize("text, unwanted", [
    # a cue inside an "if" clause is the condition, not the answer of its subject
    (PEACE + '"If Moscow is ready for a truce, so are we," the Moldovan president said.', "RUS"),
    # a refusal charged to another is an accusation
    (PEACE + "The Hungarian prime minister blamed Brussels for rejecting the peace plan.", "HUN"),
    # a power held is no position
    ("Sanctions need a Security Council resolution, which China can veto.", "CHN"),
    # reliance and variety are no conditions
    ("Serbia depends on Russia for most of its gas and oil.", "SRB"),
    (PEACE + "Whether Georgia backs the plan depends on whom you ask in Tbilisi.", "GEO"),
])
def test_cues_that_are_no_answer(text, unwanted):
    assert not any(actor == unwanted and value in ("oppose", "conditional", "support")
                   for actor, value in stances(text))


def test_a_condition_on_a_thing_is_still_a_condition():
    assert ("SVK", "conditional") in stances(
        "Slovakia said its approval of the sanctions package depends on an exemption for pipeline oil.")


def test_the_one_thanked_is_no_holder():
    got = stances("Canada's foreign minister warmly thanked the Nordic countries for their help to Kyiv, "
                  "endorsing the transfers.")
    assert ("CAN", "support") in got
    assert not any(actor in ("NOR", "SWE", "FIN", "DNK", "ISL") for actor, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Norway and Canada condemned the attack on the Kharkiv hospital.", ("NOR", "oppose")),
    ("Norway and Canada condemned the attack on the Kharkiv hospital.", ("CAN", "oppose")),
    ("Austria's chancellor said weapons deliveries would not help end the war.", ("AUT", "oppose")),
    ("The Russian foreign ministry said arms shipments to Kyiv were extremely dangerous and did nothing to calm "
     "matters.", ("RUS", "oppose")),
    (PEACE + "Lithuania called the plan a good start.", ("LTU", "support")),
    ("Indonesia renewed its call for an end to hostilities.", ("IDN", "support")),
    ("Kenya supported an independent inquiry into the shelling.", ("KEN", "support")),
    (PEACE + "Belgium's foreign minister spoke on Monday, endorsing the peace plan.", ("BEL", "support")),
    ("The Kremlin said a truce would only allow Kyiv to rearm.", ("RUS", "oppose")),
])
def test_more_stance_wordings(text, expected):
    assert expected in stances(text)


def test_what_a_thing_would_require_is_no_condition_of_the_actor():
    got = stances("Canada said it will not deploy Canadian soldiers to fight in Ukraine and that it does not back "
                  "a no-fly zone over Ukraine, which would require NATO pilots to shoot down Russian jets.")
    assert ("CAN", "oppose") in got
    assert ("CAN", "conditional") not in got


def test_putting_troops_on_the_ground_is_a_commitment():
    got = stances("Spain and Italy said they will put soldiers on the ground in Ukraine after a ceasefire.")
    assert {("ESP", "support"), ("ITA", "support")} <= got


def test_the_possessor_of_a_deed_is_no_speaker():
    got = stances("Colombia's president said Russia's war was a crime but criticised the sanctions on Russia.")
    assert ("COL", "oppose") in got
    assert ("RUS", "oppose") not in got


def test_had_no_plans_is_a_refusal_not_background():
    assert ("ARM", "oppose") in stances("Officials said Armenia had no plans to impose its own sanctions.")


def test_the_one_helped_is_no_holder_and_ready_to_consider_is_considering():
    got = stances("EU leaders said they would help Moldova secure its power grid and that they were ready to "
                  "consider further sanctions.")
    assert ("EU", "considering") in got
    assert not any(actor == "MDA" for actor, _ in got)


def test_a_time_clause_ends_the_object():
    got = stances("Today's pledge brings Ireland's total support for Ukraine since the full-scale invasion "
                  "to €400 million.")
    assert ("IRL", "support") not in got


@pytest.mark.parametrize("text, expected, unwanted", [
    # a condition inside what is demanded is the demand's content
    ("Italy has pressed for the new shells to be bought only from European plants.", ("ITA", "support"),
     ("ITA", "conditional")),
])
def test_a_condition_inside_a_demand_is_support(text, expected, unwanted):
    got = stances(text)
    assert expected in got and unwanted not in got


def test_a_quantity_that_depends_is_no_condition():
    got = stances("Greece's defence minister said the final number would depend on the state of the vehicles.")
    assert ("GRC", "conditional") not in got


def test_the_one_handed_something_is_no_holder():
    got = stances("Opposition MPs said the visit risked handing Putin a propaganda win, while the Greens "
                  "criticised sanctions.")
    assert ("RUS", "oppose") not in got


@pytest.mark.parametrize("text", [
    "Lukashenko warned Mr Macron that sending Rafale jets to Kyiv would damage relations.",
    "Lukashenko warned French President Emmanuel Macron that sending Rafale jets to Kyiv would damage relations.",
])
def test_the_one_warned_is_no_holder(text):
    got = stances(text)
    assert ("BLR", "oppose") in got
    assert not any(actor == "FRA" for actor, _ in got)


@pytest.mark.parametrize("text, expected", [
    ('"Portugal will stand by Ukraine until Ukraine takes its place in the European Union," the Portuguese '
     'prime minister told reporters.', ("PRT", "support")),
    ("Norway agreed to allow Finland to re-export its howitzers to Ukraine.", ("NOR", "support")),
    ("The Kremlin said Moscow was not working towards a truce.", ("RUS", "oppose")),
])
def test_standing_by_allowing_and_working_towards(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Hungary's foreign minister said the Pope's appeal for a truce was understandable.", ("HUN", "support")),
    ("Moldova said it would negotiate only if Russian troops left Transnistria.", ("MDA", "conditional")),
])
def test_understandable_calls_and_bound_negotiation(text, expected):
    assert expected in stances(text)


@pytest.mark.parametrize("text, unwanted", [
    # an amount's history: aid "committed to Ukraine" is no holder's position
    ("The ministry said €200m of the €1.2bn in military aid committed to Ukraine this year went on drones.", "support"),
    # others' reading of a country's conduct
    (PEACE + "Several ministers cited the shelling as evidence that Belarus was not serious about the peace plan.",
     "oppose"),
])
def test_no_position_in_an_amounts_history_or_others_reading(text, unwanted):
    assert not any(value == unwanted for _, value in stances(text))


def test_joining_sanctions_names_the_sanctions_target():
    # a named target, not an open object: a country's one open opposition per article (the
    # request) does not swallow it
    from coalition.extract import extract
    from coalition.model import Article

    text = ("Headline\n\nRussia's war in Ukraine went on. Kyiv asked its partners for more help.\n\n"
            "Serbia rejected a German request for shells.\n\n"
            "Serbia backed UN resolutions on the war last year but has refused to join sanctions.")
    facts = extract(Article(text=text, source="test")).facts
    assert any(f.kind == "stance" and f.actor == "SRB" and f.stance == "oppose" and f.target == "sanctions on Russia"
               for f in facts)
