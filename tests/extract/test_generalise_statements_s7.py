"""Seventh-session statement classes, on made-up sentences. A quote after a colon in its own
sentence, whose opening names its subject with no speech verb ("Jane Doe, the party's leader, was
blunt on social media: "…""), is the words of the person who opens the sentence (or of a description
that opens it); a person named elsewhere in that opening (an object, "the deal between A and B
includes this clause:") is no speaker."""

from __future__ import annotations

from tests.extract.statement_sentences import speakers, statements


def test_a_colon_after_a_subject_with_no_speech_verb_gives_the_subject():
    text = ('Olaf Scholz, who led the last government, was blunt on social media: "Nobody in Europe '
            'should pretend that this war began by itself."')
    assert speakers(text) == ["Olaf Scholz"]


def test_a_short_opening_phrase_and_a_title_before_the_subject():
    text = ('On Monday, Chancellor Olaf Scholz was even more direct: "We will keep sending help for as '
            'long as Ukraine needs it."')
    assert speakers(text) == ["Olaf Scholz"]


def test_a_description_opening_the_sentence_speaks_after_the_colon():
    text = 'A senior NATO diplomat was blunter: "Nobody in this building expects a deal before winter."'
    assert statements(text) == [(None, "Nobody in this building expects a deal before winter.")]


def test_people_named_only_inside_the_opening_do_not_speak_a_text_after_the_colon():
    text = ('The draft agreed between Trump and Putin contains one line: "Both parties will refrain from '
            'any attack on energy sites."')
    assert speakers(text) == []


# -- a leading clause that is part of the reported words ----------------------------------------------

def test_a_person_in_a_leading_clause_of_the_reported_words_does_not_speak():
    text = ('Prime Minister Keir Starmer spoke to troops in Estonia. Unless Vladimir Putin is stopped now, '
            'he said, "he will move on to the next country, and the one after that."')
    assert speakers(text) == ["Keir Starmer"]


def test_a_leading_time_clause_before_a_capitalised_quote_keeps_its_subject():
    text = ('Jane Doe spoke to reporters. When Olaf Scholz arrived, he said, "We were all ready to sign '
            'the deal right there."')
    assert speakers(text) == ["Olaf Scholz"]


# -- a councillor is a speaker noun ---------------------------------------------------------------------

def test_an_unnamed_councillor_speaks():
    text = ('"Everyone in this town wants a shield that works, whoever built it," said a local councillor.')
    assert statements(text) == [(None, "Everyone in this town wants a shield that works, whoever built it,")]


def test_a_councillor_named_before_a_colon_speaks():
    text = ('Marta Kowal, a councillor in Lublin, was more cautious: "We need to see the batteries arrive '
            'before we celebrate."')
    assert speakers(text) == ["Marta Kowal"]
