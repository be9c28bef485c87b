"""The source preparation of benchmarks/compiled_experiment.py: what it strips, keeps and leaves out.

The compiling itself takes ten minutes and mypyc, so it is not run here; the prepared copy is run
interpreted, which is what tells whether the preparation changed any behaviour.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_script

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def script():
    return load_script("compiled_experiment")


def _unannotated(script, source: str) -> str:
    tree = script._Unannotate().visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))


def test_function_annotations_go_and_class_fields_stay_fields(script):
    out = _unannotated(script, (
        "from dataclasses import dataclass\n"
        "@dataclass\nclass Row:\n    name: str\n    size: int = 0\n"
        "    def width(self, k: int, *more: str, flag: bool = False, **kw: int) -> tuple[int, ...]:\n"
        "        seen: list[str] = []\n        total: int\n        return (k,)\n"
        "def top(x: list[int]) -> int:\n    y: int = 1\n    return y\n"))
    assert "name: object" in out and "size: object = 0" in out
    assert "def width(self, k, *more, flag=False, **kw):" in out
    assert "seen = []" in out and "total: int" not in out
    assert "def top(x):" in out and "y = 1" in out


def test_a_property_returns_object(script):
    out = _unannotated(script, "class A:\n    @property\n    def on(self) -> bool:\n        return True\n")
    assert "def on(self) -> object:" in out


def test_prepare_leaves_the_interpreted_modules_out(script, tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(REPO / "src", copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    modules = script.prepare(copy)
    names = {Path(m).name for m in modules}
    assert not names & script.INTERPRETED
    assert "commitments.py" in names and "ceasefire_triggers.py" in names
    assert len(modules) == len(list((copy / "coalition" / "extract").glob("*.py"))) - len(script.INTERPRETED)
    # every rewrite found the code it replaces: a rewrite that no longer matches would let the
    # compiler meet the construct again
    extract = copy / "coalition" / "extract"
    text = "\n".join(p.read_text(encoding="utf-8") for p in extract.glob("*.py"))
    for old, new in script.REWRITES:
        assert old not in text
        assert new in text
    assert "__file__" not in text


def test_the_prepared_copy_gives_the_same_facts(script, tmp_path):
    copy = tmp_path / "src"
    shutil.copytree(REPO / "src", copy, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    script.prepare(copy)
    articles = tmp_path / "articles"
    articles.mkdir()
    for p in sorted((REPO / "tests" / "data" / "devset" / "articles").glob("*.txt"))[:12]:
        shutil.copy(p, articles / p.name)
    runs = [script.time_copy(src, articles, passes=0) for src in (REPO / "src", copy)]
    assert runs[0]["articles"] == runs[1]["articles"] == 12
    assert runs[0]["facts"] == runs[1]["facts"]
    assert runs[0]["compiled"] == runs[1]["compiled"] == 0  # nothing was built: both ran plain Python
