"""Eleventh session: a refusal to supply a named weapon system whose name stands outside the cue's
object (a pronoun after the cue, the name before a colon, an anaphor elsewhere in the sentence) is
the refuser's opposition (``system_refusals.py``; the class of dev 334, 339, 413), on made-up
sentences. A way out after the cue, a system told again and an origin alone add nothing. Each
positive case fails without the rule."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances


def oppositions(text: str, actor: str) -> list:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return [f for f in result.facts if f.kind == "stance" and f.actor == actor and f.stance == "oppose"]


@pytest.mark.parametrize("text, actor", [
    # the system before the cue, a pronoun after it (dev 413's wording)
    ("Asked whether the summit had changed his mind on Storm Shadow missiles, the prime minister said "
     "Britain would not supply them.", "GBR"),
    # the system before a colon, the refusal after it (dev 339's wording)
    ("Margarita Robles said Spain's position on its Patriot batteries has not changed: they are not going "
     "to Ukraine.", "ESP"),
])
def test_a_named_system_refused_through_a_pronoun_is_an_opposition(text, actor):
    assert (actor, "oppose") in stances(text)


def test_a_named_system_refused_beside_an_anaphor_is_a_position_of_its_own():
    # "the plan" in the aside ties the sentence to the plan, which Norway already opposed (dev 334)
    found = oppositions("Zelensky's plan asks allies for an invitation to join NATO. Norway opposed an "
                        "invitation to join NATO for now.\n\nNorway has also repeated that it will not send "
                        "its NASAMS launchers, a refusal the minister restated on the day the plan was "
                        "presented.", "NOR")
    assert len(found) == 2
    assert any("NASAMS" in f.evidence.text for f in found)


def test_a_way_out_after_the_cue_is_left_to_the_condition_rules():
    found = stances("Asked about its SAMP/T systems, the Italian government said Italy would not supply "
                    "them unless the United States replaced them first.")
    assert ("ITA", "oppose") not in found


def test_a_system_refused_again_is_one_fact():
    # the lede and the body tell one refusal (decision 48)
    found = oppositions("Germany will not send Taurus cruise missiles to Ukraine, Scholz said.\n\n"
                        "Asked again about the Taurus cruise missiles, Scholz repeated that Germany would "
                        "not supply them.", "DEU")
    assert len(found) == 1


def test_an_origin_is_no_system():
    # "Western tanks" says where the tanks come from, not which system is refused
    found = stances("Asked about Western tanks, Hungary's foreign minister said Hungary would not "
                    "supply them.")
    assert ("HUN", "oppose") not in found
