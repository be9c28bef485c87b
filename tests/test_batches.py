"""benchmarks/batches.py: per-batch figures of an accuracy run, on real dev-set files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_script

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


@pytest.fixture(scope="module")
def batches():
    return load_script("batches")


def _stance_article() -> tuple[str, list[dict]]:
    """The first dev article with at least two annotated stances, and its stance facts."""
    for path in sorted((DEVSET / "expected").glob("*.json")):
        facts = [f for f in json.loads(path.read_text(encoding="utf-8"))["facts"] if f["kind"] == "stance"]
        if len(facts) >= 2:
            return path.stem, facts
    raise AssertionError("no dev article with two stances")


def _run(stem: str, misses: list[dict]) -> dict:
    zero = [0, 0, 0]
    return {"devset": str(DEVSET), "per_article": [{
        "article": stem, "distractor": False, "misses": misses, "false_positives": [], "near": {},
        "counts": {"commitment": zero, "statement": zero, "stance": zero, "ceasefire": zero, "coalition": zero},
    }]}


def test_every_stance_missed_gives_no_recall(batches):
    stem, stances = _stance_article()
    row = batches.profile(DEVSET, _run(stem, stances), stem.split("-")[0], batches.cue_phrases())
    assert row["articles"] == 1
    assert row["st/a"] >= 2
    assert row["R cue"] in ("0.00", "-") and row["R none"] in ("0.00", "-")
    assert row["empty"] == "1.00"  # nothing came out of any missed stance's evidence


def test_nothing_missed_is_full_recall(batches):
    stem, _ = _stance_article()
    row = batches.profile(DEVSET, _run(stem, []), stem.split("-")[0], batches.cue_phrases())
    assert row["R cue"] in ("1.00", "-") and row["R none"] in ("1.00", "-")
    assert "1.00" in (row["R cue"], row["R none"])
    assert row["empty"] == "-"


def test_a_cue_is_a_whole_word(batches):
    cues = ["opposes", "ruled out"]
    assert batches.has_cue("Hungary opposes the plan.", cues)
    assert batches.has_cue("Rome has ruled out sending troops", cues)
    assert not batches.has_cue("the motion passed unopposed", ["opposed"])
    assert not batches.has_cue("a rule outlined by Rome", cues)


def test_a_batch_outside_the_run_is_left_out(batches):
    stem, _ = _stance_article()
    assert batches.profile(DEVSET, _run(stem, []), "900-901", batches.cue_phrases()) is None


def test_a_real_run_prints_one_row_per_batch(batches, tmp_path, capsys):
    accuracy = load_script("accuracy")
    stem, _ = _stance_article()
    first = stem.split("-")[0]
    run = accuracy.evaluate(DEVSET, articles=first)
    path = tmp_path / "run.json"
    path.write_text(json.dumps(run), encoding="utf-8")
    assert batches.main([str(path), "--batch", first]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:2] == ["batch", "articles"]
    assert lines[1].split()[:2] == [first, "1"]


def test_not_a_run_is_a_one_line_error(batches, tmp_path, capsys):
    path = tmp_path / "run.json"
    path.write_text("not json", encoding="utf-8")
    assert batches.main([str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: {path}: not an accuracy.py --json run") and "\n" not in err
