"""benchmarks/halves.py: an accuracy run's training figures split into the read and unread halves."""

from __future__ import annotations

import json

from tests.benchmark_scripts import load_script


def _run(counts: dict[str, list[int]]) -> dict:
    return {"per_article": [{"article": stem, "counts": {"ceasefire": c}} for stem, c in counts.items()]}


def test_articles_fall_in_the_half_the_readme_names():
    halves = load_script("halves")
    run = _run({"t005-a": [1, 0, 1], "t100-b": [0, 1, 1], "t485-c": [2, 0, 0], "t490-d": [0, 0, 3]})
    split = halves.by_half(run)
    assert split[("read", "ceasefire")] == [3, 0, 1]
    assert split[("unread", "ceasefire")] == [0, 1, 4]


def test_before_and_after_are_printed_per_half(tmp_path, capsys):
    halves = load_script("halves")
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps(_run({"t005-a": [0, 0, 2], "t100-b": [1, 0, 1]})))
    after.write_text(json.dumps(_run({"t005-a": [2, 0, 0], "t100-b": [1, 0, 1]})))
    assert halves.main([str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "read     ceasefire   0.000 -> 1.000 (2 0 0)  +1.000" in out
    assert "unread   ceasefire   0.667 -> 0.667 (1 0 1)  +0.000" in out


def test_an_unreadable_run_is_a_one_line_error(tmp_path, capsys):
    halves = load_script("halves")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert halves.main([str(bad)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
