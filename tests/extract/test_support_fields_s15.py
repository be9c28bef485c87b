"""Fifteenth session: the fields of help a state commits to, named as a list without a verb of
giving, are one commitment of that state (support_fields.py)."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple[str | None, list[str]]]:
    result = extract(Article(text="Headline\n\nUkraine signs security pacts with its partners.\n\n" + text, source="test"))
    return [(f.donor, f.items) for f in result.facts if f.kind == "commitment"]


@pytest.mark.parametrize("text, expected", [
    ("Tallinn also made a ten-year commitment to help Ukraine with demining, cyber defence and "
     "unmanned systems, the president wrote.", ("EST", ["demining", "cyber defence", "unmanned systems"])),
    ("The agreement names air defence, demining and maritime security as areas where Finland will help.",
     ("FIN", ["air defence", "demining", "maritime security"])),
])
def test_a_list_of_fields_is_the_states_commitment(text, expected):
    assert expected in commitments(text)


@pytest.mark.parametrize("text", [
    # a suggestion, a request, a "could": no commitment
    "The suggestion that Danish officers help Ukraine with targeting and logistics drew criticism.",
    "Kyiv asked Estonia to help Ukraine with demining and cyber defence.",
    "Estonia could help Ukraine with demining and cyber defence, officials said.",
    # no known field in the list
    "Estonia will help Ukraine with paperwork, translation and protocol.",
])
def test_no_commitment_without_a_firm_list_of_fields(text):
    assert commitments(text) == []
