"""benchmarks/agreement.py: a second annotation compared with the dev set's own, under the
accuracy gate's matching rules, on real dev-set files."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_script

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"
STEMS = ["193-finland-stubb-kyiv-agreement-188m", "207-black-sea-grain-deal-signed-odesa-strike"]


@pytest.fixture(scope="module")
def agreement():
    return load_script("agreement")


def _second(tmp_path: Path) -> Path:
    (tmp_path / "expected").mkdir()
    for stem in STEMS:
        shutil.copy(DEVSET / "expected" / f"{stem}.json", tmp_path / "expected")
    return tmp_path


def test_the_same_annotation_agrees_fully(agreement, tmp_path):
    figures = agreement.compare(DEVSET, _second(tmp_path))
    assert figures["articles"] == STEMS
    for kind, v in figures["pairs"]["second vs first"].items():
        assert (v["fp"], v["fn"]) == (0, 0), kind
    # against either annotation the extractor scores the same, the two being one
    assert figures["pairs"]["extractor vs first"] == figures["pairs"]["extractor vs second"]


def test_a_statement_the_second_annotator_left_out_is_a_miss(agreement, tmp_path):
    second = _second(tmp_path)
    path = second / "expected" / f"{STEMS[0]}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    statements = [f for f in data["facts"] if f["kind"] == "statement"]
    data["facts"].remove(statements[0])
    path.write_text(json.dumps(data), encoding="utf-8")
    v = agreement.compare(DEVSET, second)["pairs"]["second vs first"]["statement"]
    assert (v["fn"], v["fp"]) == (1, 0)


def test_no_shared_article_is_an_error(agreement, tmp_path):
    (tmp_path / "expected").mkdir()
    with pytest.raises(SystemExit, match="no expected file shares a name"):
        agreement.compare(DEVSET, tmp_path)


def test_the_shipped_second_annotation_is_valid():
    """Every file of tests/data/devset/second passes the dev set's own checks (fields, and evidence
    found in the article), so that the agreement figures in the README rest on well-formed files."""
    sys.path.insert(0, str(DEVSET))
    try:
        import validate
    finally:
        sys.path.remove(str(DEVSET))
    second = sorted((DEVSET / "second" / "expected").glob("*.json"))
    assert len(second) == 40
    for path in second:
        assert validate.problems_of(DEVSET / "articles" / f"{path.stem}.txt", path) == [], path.name


def test_the_heldout_second_annotation_is_valid():
    """The held-out set's blind second annotation (50 articles) passes the same checks against the
    held-out articles, and every file names an article of that set."""
    sys.path.insert(0, str(DEVSET))
    try:
        import validate
    finally:
        sys.path.remove(str(DEVSET))
    heldout = REPO / "tests" / "data" / "heldout"
    second = sorted((heldout / "second" / "expected").glob("*.json"))
    assert len(second) == 50
    for path in second:
        article = heldout / "articles" / f"{path.stem}.txt"
        assert article.exists(), path.name
        assert validate.problems_of(article, path) == [], path.name
