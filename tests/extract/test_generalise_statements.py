"""Statements: rules that must hold on any outlet's article (held-out failure classes), each on
short news-style sentences written for the test."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def speakers(text: str) -> list[tuple[str | None, str]]:
    result = extract(Article(text=text, source="case"))
    out = []
    for fact in result.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
        if fact.kind == "statement":
            out.append((fact.speaker, fact.quote))
    return out


MEETING = "Headline\n\nUkrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Sunday.\n\n"


def test_name_addressed_in_the_quote_is_not_the_pronouns_speaker():
    text = MEETING + '"Thank you, Olaf, for standing with Ukraine when it mattered most," he said.'
    assert [s for s, _ in speakers(text)] == ["Volodymyr Zelensky"]


def test_name_addressed_in_the_quote_is_not_the_speaker_even_when_named_last():
    text = ("Headline\n\nGerman Chancellor Olaf Scholz welcomed Ukrainian President Volodymyr Zelensky in Berlin.\n\n"
            '"Thank you, Olaf, for standing with Ukraine when it mattered most," he said.')
    assert [s for s, _ in speakers(text)] == ["Volodymyr Zelensky"]


def test_person_spoken_to_before_the_quote_is_not_the_speaker():
    text = MEETING + 'Zelensky turned to Scholz and said: "Thank you for standing with Ukraine when it mattered most."'
    assert [s for s, _ in speakers(text)] == ["Volodymyr Zelensky"]


def test_person_seated_beside_the_speaker_is_not_the_speaker():
    text = ("Headline\n\nPrime Minister Keir Starmer spoke in Downing Street on Tuesday, with Defence Secretary "
            "John Healey seated beside him.\n\n"
            '"Britain will stand with Ukraine until a just and lasting peace is reached," he said.')
    assert [s for s, _ in speakers(text)] == ["Keir Starmer"]


def test_pronoun_prefers_the_subject_of_the_previous_sentence():
    text = ("Headline\n\nEU foreign policy chief Kaja Kallas met Ukrainian Foreign Minister Andrii Sybiha in Brussels.\n\n"
            '"We must increase the pressure on Russia with a new sanctions package," she said.')
    assert [s for s, _ in speakers(text)] == ["Kaja Kallas"]


def test_according_to_names_the_speaker():
    text = ("Headline\n\nThe talks ended late, according to Defence Secretary John Healey, who said: "
            '"We have agreed the next steps on air defence for Ukraine."')
    assert [s for s, _ in speakers(text)] == ["John Healey"]


def test_curly_single_quotes_are_quotes():
    text = ("Headline\n\nDefence Secretary John Healey announced the package in London on Thursday.\n\n"
            "‘This is the largest package of air defence we have ever sent to Ukraine,’ Healey said.")
    assert speakers(text) == [("John Healey", "This is the largest package of air defence we have ever sent to Ukraine,")]


def test_straight_single_quotes_in_a_press_release():
    text = ("Press release\n\nThe Norwegian government will fund a new package of air defence for Ukraine.\n\n"
            "'Norway's support to Ukraine will continue for as long as it is needed,' says Minister of Defence "
            "Tore Sandvik.")
    assert speakers(text) == [("Tore Sandvik", "Norway's support to Ukraine will continue for as long as it is needed,")]


def test_apostrophes_are_not_quote_marks():
    text = ("Headline\n\nKyiv’s mayor said the city’s air defence doesn’t have enough interceptors, and the allies’ "
            "promises haven’t arrived yet.\n\nThe mayor’s office said it would ask the government’s help again.")
    assert speakers(text) == []


def test_plural_possessive_inside_single_quotes_does_not_end_the_quote():
    text = ("Headline\n\n‘The allies’ promises must now become deliveries to Ukraine,’ "
            "Foreign Minister Radoslaw Sikorski said.")
    assert speakers(text) == [("Radoslaw Sikorski", "The allies’ promises must now become deliveries to Ukraine,")]
