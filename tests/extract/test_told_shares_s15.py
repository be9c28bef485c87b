"""A joint gift whose payers' shares are told in one sentence after it has those shares as its
parts, not copies of the whole for each payer (fifteenth session, decision 18). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def facts(text: str) -> list:
    result = extract(Article(text="Air defence for Ukraine\n\n" + text, source="case"))
    out = [f for f in result.facts if f.kind == "commitment"]
    return [(f.donor, tuple(i.lower() for i in f.items), f.part_of) for f in out]


def test_shares_told_after_a_joint_gift_replace_the_copies():
    found = facts("Spain and Portugal are jointly supplying Ukraine with a NASAMS air defence system. "
                  "Spain will contribute four launchers, while Portugal will provide two radars.")
    whole = next(k for k, (d, _, p) in enumerate(found) if d is None and p is None)
    assert not any(d in ("ESP", "PRT") and "nasams" in " ".join(i) for d, i, _ in found)
    assert ("ESP", ("launchers",), whole) in found


def test_aid_told_as_an_addition_leaves_the_copies():
    found = facts("Spain and Portugal are jointly supplying Ukraine with a NASAMS air defence system. "
                  "Spain also sends launchers, while Portugal also provides radars.")
    assert any(d == "ESP" and "nasams" in " ".join(i) for d, i, _ in found)


def sums_and_gifts(text: str) -> list:
    result = extract(Article(text="Howitzers for Ukraine\n\n" + text, source="case"))
    return [(f.donor, f.amount, f.part_of) for f in result.facts if f.kind == "commitment"]


def test_the_value_of_a_joint_gift_told_next_is_that_gift():
    found = sums_and_gifts("Sweden, Finland and Estonia will jointly pay for 12 Archer howitzers for Ukraine. The Swedish "
                           "ministry put the value of the order at €120 million, to be split equally between the three partners.")
    assert (None, None, None) not in found  # no donor-less gift without its value
    whole = next(k for k, (d, a, p) in enumerate(found) if d is None and a == 120_000_000)
    assert ("SWE", None, whole) in found


def test_another_sum_after_a_joint_gift_is_not_its_value():
    found = sums_and_gifts("Sweden, Finland and Estonia will jointly pay for 12 Archer howitzers for Ukraine. "
                           "Separately, the EU's facility paid out €120 million for Ukraine's grid.")
    assert (None, None, None) in found
