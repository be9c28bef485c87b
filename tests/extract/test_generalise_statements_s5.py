"""Fifth-session statement classes, on made-up sentences: a short quote closed by a comma before a
name that a long capitalised title follows, "I" is no name after a title inside a quote, a
hyphenated title ("the secretary-general said"), and a headline quote that shortens a body quote."""

from __future__ import annotations

import pytest

from tests.extract.statement_sentences import statements


# -- a short quote, then a name and its capitalised title -----------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("\u201cThat claim is completely false,\u201d Kenji Sato, Deputy Minister for Foreign Affairs, told reporters.", "Kenji Sato"),
    ('"This report is plainly wrong," Ilse Varga, Secretary of State for European Affairs, said on Monday.', "Ilse Varga"),
    ('"We never refused the plan," Tomas Berg, Director General of the Treasury, told the committee.', "Tomas Berg"),
])
def test_a_name_before_a_capitalised_title_speaks_a_short_quote(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


def test_a_short_phrase_the_clause_goes_on_after_is_still_a_fragment():
    assert statements('He said the deal was "dead in the water" in Brussels on Monday.') == []


# -- "I" after a title inside a quote is no speaker ------------------------------------------------

def test_i_after_a_title_in_a_quote_is_no_name():
    text = ('Macron praised the soldiers.\n\n"As president I say it plainly: we stand with you," he said. '
            '"We will support any fair settlement."')
    assert [s for s, _ in statements(text)] == ["Macron", "Macron"]


def test_i_after_a_title_is_no_name_for_a_later_quote_paragraph():
    text = ('"As chancellor I will not hide it, the winter will be hard," Merz said.\n\n'
            '"We will carry the heaviest load in Europe."')
    assert "I" not in [s for s, _ in statements(text)]


# -- a hyphenated title ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Guterres appealed for calm.\n\n"Civilians must be allowed to leave the city safely and without delay," '
     'the secretary-general said.', "Guterres"),
    ('Stoltenberg spoke after the meeting. "Allies must deliver what they promised, and do it faster," '
     'the secretary-general told reporters.', "Stoltenberg"),
])
def test_a_hyphenated_title_stands_for_its_holder(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


# -- a headline quote shortens a body quote ------------------------------------------------------------

def test_a_headline_quote_takes_the_speaker_of_the_body_quote_it_shortens():
    headline = "Kremlin says no to Rome's truce: 'We want a real peace, not a pause'"
    text = ('Moscow rejected the Italian proposal on Tuesday.\n\n"What we want is a real peace and not a pause '
            'for Kyiv to rearm," Kremlin spokesman Dmitry Peskov told reporters.')
    found = statements(text, headline)
    assert found[0] == ("Dmitry Peskov", "We want a real peace, not a pause")
    assert found[1][0] == "Dmitry Peskov"


def test_a_headline_quote_not_in_the_body_keeps_its_own_attribution():
    headline = "Tusk: 'Europe must pay for its own security now'"
    text = '"Ukraine needs shells before the spring offensive," Defence Minister Anna Berg said.'
    found = statements(text, headline)
    assert ("Anna Berg", "Ukraine needs shells before the spring offensive,") in found
    assert all(s != "Anna Berg" for s, q in found if q.startswith("Europe must pay"))


# -- an unknown name after other attribution verbs --------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('"We are not going anywhere," insisted Oksana Melnyk, who runs a bakery in the town. '
     '"This is our home and we will rebuild it."', "Oksana Melnyk"),
    ('"The shelling has not stopped for a single night," replied Petro Danyliuk, the village head.', "Petro Danyliuk"),
    ('"Nobody told us the convoy was coming until it arrived," conceded Marta Ilves, a logistics officer.', "Marta Ilves"),
])
def test_an_unknown_name_after_an_attribution_verb_is_the_speaker(text, speaker):
    assert {s for s, _ in statements(text)} == {speaker}


# -- a name inside a quote is no antecedent for "he said" ---------------------------------------------

def test_a_person_named_inside_a_quote_does_not_take_a_later_pronoun():
    text = ('Ivo Marten, the deputy minister, denied the report.\n\n'
            'Marten said the minister had said nothing of the kind. "What Minister Okada told the meeting was '
            'that help is coming," he said.\n\n'
            'He added that the country would not change course.\n\n'
            '"We have always stood with Ukraine and we always will, whatever the papers say," he said.')
    assert [s for s, _ in statements(text)] == ["Ivo Marten", "Ivo Marten"]


# -- an informal title for a body's person ------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ('Rutte struck a cautious note. "Nobody should be naive about what Moscow wants," the NATO chief said.', "Rutte"),
    ('Kallas was scathing. "Russia says it wants peace while it fires missiles at children," the EU foreign '
     'policy chief told reporters.', "Kallas"),
])
def test_the_chief_of_a_body_is_its_person_named_before(text, speaker):
    assert [s for s, _ in statements(text)] == [speaker]


def test_the_chief_of_another_body_is_not_the_person_named_before():
    text = ('Rutte spoke first. "We will not be divided on this question, not now and not ever," the EU foreign policy '
            'chief said.')
    assert [s for s, _ in statements(text)] == [None]
