"""Sixth-session (third batch) statement classes, on made-up sentences. Each removes a wrong speaker
or a non-statement: a possessor inside an apposition ("X, Mr Y's spokesman, said") does not speak, a
description with a possessive pronoun ("his spokesman") is not another state's spokesman named
earlier, and a lower-case time or extent phrase ("as much as we can", "for as long as it takes")
is part of the reporter's sentence, not a statement. Real senators are known by surname."""

from __future__ import annotations

from tests.extract.statement_sentences import speakers, statements


# -- a possessor in an apposition is whose the speaker is -------------------------------------------

def test_a_possessor_inside_the_apposition_does_not_speak():
    text = ('"Nothing of the sort was ever discussed with the Americans, and nothing has been agreed," '
            "Dmitry Peskov, Mr Putin's spokesman, told reporters.")
    assert speakers(text) == ["Dmitry Peskov"]


def test_a_name_before_a_possessive_title_still_speaks_before_the_quote():
    text = ('Jane Doe, an aide to Keir Starmer\'s chief of staff, said: "We will not be rushed into any '
            'deal at all."')
    assert speakers(text) == ["Jane Doe"]


# -- "his spokesman" is the owner's, not another state's -------------------------------------------

def test_his_spokesman_is_not_the_other_states_spokesman_named_earlier():
    text = ('"The reports are invented from start to finish and deserve no comment," Dmitry Peskov, the '
            "Kremlin spokesman, said.\n\n"
            "Prime Minister Keir Starmer met the Ukrainian delegation in London on Monday. "
            '"The prime minister wants a settlement that holds, not a pause for rearming," his spokesman said.')
    assert speakers(text) == ["Dmitry Peskov", None]


def test_his_spokesman_is_still_the_owners_own_spokesman():
    text = ("Dmitry Peskov, the Kremlin spokesman, met reporters on Monday. Vladimir Putin later spoke in "
            'Sochi. "We see no reason to change anything in our position at all," his spokesman said.')
    assert speakers(text) == ["Dmitry Peskov"]


# -- a time or extent phrase is no statement --------------------------------------------------------

def test_an_extent_or_duration_phrase_is_no_statement():
    text = ('The minister said Spain would keep supporting Ukraine "for as long as it takes". Prime '
            'Minister Jan Novak has said the country will keep helping "as much as we can".')
    assert statements(text) == []


def test_a_capitalised_sentence_opening_with_as_long_as_is_a_statement():
    text = ('"As long as I hold this office, we will keep sending what Ukraine needs," the prime minister, '
            "Jan Novak, said.")
    assert len(statements(text)) == 1


# -- senators known by surname ---------------------------------------------------------------------

def test_a_senator_introduced_before_her_quote_speaks_it():
    text = ("Vladimir Putin has not answered the letter. Jeanne Shaheen, a senior Democrat, was sharper. "
            '"He is playing for time and will keep doing so while nobody stops him," she said.')
    assert speakers(text) == ["Jeanne Shaheen"]
