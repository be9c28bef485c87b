"""Ninth-session stance class (ADJUDICATION.md decision 40), on made-up sentences: each named
signatory of a declaration holds the positions the article says it states; a force's host (Ukraine)
signing a declaration on the force supports it. None when the signatories are unnamed or the
article gives no content, and none from a memorandum (a deal, carried by its commitments)."""

from __future__ import annotations

import pytest

from tests.extract.stance_sentences import stances


@pytest.mark.parametrize("text", [
    "Italy and Spain signed a declaration of intent with President Volodymyr Zelensky under which both "
    "countries would send troops to Ukraine after a peace deal.",
    "The summit closed with a declaration signed by Ukrainian President Volodymyr Zelensky, Italian Prime "
    "Minister Giorgia Meloni and Spanish Prime Minister Pedro Sánchez on a multinational force to be sent "
    "after the fighting stops.",
])
def test_the_host_signing_a_declaration_on_a_force_supports_it(text):
    assert ("UKR", "support") in stances(text)


@pytest.mark.parametrize("text, expected", [
    ("Poland signed a joint declaration with Lithuania and Latvia backing the ceasefire proposal put forward "
     "by Washington.", {("POL", "support"), ("LTU", "support"), ("LVA", "support")}),
    ("Greece signed a joint statement with Cyprus opposing the peace plan.", {("GRC", "oppose"), ("CYP", "oppose")}),
])
def test_a_co_signatory_takes_the_stance_read_for_the_others(text, expected):
    found = stances(text)
    assert expected <= found
    assert ("USA", "support") not in found  # the proposal's author, after the list, signed nothing


@pytest.mark.parametrize("text", [
    "The Rome declaration, signed by Italy, Spain and Ukraine, has made every government say where it stands.",
    "Eighty countries signed the final declaration on a multinational force.",
    "Ukraine and Italy signed a memorandum on a multinational force.",
])
def test_no_content_unnamed_signatories_or_a_memorandum_give_nothing(text):
    assert ("UKR", "support") not in stances(text)
