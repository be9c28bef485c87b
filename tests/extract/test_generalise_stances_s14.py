"""Fourteenth-session classes on stances, participation and their statements, on made-up sentences
(the fresh batch 475-484 showed them; none of these sentences is taken from it).

- A quote's speaker described after the quote as someone's spokeswoman ('," a spokeswoman for
  Chancellor Jane Roe said') is the spokeswoman, speaking for the named person's side; the person
  named after "for" does not speak.
"""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.statement_sentences import speakers


def _statements(text: str):
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == "statement"]


# -- a spokeswoman for a named person ----------------------------------------------------------

def test_a_spokeswoman_for_a_titled_person_speaks_for_that_side_not_as_the_person():
    text = ('The ministry did not change its view.\n\n'
            '"There will be no German soldiers on Ukrainian soil this year," a spokeswoman for '
            'Chancellor Olaf Scholz said.')
    found = _statements(text)
    assert [(f.speaker, f.role, f.actor) for f in found] == [(None, "spokeswoman", "DEU")]


def test_the_titled_person_who_speaks_after_the_quote_is_still_the_speaker():
    text = ('The ministry did not change its view.\n\n'
            '"There will be no German soldiers on Ukrainian soil this year," Chancellor Olaf Scholz said.')
    assert speakers(text) == ["Olaf Scholz"]
