"""A Ukrainian withdrawal from the Donbas as a named stance target (fourteenth session, round 2):
"rejected a withdrawal from the Donetsk region" has an indefinite object, which the open-object
reading leaves alone, so the position on Moscow's central demand was lost. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

WAR = "Headline\n\nRussia's war in Ukraine goes on, and talks on ending it resumed in Geneva.\n\n"


def stances(text: str) -> list[tuple]:
    result = extract(Article(text=WAR + text, source="case"))
    return [(f.actor, f.stance, f.target) for f in result.facts if f.kind == "stance"]


def test_rejecting_a_withdrawal_from_donetsk_is_opposition():
    found = stances("President Zelensky on Monday rejected a withdrawal of Ukrainian forces from the Donbas.")
    assert ("UKR", "oppose", "withdrawal of Ukrainian troops from the Donbas") in found


def test_a_withdrawal_told_without_a_cue_is_no_stance():
    found = stances("Officers described the Ukrainian withdrawal from the town as orderly.")
    assert not any(t == "withdrawal of Ukrainian troops from the Donbas" for _, _, t in found)
