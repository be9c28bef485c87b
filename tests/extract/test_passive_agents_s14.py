"""Aid in kind told in the passive with several agents after "by" (fourteenth session): each state
of the chain gives. Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, f.status, tuple(i.lower() for i in f.items)) for f in result.facts if f.kind == "commitment"]


def test_each_agent_of_a_passive_gives():
    found = commitments("Forty armoured vehicles were handed over to Ukraine by Sweden and Finland last month.")
    assert {d for d, _, _ in found} >= {"SWE", "FIN"}
    assert all(s == "delivered" for _, s, _ in found)


def test_a_chain_of_three_agents():
    found = commitments("Six launchers have been supplied to Kyiv by Spain, Italy and Greece.")
    assert {d for d, _, _ in found} >= {"ESP", "ITA", "GRC"}


def test_jointly_in_a_relative_clause_makes_no_joint_gift():
    found = commitments("The first radars were delivered to Ukraine by Denmark and the Netherlands, which jointly lead "
                        "the coalition and have pledged six and eight radars respectively.")
    assert None not in {d for d, _, _ in found}
    assert {d for d, _, _ in found} >= {"DNK", "NLD"}


def test_an_active_verb_after_by_is_no_passive():
    found = commitments("By Friday Denmark and Norway had not decided whether to send radars to Ukraine.")
    assert found == []


def test_makers_after_by_are_no_givers():
    found = commitments("The launchers, which were built by France and Italy, were sent to Ukraine by Italy.")
    assert "FRA" not in {d for d, _, _ in found}


def test_leaders_after_by_are_no_givers():
    found = commitments("The coalition is led by Latvia and Britain, and Estonia has sent drones to Ukraine.")
    assert "LVA" not in {d for d, _, _ in found} and "GBR" not in {d for d, _, _ in found}
