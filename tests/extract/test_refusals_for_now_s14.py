"""A refusal to supply with "for now" or "so far" between the verb and its object (fourteenth
session): "has declined for now to send its missiles". Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def stances(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.actor, f.stance) for f in result.facts if f.kind == "stance"]


def test_declined_for_now_to_send_is_opposition():
    found = stances("Italy has declined for now to send more missiles to Ukraine, Rome said on Monday.")
    assert ("ITA", "oppose") in found


def test_refused_so_far_to_supply_is_opposition():
    found = stances("Greece has refused so far to supply its S-300 missiles to Ukraine.")
    assert ("GRC", "oppose") in found


def test_declined_for_now_to_comment_is_no_stance():
    assert stances("Italy has declined for now to comment on the batteries, Rome said.") == []
