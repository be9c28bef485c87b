"""Verdicts told by a naming verb (extract/verdicts.py, twenty-first session), on made-up sentences:
whoever calls a step by a damning verdict opposes it, by praise supports it, by interest is
considering it; praise of aid, a mixed verdict, a negated one, "called for" and a telephone call
give nothing."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

LEAD = "The European Commission proposed a reparations loan to Ukraine funded by immobilised Russian assets. "


def stances(text: str, lead: str = LEAD) -> list[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + lead + text, source="test"))
    return [(f.actor, f.stance, f.target) for f in result.facts if f.kind == "stance"]


def test_a_damning_verdict_is_opposition_to_the_step_named_before():
    assert stances("Belgian Prime Minister Bart De Wever has called the plan fundamentally flawed.") == [
        ("BEL", "oppose", "use of frozen Russian assets")]
    assert stances("Hungary called the idea dangerous.") == [("HUN", "oppose", "use of frozen Russian assets")]


def test_interest_is_considering():
    assert stances("Chancellor Olaf Scholz called the plan a very interesting proposal.") == [
        ("DEU", "considering", "use of frozen Russian assets")]


def test_praise_of_a_step_is_support_and_the_object_as_written_is_the_target():
    assert stances("Sweden called the new framework a historic step.", lead="Leaders met in Brussels. ") == [
        ("SWE", "support", "the new framework")]


def test_described_as():
    assert stances("Poland described the scheme as reckless.") == [("POL", "oppose", "use of frozen Russian assets")]


def test_no_verdict_read():
    assert stances("Hungary did not call the plan dangerous.") == []
    assert stances("Hungary called the plan promising but incomplete.") == []
    assert stances("Hungary called off the vote, calling it a question for later.") == []
    assert stances("Finland described the call as productive.", lead="The two presidents spoke by telephone. ") == []


def test_praise_of_aid_is_no_stance():
    text = ("Germany pledged €500 million in military aid to Ukraine. "
            "Poland's prime minister called the German move an important step.")
    assert [s for s in stances(text, lead="") if s[0] == "POL"] == []
