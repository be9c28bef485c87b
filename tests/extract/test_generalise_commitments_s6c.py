"""Commitments, sixth session (round c): failure classes seen on the dev batch 273-312, each
tested here on made-up sentences (other donors, currencies and wordings than the articles): an
earlier budget line a later decision replaced, a record told in an aside beside the main clause, a
numbered package of "military support" whose sum is told elsewhere."""

from __future__ import annotations

import pytest

from tests.extract.commitment_sentences import facts


def money(text: str) -> list[tuple]:
    return [(f.donor, f.amount, f.currency) for f in facts(text) if f.amount is not None]


# -- an earlier budget line a later decision replaced ---------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Denmark will give Ukraine an extra DKK 10 billion this year, the finance ministry said. "
     "The draft budget had earmarked only DKK 4 billion for Ukraine before the parties struck a deal.", 10_000_000_000),
    ("Finland will raise its aid to Ukraine by €600 million, the government said. "
     "Helsinki had put just €300 million for Ukraine into its original budget last autumn.", 600_000_000),
])
def test_a_superseded_budget_line_is_no_pledge(text, kept):
    assert [a for _, a, _ in money(text)] == [kept]


def test_a_draft_budget_told_in_the_present_is_still_the_plan():
    text = "Austria's draft budget for next year sets aside €200 million in aid for Ukraine, the finance minister said."
    assert [a for _, a, _ in money(text)] == [200_000_000]


# -- a record told in an aside beside the main clause ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway has delivered NASAMS launchers to Ukraine, making it the first Nordic country to hand over air defence systems.",
    "Portugal will send Leopard tanks to Ukraine, the first time a southern European state has promised battle tanks.",
])
def test_a_record_in_an_aside_is_no_second_commitment(text):
    found = facts(text)
    assert len(found) == 1
    assert found[0].donor in ("NOR", "PRT")


# -- a numbered package of "military support" whose sum is told elsewhere ------------------------

def test_a_numbered_generic_package_is_the_sum_told_elsewhere():
    text = ("The Government today presents Denmark's twelfth package of military support to Ukraine. "
            "The package is worth DKK 7 billion, the defence minister said.")
    found = facts(text)
    assert [(f.donor, f.amount) for f in found] == [("DNK", 7_000_000_000)]


def test_a_generic_package_without_a_sum_elsewhere_stays():
    text = "The howitzers will be part of Greece's fourth package of military aid to Ukraine."
    assert any(f.donor == "GRC" for f in facts(text))


# -- "It will include …" right after a sentence that names the package ---------------------------

def test_it_after_the_package_lists_its_contents():
    text = ("Belgium will give Ukraine a further €900 million in military aid, the prime minister said. "
            "He said the package had been put together with Kyiv's commanders. "
            "It will include F-16 spare parts, Leopard tanks and artillery shells.")
    found = facts(text)
    assert [(f.donor, f.amount) for f in found] == [("BEL", 900_000_000)]
    assert "Leopard tanks" in found[0].items or any("leopard" in i.lower() for i in found[0].items)


# -- the giving in general as a clause's subject; a rule of use ----------------------------------

@pytest.mark.parametrize("text", [
    "Brazil's envoy said his government backed talks but that supplying weapons would not bring peace.",
    "The Indian minister said sending arms would only prolong the fighting.",
    "A spokesman for the Austrian government said that delivering tanks could never end the war.",
])
def test_giving_in_general_as_a_subject_is_no_pledge(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [
    "An Italian government spokesman said that the right to self-defence did not stop at the border, and that arms supplied by Rome could be used within that framework.",
    "A Dutch official said Ukraine's right to defend itself did not end at the border and that F-16s provided by the Netherlands could be used there.",
    "The Canadian minister said the missiles could be used against targets inside Russia.",
])
def test_a_rule_of_use_is_no_pledge(text):
    assert facts(text) == []


def test_a_modal_of_arrival_after_a_given_item_still_tells_of_aid():
    text = "Poland said the howitzers supplied by its army would arrive in Ukraine next week."
    assert any(f.donor == "POL" for f in facts(text))
