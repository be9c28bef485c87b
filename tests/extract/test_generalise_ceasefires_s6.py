"""Sixth-session ceasefire classes, on made-up sentences: a speaker's call on both warring sides to
stop ("wrote that both sides should stop where they are") proposes a truce; near misses (a prisoner
swap before any truce, talks on a truce asked of both sides, a withdrawal) propose none."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts, proposers


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


# -- a call between two leaders, then one side agrees ----------------------------------------------------

def test_the_other_side_of_a_call_brokered_the_truce_the_answering_side_agreed_to():
    text = ("After a telephone call between Donald Trump and Vladimir Putin, Russia agreed to a 30-day pause "
            "in strikes on energy facilities.")
    assert [(sorted(f.proposers), f.duration_days, f.scope) for f in facts(text)] == [
        (["USA"], 30, ["energy_infrastructure"])]


@pytest.mark.parametrize("text", [
    "After a telephone call between Donald Trump and Vladimir Putin, Russia agreed to hold talks about a "
    "ceasefire in Riyadh.",
    "After a phone call between Emmanuel Macron and Vladimir Putin, Russia agreed to open a humanitarian "
    "corridor from the city.",
    "After a phone call between Volodymyr Zelensky and Recep Tayyip Erdogan, Ukraine agreed to a prisoner swap.",
    "After a call between Donald Trump and Vladimir Putin, Russia agreed to withdraw troops from the north.",
])
def test_a_call_between_leaders_before_something_else_brokers_no_truce(text):
    assert facts(text) == []


# -- truces in years, and a plan put before a body ----------------------------------------------------------

@pytest.mark.parametrize("text, days", [
    ("Brazil proposed a three-year truce between the warring sides.", 1095),
    ("Indonesia put before the General Assembly a plan for a truce of at least two years.", 730),
])
def test_a_truce_counted_in_years(text, days):
    assert [f.duration_days for f in facts(text)] == [days]


def test_a_plan_put_before_a_body_is_proposed_by_its_author():
    text = "Indonesia put before the General Assembly a plan for a truce of at least two years."
    assert proposers(text) == [["IDN"]]
