"""Sixth-session (fourth round) coalition classes, on made-up sentences: the list of leads a
"led by" or "under the joint chairmanship of" opens goes on past each state's minister's name and
to a partner after "with"; the Air Force Capability Coalition under its short names. A list ends at
any other word ("met on Monday with Germany" adds no lead). A stance cue whose object is the
speaker ("have urged us to hold back") is no stance of the speaker on the coalition."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article


def facts(text: str, kind: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return [f for f in result.facts if f.kind == kind]


def coalitions(text: str) -> list[tuple[str, list[str]]]:
    return [(f.name, f.leads) for f in facts(text, "coalition")]


@pytest.mark.parametrize("text, expected", [
    ("Ministers of the coalition of the willing met in Oslo under the joint chairmanship of Britain's "
     "Anna Smith and France's Pierre Martin.", [("coalition of the willing", ["GBR", "FRA"])]),
    ("The drone coalition met under the co-chairmanship of Latvia and Britain.",
     [("Drone Coalition for Ukraine", ["LVA", "GBR"])]),
    ("The air force coalition, led by Norway and Belgium with the United States, trains pilots.",
     [("Air Force Capability Coalition", ["NOR", "BEL", "USA"])]),
])
def test_a_list_of_leads_goes_on_past_names_and_with(text, expected):
    assert coalitions(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The drone coalition, led by Latvia and Britain, met on Monday with Germany and Poland attending as guests.",
     [("Drone Coalition for Ukraine", ["LVA", "GBR"])]),
    ("The drone coalition, led by Latvia, sent drones to Ukraine and Poland sent shells.",
     [("Drone Coalition for Ukraine", ["LVA"])]),
])
def test_a_list_of_leads_ends_at_any_other_word(text, expected):
    assert coalitions(text) == expected


def test_a_speaker_urged_by_the_coalition_holds_no_stance_on_it():
    text = ("The drone coalition, led by Latvia and Britain, builds drones.\n\n\"The other countries in the "
            "coalition have urged us to hold back for now,\" Swedish defence minister Erik Lund said.")
    assert [(f.actor, f.target) for f in facts(text, "stance")] == []


@pytest.mark.parametrize("text, expected", [
    ("Poland's prime minister said Warsaw supports US plans for a reassurance force in Ukraine.",
     [("POL", "peacekeeping force", "support")]),
    ("Hungary rejects US plan to deploy a reassurance force, Orban said.",
     [("HUN", "peacekeeping force", "oppose")]),
])
def test_the_united_states_after_a_cue_is_no_speaker(text, expected):
    assert [(f.actor, f.target, f.stance) for f in facts(text, "stance")] == expected
