"""Commitments, sixth session, second batch: failure classes seen on the dev batch 233-272, each
tested here on made-up sentences (other donors, currencies and wordings than the articles): a
finance minister's title is no word of aid, a budget's deficit or fiscal package is no pledge, a
refusal to send is no pledge, items sent to another country are not Ukraine's."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.commitment_sentences import facts


def commitments_of(text: str) -> list:
    return [f for f in extract(Article(text=text, source="case")).facts if f.kind == "commitment"]


# -- an office title that holds a word of aid: a budget story is not about aid to Ukraine ---------

def test_a_finance_ministers_title_does_not_make_a_budget_story_one_about_aid():
    text = ("Slovenia adopts 2026 budget\n\nLjubljana – Slovenia's parliament on Tuesday approved the state budget "
            "for 2026. The budget relies on the tax package passed in October, worth about €1.5 billion. "
            "Finance Minister Klemen Boštjančič warned that the deficit target carries risks, among them the end "
            "of gas transit through Ukraine.")
    assert commitments_of(text) == []


def test_aid_beside_a_finance_minister_is_still_aid():
    found = facts("Finance Minister Ana Costa said Portugal would send €40m in aid to Ukraine.")
    assert [(f.donor, f.amount, f.currency) for f in found] == [("PRT", 40000000, "EUR")]


# -- a budget's own deficit, a fiscal consolidation package: no money promised -------------------

@pytest.mark.parametrize("sentence", [
    "Italy's budget deficit should narrow to €90bn next year, the treasury said.",
    "Belgium's parliament approved a consolidation package worth about €4bn on Thursday.",
])
def test_a_deficit_or_an_austerity_package_is_no_pledge(sentence):
    assert [f for f in facts(sentence) if f.amount] == []


# -- a refusal to send: no pledge ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Swedish prime minister repeated his refusal to send Sweden's Archer howitzers to Ukraine.",
    "Austria's chancellor stood firm against calls to send armoured vehicles to Kyiv.",
    "The Italian premier resisted calls to send Italy's SAMP/T batteries to Ukraine.",
])
def test_a_refusal_to_send_is_no_pledge(sentence):
    assert facts(sentence) == []


# -- items sent to another country than Ukraine ------------------------------------------------

def test_items_sent_to_another_country_are_not_ukraines():
    found = facts("Under a swap deal, Spain would send Leopard tanks to Portugal and Portugal would pass its "
                  "older M113 carriers to Ukraine.")
    assert ("ESP", ["Leopard tanks"]) not in [(f.donor, f.items) for f in found]
    assert not any(f.donor == "ESP" for f in found)


def test_items_sent_to_a_neighbour_to_train_ukrainians_are_aid():
    found = facts("Finland has sent several of its Hornet jets, along with mechanics, to Sweden to train "
                  "Ukrainian pilots.")
    assert any(f.donor == "FIN" and f.status == "delivered" for f in found)
