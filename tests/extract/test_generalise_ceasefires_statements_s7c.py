"""Rules of the seventh session's third round for ceasefires and statements, each on made-up
sentences: principled tests of who is NOT a truce's proposer and what is NOT a speaker's name."""

from __future__ import annotations

from tests.extract.ceasefire_sentences import proposers, read
from tests.extract.statement_sentences import speakers


def test_broker_of_the_truce_itself_still_proposes_it():
    assert proposers("The Turkish-brokered truce between the two sides held for a week.") == [["TUR"]]


def test_title_first_word_is_no_surname_of_a_body():
    text = ('The money goes to the Foreign Office.\n\n'
            '"We are standing by them," said Foreign Minister Alexander Schallenberg.')
    assert speakers(text) == ["Alexander Schallenberg"]


def test_title_first_word_is_no_surname_of_a_fund():
    text = ('The grant is paid through the Defence Support Fund.\n\n'
            '"Our help will not stop," said Defence Minister Maria Lindqvist.')
    assert speakers(text) == ["Maria Lindqvist"]


def test_position_that_the_fighting_should_stop_is_a_truce_proposal():
    text = "Diplomats said Poland had once more put forward its view that the fighting should stop where the armies stand."
    assert proposers(text) == [["POL"]]


def test_call_for_the_fighting_to_stop_is_a_truce_proposal():
    assert proposers("Italy called on Monday for the fighting to stop over the holiday weekend.") == [["ITA"]]


def test_wish_that_the_fighting_stop_without_a_named_actor_is_no_proposal():
    text = "Several small states said they wanted the fighting to stop as soon as possible."
    assert proposers(text) == []


def test_spokesperson_for_a_body_after_the_quote_speaks():
    text = '"Firms that break the rules will be prosecuted, however long it takes," a spokesperson for the customs service said.'
    assert speakers(text) == [None]


def test_spokesperson_for_a_body_opening_the_sentence_speaks():
    text = 'A spokesman for the harbour authority said: "Nothing will change for the ferries this winter at all."'
    assert speakers(text) == [None]


def test_asking_one_side_to_stop_firing_is_the_askers_call():
    assert read("Macron asked Putin to stop firing on Odesa for ten days.") == [(["FRA"], 10, ["full"])]


def test_asking_one_side_for_a_truce_is_the_askers_call():
    assert proposers("Spain asked Putin for a ten-day truce over the holidays.") == [["ESP"]]


def test_asking_the_other_to_declare_a_truce_makes_it_theirs():
    assert proposers("Macron asked Putin to declare a ten-day truce.") == [["RUS"]]


def test_asking_whether_a_truce_would_hold_asks_no_one():
    assert proposers("Macron asked whether a ten-day truce would hold.") == []


def test_hyphenated_surname_alone_next_to_a_speech_verb_is_the_person_named_in_full():
    text = ('Jan Novak-Berg, the opposition leader, accused the government of hiding.\n\n'
            '"This is not a moment to sit on the fence. We belong with the West," Novak-Berg told supporters.')
    assert speakers(text) == ["Jan Novak-Berg"]


def test_name_after_a_lower_case_person_noun_is_a_person_for_a_later_pronoun():
    text = ('Taoiseach Micheál Martin defended the plan.\n\n'
            'Green party leader Ciara Dunne accused the government of bending the rules.\n\n'
            '"This drags our neutrality into foreign military projects by the back door," she said.')
    assert speakers(text) == ["Ciara Dunne"]


def test_lower_case_noun_before_a_country_adds_no_person():
    text = ('The drone coalition leader Latvia will host the next meeting, officials said.\n\n'
            '"We will keep buying drones for Ukraine as long as it takes," the Latvian defence minister said.')
    assert "Latvia" not in speakers(text)
