"""A stated preference for a ceasefire (fourteenth session, round 2): "the White House said the
president wanted a permanent ceasefire" is the holder's `support` of a truce, as decision 2 reads a
stated preference. Only with a truce as the object: wanting a deal of another kind is nothing here.
Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

WAR = "Headline\n\nRussia's war in Ukraine goes on, and talks on ending it resumed in Geneva.\n\n"


def stances(text: str) -> list[tuple]:
    result = extract(Article(text=WAR + text, source="case"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


def test_wanting_a_lasting_ceasefire_is_support():
    assert ("FRA", "support") in stances("The Élysée said France wants a lasting ceasefire before winter.")


def test_wanting_a_minerals_deal_is_no_stance():
    assert stances("The Élysée said France wants a minerals deal with Kyiv before winter.") == []
