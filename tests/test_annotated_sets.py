"""Every annotated set (dev, held-out, training) is well formed: each article has its expected file
and each expected file its article, and the files pass ``tests/data/devset/validate.py``'s checks
(known kinds and codes, evidence and quotes found in the article, no commitment in a distractor).
The accuracy figures and the trained stance model rest on these files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
SETS = ["devset", "heldout", "training"]


@pytest.fixture(scope="module")
def validate():
    sys.path.insert(0, str(DATA / "devset"))
    try:
        import validate
    finally:
        sys.path.remove(str(DATA / "devset"))
    return validate


@pytest.mark.parametrize("name", SETS)
def test_every_article_has_a_valid_expected_file(validate, name):
    root = DATA / name
    articles = {p.stem for p in (root / "articles").glob("*.txt")}
    expected = {p.stem for p in (root / "expected").glob("*.json")}
    assert articles, name
    assert articles == expected, sorted(articles ^ expected)
    bad = {stem: found for stem in sorted(articles)
           if (found := validate.problems_of(root / "articles" / f"{stem}.txt", root / "expected" / f"{stem}.json"))}
    assert bad == {}


def test_the_training_set_shares_no_article_with_the_measured_sets():
    """The classifier is trained on the training set; an article also in the dev or held-out set
    (the same headline) would make a figure on it a training figure."""
    def headlines(name):
        return {p.read_text(encoding="utf-8").splitlines()[0].strip().lower()
                for p in (DATA / name / "articles").glob("*.txt")}

    training = headlines("training")
    for name in ("devset", "heldout"):
        others = headlines(name)
        assert training.isdisjoint(others), name
    assert len(training) == len(list((DATA / "training" / "articles").glob("*.txt")))  # and no two share one


@pytest.mark.parametrize("name", SETS)
def test_every_second_annotation_is_valid_against_its_article(validate, name):
    """The blind second annotations (``second/expected/``) that benchmarks/agreement.py compares."""
    root = DATA / name
    second = sorted((root / "second" / "expected").glob("*.json"))
    assert second, name
    bad = {p.stem: found for p in second
           if (found := validate.problems_of(root / "articles" / f"{p.stem}.txt", p))}
    assert bad == {}
