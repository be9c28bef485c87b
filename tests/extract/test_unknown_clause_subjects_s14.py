"""A cue whose own subject is a name the article ties to no state, opening a clause of its own
("… as Dutton says no"), is not the position of the government named before it (fourteenth session,
round 2: a headline naming an opposition leader without a title). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def stances(text: str) -> list[tuple]:
    result = extract(Article(text=text, source="case"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


def test_unknown_name_after_as_takes_the_refusal():
    found = stances("Frederiksen keeps the door ajar on peacekeepers as Messerschmidt says no\n\n"
                    "Opposition leader Morten Messerschmidt said Danish troops had no place there.")
    assert ("DNK", "oppose") not in found


def test_country_after_as_still_holds_the_refusal():
    found = stances("Paris backs the force as Rome says no to sending troops to Ukraine\n\n"
                    "Italy's government said it would not send soldiers.")
    assert ("ITA", "oppose") in found
