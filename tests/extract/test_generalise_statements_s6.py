"""Sixth-session statement classes, on made-up sentences: whom "he said" stands for when the last
name written is not the subject (a chain of "he" sentences, a description opening the sentence, a
possessive speech noun "Putin's reply"), a name after "he said" is no speaker, a name inside an
earlier quote is no speaker, and a name before its apposition speaks over the object inside it."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.statement_sentences import speakers, statements


# -- a chain of "he" sentences keeps its subject ------------------------------------------------------

def test_a_sentence_opening_with_he_passes_over_the_object_it_names():
    text = ("Prime Minister Keir Starmer flew to Washington on Sunday. He said he had gone there to press "
            "Donald Trump on air defence.\n\n"
            '"We cannot leave Ukraine without the means to protect its cities," he said.')
    assert speakers(text) == ["Keir Starmer"]


def test_the_chain_goes_back_over_two_he_sentences():
    text = ("Karl Nehammer said he had urged Vladimir Putin to stop the shelling. He described Putin as "
            "unmoved and said Putin did not want peace.\n\n"
            '"I left the room with no hope for a quick end to this," he said.')
    assert speakers(text) == ["Karl Nehammer"]


def test_a_sentence_opening_with_a_title_for_a_named_person_is_about_that_person():
    text = ("Olaf Scholz is due in Kyiv this week. The chancellor will meet President Volodymyr Zelensky "
            "and visit a hospital.\n\n"
            '"Germany will keep its word to Ukraine for as long as it takes," he said.')
    assert speakers(text) == ["Olaf Scholz"]


def test_an_object_after_a_subject_name_is_still_passed_over():
    # the rule it extends: the subject of the sentence, not the person it met
    text = ('Kaja Kallas met Andrii Sybiha in Brussels. "We will open the next chapter of talks in June," '
            "she said.")
    assert speakers(text) == ["Kaja Kallas"]


# -- a possessive before a speech noun -------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Putin's reply was brief.", "Putin's answer came after a long pause."])
def test_a_possessive_speech_noun_names_the_next_speaker(opening):
    text = ("Narendra Modi told Vladimir Putin that this was not an era of war. " + opening +
            ' "We understand your concerns and we will do all we can to end this soon," he said.')
    assert speakers(text) == ["Vladimir Putin"]


def test_a_possessive_before_a_person_noun_is_still_no_speaker():
    text = ('Andrzej Duda spoke first. Putin\'s spokesman was not invited. "Poland will stand by its '
            'neighbour whatever it costs us," he said.')
    assert speakers(text) == ["Andrzej Duda"]


# -- a name after "he said" ------------------------------------------------------------------------------

def test_a_name_after_he_wrote_is_not_the_speaker():
    text = ("Foreign Minister Dmytro Kuleba answered on social media. "
            '"Our flag has two colours and we will not raise a third one," he wrote, inviting Pope Francis '
            "to visit Kyiv.")
    assert speakers(text) == ["Dmytro Kuleba"]


def test_a_name_in_the_next_sentence_after_he_said_is_not_the_speaker():
    text = ("Volodymyr Zelensky asked for more missiles at the meeting. "
            '"We have none of them, and that is exactly why we need them," he told reporters. '
            "Donald Trump said he would think about it.")
    assert speakers(text) == ["Volodymyr Zelensky"]


# -- a name inside an earlier quote ----------------------------------------------------------------------

def test_a_name_inside_the_previous_quote_does_not_speak_the_next_one():
    text = ("Defence Secretary John Healey announced the order in London.\n\n"
            '"Putin\'s aggression has to be answered with more than words," he said. '
            '"Britain is delivering thousands of drones to the front every single month."')
    assert speakers(text) == ["John Healey", "John Healey"]


# -- a name before its apposition ---------------------------------------------------------------------------

def test_the_name_before_an_apposition_speaks_not_the_object_inside_it():
    text = ('"We never sign anything with the aggressor directly," Mykhailo Podolyak, an adviser to '
            "President Volodymyr Zelensky, wrote on Friday.")
    assert speakers(text) == ["Mykhailo Podolyak"]


# -- a gazetteer name longer than the title rule reads ------------------------------------------------------

@pytest.mark.parametrize("name", ["Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva"])
def test_a_known_name_after_a_title_is_kept_whole(name):
    text = (f'Brazilian President {name} spoke in Brasilia. "Brazil will not send shells to either side of '
            'this war," he said.')
    assert speakers(text) == [name]


# -- an unnamed speaker described with "of" after the quote --------------------------------------------------

@pytest.mark.parametrize("text, role", [
    ('"We were promised these shells a year ago and they are still not here," one officer of the 47th '
     "brigade told reporters.", "officer"),
    ('"Nobody in this building believes the figures the ministry published," a member of the budget '
     "committee said.", "member"),
])
def test_an_indefinite_description_with_of_speaks_unnamed(text, role):
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    assert [(f.speaker, f.role) for f in result.facts if f.kind == "statement"] == [(None, role)]
