"""Sixth-session (second batch) statement classes, on made-up sentences: a parenthetical "she added"
after a named thing, place and body names that are no people, a description with a name in commas
after it, a party title ("the Labour leader"), the subject of a sentence that names two holders of
one title, a name set off by an apposition inside a sentence or before a bare title, and a pronoun
after an opening phrase with a name used as a modifier before it."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.statement_sentences import speakers, statements


# -- "X, she added, …": the pronoun speaks, X is no person ------------------------------------------

def test_a_named_thing_before_a_parenthetical_pronoun_is_no_speaker():
    text = ('Foreign Minister Anna Lindqvist spoke on Tuesday. The Winter Games, she added, remain '
            '"a place where rivals meet as fellow athletes and not as enemies".')
    assert speakers(text) == ["Anna Lindqvist"]


# -- places and bodies written like names --------------------------------------------------------------

def test_a_place_after_a_preposition_is_no_speaker():
    assert speakers('"The vote changes nothing on the ground for anyone," diplomats in New York said.') != ["New York"]


def test_a_title_word_opening_a_bodys_name_is_no_person():
    text = '"Every member state must respect the charter without exception," the UN General Assembly president said.'
    assert "General Assembly" not in speakers(text)


# -- a description with the name in commas after it ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Poland’s ambassador to the OSCE, Tomasz Wrona, said the vote carried real weight.\n\n"
    "The IOC president, Kirra Dalton, pleaded for calm. “Athletes must be able to compete whatever their "
    "passport says,” she said.",
    "Poland’s ambassador to the OSCE, Tomasz Wrona, said the vote carried real weight.\n\n"
    "The UNHCR chief, Kirra Dalton, pleaded for calm. “Refugees must be able to return home in safety and "
    "dignity,” she said.",
])
def test_a_description_with_an_apposed_name_is_that_person(text):
    assert speakers(text) == ["Kirra Dalton"]


# -- a party title ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Keir Starmer met Emmanuel Macron in Paris on Friday. '
     '"We will stand by Ukraine for as long as it takes, whatever the cost," the Labour leader said.', "Keir Starmer"),
    ('Prime Minister Pedro Sánchez signed the agreement in Madrid. '
     '"Our support cannot stand still while the war goes on," the Socialist leader told reporters.', "Pedro Sánchez"),
])
def test_a_party_title_stands_for_the_leader_named_before(text, speaker):
    assert speakers(text) == [speaker]


# -- two holders of one title in one sentence ------------------------------------------------------------

def test_the_title_stands_for_the_sentence_subject_not_the_one_met():
    text = ("Speaking at a joint news conference with Finnish President Alexander Stubb, Emmanuel Macron said "
            'Europe had to do more. "Europe must be able to defend itself and its neighbours," the president said.')
    assert speakers(text) == ["Emmanuel Macron"]


# -- a name set off by an apposition inside a sentence, or before a bare title ---------------------------

def test_a_name_before_an_apposition_inside_a_sentence_is_a_person():
    text = ("The only minister to break ranks was Hanna Kowalczyk-Berg, the Greens' housing spokeswoman, who "
            'has long backed the plan. "I could not vote against my own conscience on this," she said after the vote.')
    assert speakers(text) == ["Hanna Kowalczyk-Berg"]


def test_a_name_before_a_bare_title_opens_its_sentence():
    text = ('Luca Moretti, president of the organising committee, presented the text. '
            '"Sport can still offer a bridge between divided peoples," he told the hall.')
    assert speakers(text) == ["Luca Moretti"]


# -- a pronoun after an opening phrase; a name used as a modifier ----------------------------------------

def test_a_pronoun_after_an_opening_phrase_keeps_the_previous_subject():
    text = ("On Sunday Trump went further than the Biden administration ever did. Writing on social media, he "
            "claimed that Zelensky wanted a deal, and he set out a formula: "
            '"There has to be a ceasefire now and talks must begin." He added that China could help.')
    assert speakers(text) == ["Trump"]


# -- a court, a museum or a person's office speaks, unnamed ---------------------------------------------

@pytest.mark.parametrize("text", [
    'The judges ruled on Friday. "The gallery must return the paintings to the state that lent them," the court '
    'said in a statement.',
    '"The minister welcomed the offer and confirmed that her country is ready to host the talks," her office said '
    'in a statement.',
    '"The collection will stay in storage until the war is over," the museum said on Tuesday.',
])
def test_a_body_or_an_office_speaks_unnamed(text):
    assert speakers(text) == [None]


# -- "one diplomat involved in the talks said" after the quote -------------------------------------------

def test_an_indefinite_speaker_with_a_post_modifier_after_the_quote():
    text = '"Money will follow need, not the other way round," one official familiar with the plan said.'
    assert speakers(text) == [None]


def test_a_description_inside_the_previous_quote_does_not_speak():
    text = ('Ms Lindgren would not say who else would come. "We have a reliable partner at the table," she added, '
            '"and we intend to keep it there."')
    assert speakers(text) == ["Lindgren", "Lindgren"]


# -- a quoted title is no statement ----------------------------------------------------------------------

def test_a_quoted_title_is_no_statement():
    text = ('The two leaders signed what Oslo calls a "Framework for Energy Security and Reconstruction Support", '
            'a ten-year plan.')
    assert statements(text) == []


def test_a_person_of_a_body_speaks_not_the_body():
    result = extract(Article(text='Headline\n\n"The ruling leaves the archive with nowhere to store the files," '
                                  'a lawyer for the foundation said.', source="test"))
    assert [(f.speaker, f.role) for f in result.facts if f.kind == "statement"] == [(None, "lawyer")]
