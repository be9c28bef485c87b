"""Eighteenth session, which sums are packages: press-release and wire forms of a package's sum
that were missed, and sums that are no package (comparisons, requests, authority still unused,
money for others). Every sentence here is made up."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article

WAR = "Headline\n\nRussia's war in Ukraine goes on, and its allies met in Brussels on Tuesday.\n\n"


def commitments(text: str, lead: str = WAR) -> list[tuple]:
    return [(f.donor, f.amount, f.currency, f.status) for f in extract(Article(text=lead + text, source="case")).facts
            if f.kind == "commitment"]


def sums(text: str, lead: str = WAR) -> set[tuple]:
    return {(c[0], c[1]) for c in commitments(text, lead) if c[1] is not None}


# -- the US Department of Defense is the United States (country_aliases.tsv) ----------------------

def test_department_of_defense_release_gives_a_us_package() -> None:
    text = "The Department of Defense today announced $640 million in further security assistance for Ukraine."
    assert ("USA", 640_000_000) in sums(text)


def test_australian_department_of_defence_is_not_the_united_states() -> None:
    # negative: the Commonwealth spelling names Australia's department, not the Pentagon
    text = "The Department of Defence confirmed A$50 million in further military assistance for Ukraine."
    assert not any(donor == "USA" for donor, _ in sums(text))
