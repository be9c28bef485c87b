"""Third-session statement classes, on made-up text in several outlets' styles: quote paragraphs
that follow an attributed one, texts announced by a sentence, unnamed members of a group,
participles, pronouns beside a person met, long appositions and names inside entities."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def statements(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.speaker, f.role, f.quote) for f in result.facts if f.kind == "statement"]


@pytest.mark.parametrize("attribution", [
    ' Ms Berg said.',
    ' said Defence Minister Anna Berg.',
    ' she told parliament on Tuesday.',
])
def test_a_quote_paragraph_after_an_attributed_one_keeps_its_speaker(attribution):
    text = ("Defence Minister Anna Berg spoke after the vote.\n\n"
            '"We have done what we promised, and we will keep doing it for as long as it takes,"' + attribution + "\n\n"
            '"Nobody should doubt that our support will last through the winter and beyond."')
    found = statements(text)
    assert [f[0] for f in found] == ["Anna Berg", "Anna Berg"]


def test_a_quote_paragraph_with_an_attribution_of_its_own_is_not_carried_over():
    text = ('"We have done what we promised, and we will keep doing it," Anna Berg said.\n\n'
            '"This is a long day for all the people of this city," no one said.')
    assert [f[0] for f in statements(text)] == ["Anna Berg"]


def test_a_quote_after_unrelated_prose_is_not_carried_over():
    text = ('"We have done what we promised, and we will keep doing it," Anna Berg said.\n\n'
            "The vote passed by a wide margin after a long debate in the chamber on Tuesday night.\n\n"
            '"Nobody should doubt that our support will last through the winter."')
    assert [f[0] for f in statements(text)] == ["Anna Berg"]


@pytest.mark.parametrize("announce", ["The text of the statement follows.", "The declaration reads as follows."])
def test_a_text_announced_by_a_sentence_belongs_to_the_authors_named_before(announce):
    text = ("The foreign ministers of the Visegrad group issued a joint declaration on Monday. " + announce + "\n\n"
            '"We stand with Ukraine and will keep our support for as long as it is needed.\n\n'
            '"We call on all partners to do the same without delay."')
    found = statements(text)
    assert len(found) == 2 and all(f[0] is None and f[1] for f in found)


def test_a_verb_form_inside_a_country_name_is_no_speech_verb():
    text = ("The leaders of the Nordic states issued a statement after meeting the President of the United States. "
            "The text follows.\n\n"
            '"We will keep supporting Ukraine in every way we can, now and later."')
    (found,) = statements(text)
    assert found[0] is None and found[1] == "leaders"


@pytest.mark.parametrize("text, role", [
    ('Military planners have long expected this.\n\n"You do not empty the house next to the fire," one said.',
     "planners"),
    ('The firm\'s lawyers welcomed the ruling. "The court has confirmed what we have argued all along," one of them '
     'said in a statement.', "lawyers"),
])
def test_one_of_a_group_speaks_unnamed(text, role):
    (found,) = statements(text)
    assert found[0] is None and found[1] == role


@pytest.mark.parametrize("text", [
    '"That was the best day of the whole campaign for us," said an agent who asked not to be named.',
    '"If they ask him to go, he will go, but we want to know the job," said the wife of a corporal.',
])
def test_unnamed_ordinary_people_are_described_speakers(text):
    (found,) = statements(text)
    assert found[0] is None and found[1]


@pytest.mark.parametrize("text, speaker", [
    ('Prime Minister Anna Berg met President Emmanuel Macron. The prime minister left Paris without a deal, telling '
     'reporters that there was "no deal until there is a deal".', "Anna Berg"),
    ('Keir Starmer arrived in Paris on Monday, saying the allies were "ready to act within weeks if needed".',
     "Keir Starmer"),
])
def test_a_participle_after_a_comma_speaks_for_the_sentence_subject(text, speaker):
    (found,) = statements(text)
    assert found[0] == speaker


def test_a_pronoun_before_the_verb_beats_the_person_met():
    text = ("Ursula von der Leyen arrived in Kyiv.\n\n"
            '"We are not leaving Ukraine alone in these difficult weeks," she told reporters after meeting '
            "President Volodymyr Zelensky.")
    (found,) = statements(text)
    assert found[0] == "Ursula von der Leyen"


@pytest.mark.parametrize("text", [
    '"Markets fell and rose again, and the fund did well in the end," Jan Olsen, chief executive of Northwind '
    'Capital Management, which runs the fund, told a news conference.',
    '"Without these rules, passengers would have paid more for less choice," Jane Doe, the Commission\'s '
    'executive vice-president in charge of competition policy, said in a statement.',
])
def test_a_long_apposition_or_relative_clause_between_name_and_verb(text):
    (found,) = statements(text)
    assert found[0] in ("Jan Olsen", "Jane Doe")


def test_a_quote_is_not_attributed_to_a_name_in_the_next_quote_s_introduction():
    text = ('Prime Minister Anna Berg, who joined by video link, said the pledges now ran "from the ground to the '
            'sea to the skies". She added: "The pressure on Putin must not let up at all."')
    found = statements(text)
    assert [f[0] for f in found] == ["Anna Berg", "Anna Berg"]


def test_a_surname_opening_a_sentence_before_an_apposition_is_the_person_named_in_full():
    text = ("Coach Ivan Petrenko praised the side. The late goal came from Taras Kovalenko, a winger.\n\n"
            "Kovalenko, who had a hard season abroad, said the win was for the country. "
            '"Tonight is not about me, it is about all of us," he said.')
    found = statements(text)
    assert [f[0] for f in found] == ["Taras Kovalenko"]


@pytest.mark.parametrize("text", [
    'A retired infantry officer who now teaches at a college nearby said the force would be "a tripwire with '
    'no wire".',
    '"We have been waiting for this for a very long time," a farmer, who asked not to be named, said.',
    'A Western official familiar with the talks said the meeting had been "constructive but very difficult at '
    'times".',
    'A diplomat at the meeting in Brussels said the plan was "dead on arrival in its current form".',
])
def test_a_described_speaker_before_a_relative_clause(text):
    (found,) = statements(text)
    assert found[0] is None and found[1]


@pytest.mark.parametrize("text", [
    'Kaja Kallas arrived in Kyiv.\n\nKallas: "We will not let Ukraine down, whatever happens in Washington."',
    'High Representative Kaja Kallas: "We will not let Ukraine down, whatever happens in Washington."',
    '"We will not let Ukraine down, whatever happens in Washington" — Kaja Kallas, on arrival in Kyiv.',
])
def test_a_name_as_the_label_of_a_quote(text):
    (found,) = statements(text)
    assert found[0] == "Kaja Kallas"


def test_a_dash_inside_prose_after_a_quote_needs_a_name():
    text = '"We will not let Ukraine down, whatever happens in Washington" - that was the message on Monday.'
    assert statements(text) == []
