"""Statements: who a quote is attributed to, on short texts written for each rule."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def statements(text: str):
    result = extract(Article(text=text, source="case"))
    for fact in result.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return [f for f in result.facts if f.kind == "statement"]


def test_speaker_is_the_name_as_written_and_person_the_table_name():
    text = (
        "Headline\n\nUkrainian President Volodymyr Zelenskyy spoke in Vilnius on Friday.\n\n"
        '"We need the next air defence systems before the cold weather comes," Zelenskyy said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Volodymyr Zelenskyy"
    assert statement.person == "Volodymyr Zelensky"
    assert statement.actor == "UKR"


def test_unknown_speaker_has_no_person():
    text = 'Headline\n\n"The factory will double its output of shells by the summer," Anna Kowalczyk said.'
    [statement] = statements(text)
    assert statement.speaker == "Anna Kowalczyk" and statement.person is None


def test_surname_alone_stands_for_the_full_name():
    text = (
        "Headline\n\nDefence Minister Petra Lindqvist opened the new depot on Monday.\n\n"
        '"Every shell stored here is one that can reach the front within a week," Lindqvist told reporters.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Petra Lindqvist"


def test_hyphenated_given_name_is_kept_after_mr():
    text = (
        "Headline\n\nPark Min-jun said the grant would be paid through a trust fund.\n\n"
        'Mr Park later spoke to reporters. "We are following the shipments of shells very closely," he said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Park Min-jun"


def test_described_speaker_after_the_quote_is_unnamed():
    text = 'Headline\n\n"Nobody expects the talks to end before the summer," a senior NATO diplomat said.'
    [statement] = statements(text)
    assert statement.speaker is None
    assert statement.role == "senior NATO diplomat" and statement.actor == "NATO"


def test_described_speaker_after_the_verb():
    text = 'Headline\n\n"The price reflects a very strong order book," said one analyst at a Paris bank.'
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "analyst"


def test_definite_title_refers_back_to_the_description_not_the_last_name():
    text = (
        "Headline\n\nDefence Minister Petra Lindqvist announced the plan on Monday. "
        "A senior Swedish official involved in the talks was more cautious. "
        '"Nothing is decided until the money is in the budget," the official said.'
    )
    [statement] = statements(text)
    assert statement.speaker is None and statement.actor == "SWE"


def test_pronoun_after_a_described_subject_is_unnamed():
    text = (
        "Headline\n\nChancellor Rachel Reeves set out the budget on Wednesday.\n\n"
        "A head teacher in Leeds said the new funding would not cover wages. "
        '"We are being asked to do far more with far less money," she said.'
    )
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "head teacher"


def test_title_refers_to_the_person_holding_that_role():
    text = (
        "Headline\n\nJohn Healey, who met Germany's Boris Pistorius in Berlin, said the talks went well. "
        "The defence secretary told reporters:\n\n"
        '"We will keep the support flowing for as long as it takes, whatever happens."'
    )
    [statement] = statements(text)
    assert statement.speaker == "John Healey"


def test_pronoun_skips_a_person_named_as_a_possessive():
    text = (
        "Headline\n\nDmitry Peskov, President Vladimir Putin's spokesman, spoke on Friday. "
        '"Any foreign troops on that territory would be a legitimate target for us," he said.'
    )
    [statement] = statements(text)
    assert statement.speaker == "Dmitry Peskov"


def test_introducing_sentence_with_a_described_subject():
    text = (
        "Headline\n\nPresident Emmanuel Macron hosted the talks in Paris.\n\n"
        "A European diplomat who attended the meeting summed it up:\n\n"
        '"Everyone agrees on the goal and nobody agrees on the means."'
    )
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "European diplomat"


def test_a_spokesman_for_a_named_person_is_not_that_person():
    text = 'Headline\n\nA spokesman for Keir Starmer said: "The prime minister has been clear about this from the start."'
    [statement] = statements(text)
    assert statement.speaker is None and statement.role == "spokesman"
