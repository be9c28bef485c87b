"""Institutions several states give the same English name (resolve/data/shared_institutions.tsv):
the name stands for the one state of its codes the article names otherwise, else for none."""

from __future__ import annotations

import pytest

from coalition.extract.pipeline import load_pipeline
from coalition.resolve.actors import country_names, shared_institutions


def _countries(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.id_) for e in load_pipeline(False, False)(text).ents if e.label_ == "COUNTRY"]


@pytest.mark.parametrize("text, code", [
    ("Switzerland has refused again. The National Council voted down an easing of the re-export rules.", "CHE"),
    ("Swiss lawmakers met in Bern. The National Council voted down the motion.", "CHE"),
    ("Zelensky addressed Austria's parliament. FPÖ members walked out of the National Council.", "AUT"),
    ("Bulgaria will send armoured vehicles after the National Assembly approved the deal.", "BGR"),
    ("The Federal Council of Switzerland said it would not allow the tanks to be sold.", "CHE"),
])
def test_the_name_is_the_state_the_article_names(text, code):
    shared = [c for name, c in _countries(text) if name in shared_institutions()]
    assert shared == [code]


@pytest.mark.parametrize("text", [
    "The National Council voted down the motion on Thursday.",  # no state named
    "Austria and Switzerland both disagreed. The National Council debated it.",  # two of its states
    "France and Hungary were at odds, and the National Assembly met.",
])
def test_no_state_or_several_give_no_actor(text):
    assert not [name for name, _ in _countries(text) if name in shared_institutions()]


def test_every_code_is_a_country_code_the_gazetteer_knows():
    known = set(country_names().values())
    for name, codes in shared_institutions().items():
        assert len(codes) >= 2, name  # a name one state bears belongs in country_aliases.tsv
        assert set(codes) <= known, name
        assert name not in country_names(), name  # or the plain alias would win
