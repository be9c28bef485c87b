"""Sixth-session ceasefire classes, on made-up sentences: a speaker's call on both warring sides to
stop ("wrote that both sides should stop where they are") proposes a truce; near misses (a prisoner
swap before any truce, talks on a truce asked of both sides, a withdrawal) propose none."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def facts(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == "ceasefire"]


def proposers(text: str) -> list[list[str]]:
    return [sorted(f.proposers) for f in facts(text)]


# -- a call on both sides -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The envoys left Geneva without a deal. Donald Trump later wrote on social media that both sides "
     "should stop where they are.", ["USA"]),
    ("The talks stalled again. Emmanuel Macron said the two sides must agree a ceasefire before the winter.",
     ["FRA"]),
    ("Recep Tayyip Erdogan told reporters that both parties should halt all hostilities at once.", ["TUR"]),
])
def test_a_call_on_both_sides_to_stop_is_the_speakers_proposal(text, expected):
    assert proposers(text) == [expected]


@pytest.mark.parametrize("text", [
    "Donald Trump said both sides should swap prisoners before any truce.",
    "Donald Trump wrote that both sides should hold talks on a ceasefire in Riyadh.",
    "Emmanuel Macron said both sides should pull their troops back from the river.",
])
def test_a_call_on_both_sides_to_do_something_else_proposes_no_truce(text):
    assert facts(text) == []


# -- "we" propose, inside a quote ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ('Sergei Lavrov spoke in Ankara.\n\n"We have proposed a ceasefire along the whole front for thirty days," '
     "Sergei Lavrov said.", ["RUS"]),
    ('Andrii Sybiha spoke after the talks.\n\n"We insist on a full ceasefire in the air and at sea," '
     "Andrii Sybiha told reporters.", ["UKR"]),
])
def test_we_propose_in_a_quote_is_the_speakers_country(text, expected):
    assert proposers(text) == [expected]


@pytest.mark.parametrize("text", [
    'Sergei Lavrov spoke in Ankara.\n\n"We have proposed talks on a ceasefire in Istanbul," Sergei Lavrov said.',
    'Sergei Lavrov spoke in Ankara.\n\n"We proposed an exchange of prisoners before any truce," Sergei Lavrov said.',
    'Sergei Lavrov spoke in Ankara.\n\n"We insist on the withdrawal of all foreign troops before any ceasefire," '
    "Sergei Lavrov said.",
])
def test_we_propose_something_else_in_a_quote_is_no_truce(text):
    assert facts(text) == []
