"""The verb that gives an in-kind commitment its stage is read within eight words of the item's
count; words between the verb and the count ("at least", "refurbished") no longer push the verb out
of reach (twenty-first session)."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def commitments(text: str) -> list[tuple[str | None, str]]:
    result = extract(Article(text="Headline\n\n" + text, source="test", published="2023-02-07"))
    return [(f.donor, f.status) for f in result.facts if f.kind == "commitment"]


def test_a_joint_pledge_of_at_least_so_many_refurbished_tanks():
    found = commitments("Germany, Denmark and the Netherlands will jointly supply Ukraine with at least 100 "
                        "refurbished Leopard 1A5 battle tanks, the three governments said.")
    assert (None, "planned") in found and ("DEU", "planned") in found


def test_the_same_pledge_of_one_donor():
    assert commitments("Germany will supply Ukraine with at least 100 refurbished Leopard 1A5 battle tanks.") == [
        ("DEU", "announced")]
