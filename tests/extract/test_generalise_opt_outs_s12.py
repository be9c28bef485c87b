"""Twelfth session: a state's opt-out of its own part in a measure is its `oppose` on taking part
(ADJUDICATION.md decision 38; ``stance_optouts.py``, ``closed_asides.py``; dev 139, 283, 319, 431,
449), on made-up sentences. Each fails without the rule."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances

FUND = "EU governments agreed on Monday to pay for weapons for Ukraine through the European Peace Facility.\n\n"


def _opposes(text: str, actor: str) -> list[str]:
    """The targets of every oppose stance (or declined participation) of ``actor``, one per fact."""
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return [f.target if f.kind == "stance" else f.mission for f in result.facts
            if f.actor == actor and (getattr(f, "stance", None) == "oppose" or getattr(f, "status", None) == "declined")]


@pytest.mark.parametrize("text", [
    # the infinitive after a verb of choosing (dev 431)
    "Portugal and Cyprus had decided to abstain constructively on the measure.",
    # a future (dev 139's present, 319's policy)
    "Portugal and Cyprus will abstain constructively on the lethal part of the package.",
])
def test_a_constructive_abstention_in_any_form_is_opposition(text):
    found = stances(FUND + text)
    assert ("PRT", "oppose") in found and ("CYP", "oppose") in found


def test_a_closed_whose_aside_leaves_the_whole_list_as_holders():
    # the aside is about the last country only; the cue after its closing comma is the list's (dev 431)
    found = stances(FUND + "Officials said Portugal, Cyprus and Malta, whose governments call themselves "
                    "neutral, had chosen to abstain constructively on the measure.")
    assert {("PRT", "oppose"), ("CYP", "oppose"), ("MLT", "oppose")} <= found


def test_an_aside_with_its_own_cue_stays_the_aside_owners():
    # negative: no comma closes the aside before the cue, so the cue is the aside's country's
    found = stances(FUND + "Tokyo is wary of moving ahead of the United States, whose delegation "
                    "likewise declined to join the loan.")
    assert ("USA", "oppose") in found


def test_an_opt_out_stands_beside_an_earlier_refusal_of_the_same_state():
    # the state refuses to send weapons, then stays out of a loan: two positions (dev 449, 283)
    targets = _opposes("Hungary will not send weapons to Ukraine, its foreign minister said on Monday.\n\n"
                       "Hungary has since stayed out of the European Union's loan for Ukraine.", "HUN")
    assert len(targets) == 2
    assert any(t.startswith("taking part in ") for t in targets)


def test_a_funding_arrangement_told_in_the_present_is_no_opt_out():
    # negative: "does not contribute money of its own" describes a deal's scope (dev 433)
    found = stances("Slovakia will place the order with the maker and pass the howitzers to Ukraine; it "
                    "does not contribute money of its own to this batch.")
    assert ("SVK", "oppose") not in found
