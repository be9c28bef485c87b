"""Fourth-session statement classes, on made-up sentences: a name set off by an apposition that
opens with a country's possessive, a quote as the complement of a naming verb ("called the move
'…'"), and verbs of repeating."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def statements(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [(f.speaker, f.quote) for f in result.facts if f.kind == "statement"]


# -- a name before "Country's title," ----------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Chancellor Olaf Scholz promised the system in June.\n\nMarta Kowalczyk, Poland's defence minister, marked the "
     "arrival on social media. \u201cA new chapter for our air defence begins today,\u201d she wrote.", "Marta Kowalczyk"),
    ("Olaf Scholz spoke first.\n\nTaras Hnatenko, Ukraine's ambassador to Berlin, thanked the crew. \"We will "
     "remember who stood with us this winter,\" he said.", "Taras Hnatenko"),
    ("Olaf Scholz spoke first.\n\nJonas Lind, the EU's special envoy, was blunter. \"Nobody should expect a deal "
     "before the spring,\" he told reporters.", "Jonas Lind"),
])
def test_a_name_before_a_country_s_title_is_the_last_named_speaker(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


def test_a_country_s_possessive_after_a_comma_with_no_title_adds_no_person():
    found = statements("Olaf Scholz spoke first. Berlin Airport, Germany's busiest, was closed. \"We will not "
                       "send the system before the spring,\" he said.")
    assert [s for s, _ in found] == ["Olaf Scholz"]


# -- a quote as what the subject calls something ----------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Prime Minister Jan Novak called the German move "an important step that brings peace closer".', "Jan Novak"),
    ('Chancellor Olaf Scholz described the package as "the largest we have ever sent to Kyiv".', "Olaf Scholz"),
    ('Emmanuel Macron hailed the deal as "a turning point for the security of our continent".', "Emmanuel Macron"),
    ('Olaf Scholz spoke first. He called the decision "a signal that Europe will not look away".', "Olaf Scholz"),
])
def test_a_quote_as_the_complement_of_a_naming_verb_is_the_subject_s(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize("text", [
    'Prime Minister Jan Novak called the German move "a great call".',
    'Chancellor Olaf Scholz called the plan "historic".',
])
def test_a_short_name_given_is_no_statement(text):
    assert statements(text) == []


def test_called_for_is_a_demand_not_a_name_given():
    found = statements('Prime Minister Jan Novak called for "an immediate and full ceasefire on every front".')
    assert found == []


def test_a_named_thing_inside_a_longer_clause_is_not_the_subject_s_quote():
    found = statements('Olaf Scholz called the so-called "coalition of the willing for Ukraine" a distraction '
                       'from the real work.')
    assert found == []


# -- verbs of repeating -----------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["repeated", "reiterated"])
def test_a_verb_of_repeating_attributes_a_quote(verb):
    found = statements(f'Olaf Scholz {verb} that Germany "will not send ground troops under any flag".')
    assert [s for s, _ in found] == ["Olaf Scholz"]


# -- names after a long title, names of three words, bodies' spokespeople, church titles -------------

@pytest.mark.parametrize("text, speaker", [
    ('"This is the strongest package we have agreed so far," said the High Representative for Foreign Affairs '
     'and Security Policy, Kaja Kallas.', "Kaja Kallas"),
    ('"The money will reach the front before winter, as promised," said the Secretary of State for Defence '
     'Procurement, Jane Whitfield.', "Jane Whitfield"),
])
def test_a_name_after_a_long_title_and_a_comma_is_the_speaker(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


def test_a_name_of_three_words_is_written_whole():
    found = statements('"Delivery time decided it, and the price did the rest," said Per Halvard Olsen, head of '
                       'the procurement agency.')
    assert [s for s, _ in found] == ["Per Halvard Olsen"]


@pytest.mark.parametrize("text, role", [
    ('"All of our share goes to non-lethal support as a result," a Department of Defence spokesperson said.',
     "Department of Defence spokesperson"),
    ('"We will not comment on the timing of any delivery," a Ministry of Finance official said.',
     "Ministry of Finance official"),
])
def test_a_body_s_spokesperson_is_an_unnamed_speaker(text, role):
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    found = [(f.speaker, f.role) for f in result.facts if f.kind == "statement"]
    assert found == [(None, role)]


def test_a_church_title_later_stands_for_the_one_who_holds_it():
    text = ("Cardinal Paolo Ferri met the Russian president in Moscow on Tuesday.\n\n"
            "The cardinal himself played down expectations. \"We are not bringing a plan. We are trying to open "
            "small doors,\" he told reporters.")
    assert [s for s, _ in statements(text)] == ["Paolo Ferri"]


def test_an_institution_named_like_a_person_is_no_person():
    result = extract(Article(text='Headline\n\nThe Vatican was careful. "The visit is meant to support '
                             'humanitarian gestures that could ease the tragedy," the Holy See said.', source="test"))
    found = [(f.speaker, f.actor) for f in result.facts if f.kind == "statement"]
    assert found == [(None, "VAT")]


# -- short quoted phrases that are no statements --------------------------------------------------

@pytest.mark.parametrize("text", [
    'Olaf Scholz said Berlin would deliver the launchers \u201cwithin the next few days\u201d.',
    'Olaf Scholz said the first tanks would arrive "in the coming two weeks".',
    'Opposition leader Jan Novak said he did not want to see "Polish boots on the ground" in Ukraine.',
    'Olaf Scholz warned that "a very long and costly war" was the likeliest outcome.',
])
def test_a_short_quoted_phrase_inside_a_clause_is_no_statement(text):
    assert statements(text) == []


@pytest.mark.parametrize("text, speaker", [
    ('Olaf Scholz said the decision was "the right thing to do now".', "Olaf Scholz"),
    ('"Ukraine will win this war" Olaf Scholz said on Tuesday.', "Olaf Scholz"),
    ('Olaf Scholz said: "Within days, the first launchers will be in Ukraine and protecting cities."', "Olaf Scholz"),
])
def test_a_short_quote_that_ends_its_clause_is_still_a_statement(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


# -- a single name opening the sentence before; a nationality for the person last spoken of ---------

@pytest.mark.parametrize("text, speaker", [
    ('Olaf Scholz spoke first.\n\nLula has been clear that Brazil will not pick a side. "A solution will not come '
     'from the battlefield," he told reporters.', "Lula"),
    ('Olaf Scholz spoke first.\n\nOkonjo was blunt about the talks. "Nobody in this room believes the plan will '
     'survive the winter," he said.', "Okonjo"),
])
def test_a_single_name_opening_the_sentence_before_is_what_he_stands_for(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


@pytest.mark.parametrize("opening", ["Kyiv has been clear about it.", "Officials were blunt about the talks.",
                                     "Parliament was blunt about the talks.", "Europe is waking up to the danger.",
                                     "Yesterday was a long day in Brussels.", "Support has waned since the summer."])
def test_an_entity_or_a_common_noun_opening_the_sentence_is_no_name(opening):
    text = f'Olaf Scholz spoke first. {opening} "Nobody here believes the plan will survive the winter," he said.'
    assert [s for s, _ in statements(text)] == ["Olaf Scholz"]


def test_a_name_opening_another_paragraph_is_not_read():
    text = ('Okonjo was blunt about the talks.\n\nOlaf Scholz spoke later. "Nobody here believes the plan will '
            'survive the winter," he said.')
    assert [s for s, _ in statements(text)] == ["Olaf Scholz"]


@pytest.mark.parametrize("text, speaker", [
    ('Lindqvist was gracious in defeat. "Ukraine had more quality in the decisive moments," the Briton said.',
     "Lindqvist"),
    ("Norway's coach, Erik Lindqvist, was gracious in defeat. \"Ukraine had more quality in the decisive moments,\" the "
     'Norwegian said.', "Erik Lindqvist"),
])
def test_a_nationality_as_the_speaker_stands_for_the_person_last_spoken_of(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


def test_an_institution_is_no_nationality():
    text = 'Dmitry Peskov spoke first. "The plan is not acceptable to us in any form," the Kremlin said.'
    assert all(s != "Dmitry Peskov" for s, _ in statements(text))


@pytest.mark.parametrize("aux", ["has", "had"])
def test_a_surname_before_an_auxiliary_and_a_speech_verb_is_the_person_named_in_full(aux):
    text = ("In June Thabo Ndlovu led a delegation to Kyiv.\n\n"
            f'Ndlovu {aux} repeated that his country "will not be drawn into choosing between friends".')
    assert [s for s, _ in statements(text)] == ["Thabo Ndlovu"]
