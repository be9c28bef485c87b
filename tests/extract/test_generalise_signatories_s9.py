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


# A statement's text given after "agreed the following statement", unquoted: its first-person
# paragraphs are the signatories' words, not the last person's named before it.
STATEMENT = """Leaders meet in Vilnius

President Alar Karis, President Edgars Rinkēvičs and President Gitanas Nausėda met in Vilnius today.

The three presidents adopted the following statement.

We welcome the Pope's efforts to bring an end to the fighting. A ceasefire would open the way to talks.

We are ready to help with the technical work of monitoring a ceasefire. Should Russia refuse, we will tighten sanctions on its banks.

Later the presidents visited a school. "We must do more," Nausėda said.
"""


def _facts(text):
    from coalition.extract import extract
    from coalition.model import Article

    return extract(Article(text=text, source="test")).facts


def test_a_statements_unquoted_text_is_each_signatorys():
    facts = _facts(STATEMENT)
    efforts = {f.actor for f in facts if f.kind == "stance" and f.target == "peace efforts" and f.stance == "support"}
    monitoring = {f.actor for f in facts if f.kind == "participation" and f.status == "committed"}
    sanctions = {f.actor for f in facts if f.kind == "stance" and f.target == "sanctions on Russia"}
    assert efforts == monitoring == sanctions == {"EST", "LVA", "LTU"}


def test_a_count_that_does_not_fit_the_names_gives_no_signatories():
    facts = _facts(STATEMENT.replace("The three presidents", "The four presidents"))
    assert {f.actor for f in facts if f.kind == "stance" and f.target == "peace efforts"} <= {"LTU"}
