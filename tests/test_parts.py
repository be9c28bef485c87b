"""benchmarks/parts.py: the part_of agreement between an annotation and an extraction, on real dev files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_script

DEVSET = Path(__file__).resolve().parent / "data" / "devset"


@pytest.fixture(scope="module")
def parts():
    return load_script("parts")


def _with_parts() -> dict:
    """The first dev expected file with a sub-allocation of a package that has an amount."""
    for path in sorted((DEVSET / "expected").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        facts = data["facts"]
        if any(f["kind"] == "commitment" and f.get("amount") and f.get("part_of") is not None
               and facts[f["part_of"]].get("amount") for f in facts):
            return data
    raise AssertionError("no dev file with a sub-allocation")


def _counts():
    return dict.fromkeys(("both", "right_package", "expected_only", "extracted_only"), 0)


def test_the_annotation_against_itself_agrees(parts):
    data = _with_parts()
    counts = _counts()
    parts.tally_article(data, data["facts"], counts)
    assert counts["both"] >= 1
    assert counts["right_package"] == counts["both"]
    assert counts["expected_only"] == counts["extracted_only"] == 0


def test_an_extraction_without_links_misses_every_part(parts):
    data = _with_parts()
    flat = [{k: v for k, v in f.items() if k != "part_of"} for f in data["facts"]]
    counts = _counts()
    parts.tally_article(data, flat, counts)
    assert counts["both"] == 0 and counts["expected_only"] >= 1


def test_a_link_to_another_package_is_counted_but_not_right(parts):
    data = _with_parts()
    facts = [dict(f) for f in data["facts"]]
    part = next(f for f in facts if f["kind"] == "commitment" and f.get("amount") and f.get("part_of") is not None
                and facts[f["part_of"]].get("amount"))
    facts.append({"kind": "commitment", "amount": 1.0, "currency": "XXX", "donor": None})
    part["part_of"] = len(facts) - 1
    counts = _counts()
    parts.tally_article(data, facts, counts)
    assert counts["both"] >= 1 and counts["right_package"] == counts["both"] - 1


def test_a_run_on_one_article_prints_its_counts(parts, capsys):
    assert parts.main(["--articles", "1"]) == 0
    assert capsys.readouterr().out.startswith("1 articles; extracted sums that match an expected one:")
