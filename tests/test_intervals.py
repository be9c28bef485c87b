"""benchmarks/intervals.py: bootstrap intervals over articles, on runs of the real extractor over
dev-set articles and on counts whose answer is known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_script

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


@pytest.fixture(scope="module")
def accuracy():
    return load_script("accuracy")


@pytest.fixture(scope="module")
def intervals():
    return load_script("intervals")


@pytest.fixture(scope="module")
def run(accuracy):
    return accuracy.evaluate(DEVSET, articles="001-030")


def _articles(counts: list[tuple[int, int, int]], kind: str = "commitment") -> list[dict]:
    return [{"article": f"{i:03d}", "counts": {kind: list(c)}} for i, c in enumerate(counts)]


def test_per_article_counts_add_up_to_the_totals(run):
    for kind, v in run["kinds"].items():
        summed = [sum(a["counts"][kind][k] for a in run["per_article"]) for k in range(3)]
        assert summed == [v["tp"], v["fp"], v["fn"]], kind


def test_the_interval_holds_the_figure_and_has_width(run, intervals):
    v = run["kinds"]["commitment"]
    lo, hi = intervals.f1_interval(run["per_article"], "commitment")
    assert lo <= v["f1"] <= hi
    assert hi - lo > 0.01  # 30 articles do not pin an F1 down to a hundredth


def test_articles_all_alike_leave_no_spread(intervals):
    lo, hi = intervals.f1_interval(_articles([(3, 1, 1)] * 40), "commitment")
    assert lo == hi == pytest.approx(0.75)


def test_the_same_run_twice_has_changed_nothing(run, intervals):
    for kind in run["kinds"]:
        assert intervals.difference_interval(run["per_article"], run["per_article"], kind) == (0, 0, 0)


def test_a_gain_on_every_article_is_more_than_chance(intervals):
    before = _articles([(2, 2, 2), (1, 1, 3), (3, 2, 1)] * 20)
    after = _articles([(3, 1, 1), (2, 0, 2), (4, 1, 0)] * 20)
    change, lo, hi = intervals.difference_interval(after, before, "commitment")
    assert change > 0 and lo > 0


def test_one_article_of_sixty_moving_is_within_chance(intervals):
    before = _articles([(2, 1, 1), (1, 2, 2), (3, 0, 1)] * 20)
    after = [dict(a) for a in before]
    after[7] = {"article": after[7]["article"], "counts": {"commitment": [3, 0, 0]}}
    change, lo, hi = intervals.difference_interval(after, before, "commitment")
    assert change > 0 and lo <= 0 <= hi


def test_only_shared_articles_are_compared(intervals):
    before = _articles([(1, 0, 0)] * 5)
    with pytest.raises(ValueError, match="share no article"):
        intervals.difference_interval([{"article": "x", "counts": {}}], before, "commitment")


def test_a_baseline_without_counts_is_a_one_line_error(accuracy, tmp_path):
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"kinds": {}, "per_article": [{"article": "001"}]}), encoding="utf-8")
    with pytest.raises(SystemExit, match="old.json: not an accuracy.py --json output"):
        accuracy.load_baseline(old)
    with pytest.raises(SystemExit, match="missing.json: cannot read it"):
        accuracy.load_baseline(tmp_path / "missing.json")


def test_the_script_prints_the_change_against_a_saved_run(accuracy, run, tmp_path, capsys):
    saved = tmp_path / "before.json"
    saved.write_text(json.dumps(run), encoding="utf-8")
    accuracy.main(["--articles", "001-030", "--no-statistical", "--no-stances", "--baseline", str(saved)])
    out = capsys.readouterr().out
    assert "95% interval" in out
    assert "change against" in out and "within chance" in out
