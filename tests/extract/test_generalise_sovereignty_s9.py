"""Ninth-session stance class (contents of joint statements, ADJUDICATION.md decision 40), on made-up
sentences: a refusal of limits on Ukraine's armed forces is `oppose` of them; Ukraine's right to
choose its path towards a named body is `support` of its membership there; both held by the sayer
or by each signatory of the statement. A demand for limits, or a right with no body named, is none."""

from __future__ import annotations

import pytest

from coalition.extract import extract
from coalition.model import Article

LIMITS = "restrictions on the size of Ukraine's armed forces"


def stances(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + text, source="test"))
    return {(f.actor, f.target, f.stance) for f in result.facts if f.kind == "stance"}


@pytest.mark.parametrize("text, actor", [
    ("Italy said there could be no limits on the size of Ukraine's armed forces in any settlement.", "ITA"),
    ('"We reject any cap on the strength of the Ukrainian army," the Dutch prime minister said.', "NLD"),
])
def test_refusing_limits_on_ukraines_forces_is_opposition(text, actor):
    assert (actor, LIMITS, "oppose") in stances(text)


@pytest.mark.parametrize("text, actor, target", [
    ("Chancellor Olaf Scholz said Ukraine has the right to decide its future, including its path to NATO.",
     "DEU", "Ukraine's NATO membership"),
    ('"Kyiv has every right to choose its own course, including towards the EU," the Greek prime minister said.',
     "GRC", "Ukraine's EU membership"),
])
def test_the_right_to_choose_a_path_towards_a_body_is_support_of_membership(text, actor, target):
    assert (actor, target, "support") in stances(text)


def test_a_joint_statements_signatories_each_hold_it():
    text = ("The leaders of Belgium, the Netherlands and Luxembourg today issued a joint statement. "
            "The text follows.\n\n"
            "\"Ukraine's armed forces must not be subject to restrictions on their size.\"")
    assert {(c, LIMITS, "oppose") for c in ("BEL", "NLD", "LUX")} <= stances(text)


@pytest.mark.parametrize("text", [
    "Moscow wants a cap on the size of Ukraine's army.",
    "Spain said Ukraine had the right to choose its own alliances.",
])
def test_a_demand_for_limits_or_a_right_without_a_body_is_none(text):
    assert not {s for s in stances(text) if s[1] in (LIMITS, "Ukraine's EU membership", "Ukraine's NATO membership")}
