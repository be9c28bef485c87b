"""A short aside between a donor and its verb ("Sweden, for its part, is to provide") keeps the
donor the subject (fourteenth session). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.extract.subject_asides import after_aside
from coalition.model import Article


def donors(text: str) -> list:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.donor, tuple(f.items)) for f in result.facts if f.kind == "commitment"]


def test_the_actor_before_an_aside_gives_not_the_one_of_the_sentence_before():
    found = donors("Italy and Spain have pledged air defence systems to Ukraine. "
                   "Portugal, for its part, will send six armoured vehicles to Kyiv.")
    assert any(d == "PRT" and "armoured vehicles" in i for d, i in found)
    assert not any(d in ("ITA", "ESP") and "armoured vehicles" in i for d, i in found)


def test_meanwhile_as_an_aside():
    found = donors("Poland sent more tanks to Ukraine. Romania, meanwhile, has delivered a Patriot system to Ukraine.")
    assert any(d == "ROU" for d, _ in found)


def test_an_aside_that_is_not_adverbial_is_not_skipped():
    lower = [",", "the", "largest", "donor", ",", "has"]
    assert after_aside(lower, 0, len(lower)) is None
    assert after_aside([",", "in", "turn", ",", "will"], 0, 5) == 4
