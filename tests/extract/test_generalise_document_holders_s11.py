"""Eleventh session: a document as the subject of a position speaks for the body that issued it, and
a demand that Russia withdraw is its holder's support of the withdrawal (``document_holders.py``,
ADJUDICATION.md decisions 7 and 40; dev 119, 259, 287), on made-up sentences. Each fails with its
rule disabled."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article
from tests.extract.stance_sentences import WAR, stances

WITHDRAWAL = "withdrawal of Russian troops from Ukraine"


def _held(text: str) -> set[tuple[str, str, str]]:
    result = extract(Article(text="Headline\n\n" + WAR + text, source="test"))
    return {(f.actor, f.target, f.stance) for f in result.facts if f.kind == "stance"}


def test_a_resolutions_text_demanding_withdrawal_is_the_bodys_support():
    found = _held("The UN Security Council met on Tuesday to vote on a draft tabled by Albania.\n\n"
                  "The text condemns the shelling of the port and demands that Moscow pull all of its forces "
                  "out of Ukraine without delay.")
    assert ("UN", WITHDRAWAL, "support") in found


def test_it_after_an_adopted_resolution_is_the_assemblys():
    found = stances("Vote two: the Albanian resolution. The UN General Assembly adopted it with 120 votes to 9. "
                    "It names Russia's \"war of aggression\", calls for de-escalation and an early end to "
                    "hostilities.")
    assert ("UN", "support") in found
    assert ("RUS", "support") not in found


def test_a_body_adopting_a_resolution_demanding_withdrawal_supports_it():
    found = _held("The UN General Assembly on Friday adopted a resolution calling for a lasting peace in "
                  "Ukraine and demanding that Russia withdraw its troops.")
    assert ("UN", WITHDRAWAL, "support") in found


def test_the_demand_of_a_side_of_the_war_is_no_such_support():
    # negative: Ukraine's demand that the invader leave is its war aim, read by no rule here
    found = _held("Kyiv again demanded that Russia withdraw its troops from the occupied regions.")
    assert ("UKR", WITHDRAWAL, "support") not in found


def test_a_demand_on_ukraine_is_not_read_as_this_support():
    # negative: a demand that Ukraine withdraw is the demander's condition (withdrawal_demands.py)
    found = _held("The UN envoy said Moscow had demanded that Ukrainian forces withdraw from Donetsk region.")
    assert not any(target == WITHDRAWAL for _, target, _ in found)
