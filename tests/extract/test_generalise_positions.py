"""Positions worded without the dev set's cues: each test is a made-up sentence for one
general wording of a refusal, a condition, an open door or a third party's stance."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def _positions(text: str) -> set[tuple[str, str, str]]:
    """(kind, actor, value) of every stance and participation found in ``text``."""
    out = set()
    for f in extract(Article(text="Headline\n\n" + text, source="test")).facts:
        if f.kind == "stance":
            out.add(("stance", f.actor, f.stance))
        elif f.kind == "participation":
            out.add(("participation", f.actor, f.status))
    return out


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Croatia does not plan to send troops to Ukraine, its defence minister said on Monday.", "HRV"),
        ("Asked whether Spain might send peacekeepers, the foreign minister said Madrid had no such plans.", "ESP"),
        ("The Czech government said it would not commit soldiers to the force in Ukraine.", "CZE"),
        ("Prime Minister Giorgia Meloni said there would be no Italian troops in Ukraine.", "ITA"),
        ("Meloni said Italian soldiers would not be sent to Ukraine.", "ITA"),
        ("Greece won't put boots on the ground in Ukraine, the prime minister said.", "GRC"),
    ],
)
def test_refusals_without_the_word_send(text, actor):
    assert ("participation", actor, "declined") in _positions(text)


@pytest.mark.parametrize(
    "text, actor",
    [
        # a condition of the state's own besides the ceasefire (ADJUDICATION.md decision 36: a
        # ceasefire or a peace deal alone is every force's premise, and the offer is committed)
        ("Belgium would be prepared to contribute to a peacekeeping force provided a ceasefire is agreed "
         "and the mission has a UN mandate.", "BEL"),
        ("Sweden would be willing to contribute troops to a peacekeeping force if a peace deal is reached "
         "and parliament gives its approval.", "SWE"),
    ],
)
def test_an_offer_with_a_stated_condition_is_conditional(text, actor):
    assert ("participation", actor, "conditional") in _positions(text)


def test_keeping_options_open_is_open():
    found = _positions("The Netherlands is keeping its options open on a European reassurance force.")
    assert ("participation", "NLD", "open") in found


@pytest.mark.parametrize(
    "text, actor, value",
    [
        ("Beijing said it opposed the deployment of NATO forces in Ukraine.", "CHN", "oppose"),
        ("China has voiced opposition to any European force in Ukraine.", "CHN", "oppose"),
        ("The United States has thrown its weight behind the plan for a reassurance force.", "USA", "support"),
    ],
)
def test_third_parties_on_a_force(text, actor, value):
    assert ("stance", actor, value) in _positions(text)


def test_not_ruled_out_is_no_opposition():
    found = _positions("Canada has not ruled out sending troops to a planned reassurance force.")
    assert not any(value == "oppose" for _, _, value in found)


def test_an_actor_inside_a_relative_clause_is_not_the_subject():
    found = _positions("Turkey, which hosts NATO's largest air base in the region, said it would be prepared to "
                       "contribute to a peacekeeping force provided there is a ceasefire.")
    # a firm offer waiting only on a ceasefire is committed (ADJUDICATION.md decision 36)
    assert ("participation", "TUR", "committed") in found
    assert not any(actor == "NATO" for _, actor, _ in found)


def test_the_agents_of_a_passive_stance_verb_take_the_stance():
    found = _positions("The proposal for a reassurance force, backed by Denmark and Norway, was discussed in Paris.")
    assert {("stance", "DNK", "support"), ("stance", "NOR", "support")} <= found
    assert ("stance", "RUS", "oppose") in _positions("The ceasefire proposal was rejected by the Kremlin within hours.")


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Austria's chancellor said Austrian soldiers will not be going to Ukraine.", "AUT"),
        ("Latvia will not take part in the joint borrowing, its finance minister said.", "LVA"),
        ("Ireland continues to refuse requests to re-export its armoured vehicles to Ukraine.", "IRL"),
        ("Sergei Lavrov said he saw no room for compromise on the deployment of European troops.", "RUS"),
    ],
)
def test_refusals_and_objections_in_other_words(text, actor):
    assert any(a == actor and v in ("oppose", "declined") for _, a, v in _positions(text))


def test_a_warning_of_a_serious_mistake_is_opposition():
    found = _positions("Chinese officials warned that any weapons deliveries to Ukraine would be a serious mistake.")
    assert ("stance", "CHN", "oppose") in found


@pytest.mark.parametrize(
    "text, actor, value",
    [
        ("Hungary has said it will not take part in any mission in Ukraine.", "HUN", "declined"),
        ("Sending Czech troops to Ukraine is not on the agenda, the prime minister said.", "CZE", "declined"),
        ("Belgium could contribute air policing to a reassurance force, but no ground troops, its minister said.",
         "BEL", "conditional"),
    ],
)
def test_more_wordings_of_participation(text, actor, value):
    assert ("participation", actor, value) in _positions(text)


def test_the_backing_of_and_opposition_from_name_who_takes_the_stance():
    found = _positions("The reassurance force plan drew support from Japan and opposition from China.")
    assert {("stance", "JPN", "support"), ("stance", "CHN", "oppose")} <= found
    found = _positions("The proposal for a European force in Ukraine has won the backing of the Nordic countries and Canada.")
    assert ("stance", "CAN", "support") in found


def test_the_backstop_provider_takes_no_conditional_position():
    assert _positions("The United States has not committed to providing a security backstop for the European force.") == set()
    found = _positions("Belgium would be prepared to contribute to a peacekeeping force provided the United States "
                       "offers a backstop.")
    assert found == {("participation", "BEL", "conditional")}
