"""Refusals of a supply told with "not to", "should not" or "no plans to" (twenty-first session):
"has decided not to send Ukraine the Taurus cruise missiles", "Bulgaria should not supply arms to
Ukraine", "there were no plans for now to send German batteries to Ukraine" are the holder's
opposition, as "will not send" already was."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def stances(text: str) -> list[tuple[str, str]]:
    result = extract(Article(text="Headline\n\nRussia's war on Ukraine goes on. " + text, source="test",
                             published="2023-05-03"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


@pytest.mark.parametrize("text, actor", [
    ("Chancellor Olaf Scholz has decided, for the time being, not to send Ukraine the Taurus cruise missiles "
     "it has requested since May.", "DEU"),
    ("The president has repeatedly stated that Bulgaria should not supply arms to Ukraine.", "BGR"),
    ("Officials in Berlin said there were no plans for now to send German batteries to Ukraine.", "DEU"),
])
def test_a_refused_supply_is_opposition(text, actor):
    assert (actor, "oppose") in stances(text)


def test_a_supply_not_refused_is_no_opposition():
    assert ("DEU", "oppose") not in stances("Germany decided to send Ukraine more Patriot missiles.")
