"""Experiment: would compiling the rules with mypyc bring extraction near the speed targets (issue 3)?

    pip install mypy==1.15.0 setuptools
    python benchmarks/compiled_experiment.py                # about 10 min of compiling on one core
    python benchmarks/compiled_experiment.py --keep /tmp/c  # keep the compiled copy to look at

The stage timing in the README puts the fact finders at about ten floors, the tokenizer and the
pipeline's components at about three: the targets need the finders many times faster, which no tuning
of Python gives. mypyc compiles type-annotated Python modules to C extensions, and the machine has gcc
and Python's headers, so it is the cheapest compiled pass there is: the rules stay as they are.

What this script does, on a copy of ``src`` in a temporary folder (the checkout is never touched):

1. strips every function's annotations (argument, return and local variable ones) and reads every
   annotated name of a class body (a dataclass's fields) as ``object``. With them, mypyc checks each annotated type at run time, and this code's annotations
   were written for readers, not for a checker: ``mypy`` reports about 190 errors in ``extract``, and
   a compiled run stopped on a list passed where ``tuple[str, ...]`` is written. mypyc also drops
   code that mypy finds unreachable, which on wrong annotations is live code (a compiled
   ``build_pipeline`` returned None). Unannotated, everything is ``object`` and runs as written;
   a property gets ``-> object``, which mypyc requires;
2. rewrites what this mypyc cannot run: ``vars(self)`` (compiled classes have no ``__dict__``) and
   ``__file__``, which a module of a compiled group does not have at import. (``people.py``'s
   ``x in (None, *NAMES)`` crashed the compiler; it stays Python for another reason, step 3);
3. leaves out of the compiled group, unannotated all the same, the modules that must stay Python:
   ``context.py`` and ``speakers.py`` (they cache on their own objects' ``__dict__``, which a
   compiled class has not), and the modules that register spaCy factories (spaCy reads their
   signatures, which compiled functions have not); the optional readers that import torch keep
   their annotations and stay Python too;
4. compiles the rest (about 250 modules) with ``mypyc`` and times both copies in turn on the dev set
   (best of three warm passes, process time, one core), checking that the facts are identical and
   that the compiled run really ran compiled modules (one early run by hand timed the plain files of
   a copy whose build had not finished).

Found in the twenty-second session: see the README ("Speed and memory") and docs/accuracy-history.md.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXTRACT = "coalition/extract"
# Modules that must stay interpreted (see the docstring, step 3).
INTERPRETED = {"__init__.py", "context.py", "people.py", "pipeline.py", "speakers.py", "stance_encoder.py",
               "stance_tuning.py", "statistical.py", "statistical_stances.py"}
# Of those, the ones that keep their annotations: the others are unannotated like the compiled ones,
# since mypyc reads their annotations too when it compiles the modules that use them (with
# context.py annotated, the compiled ``_Referents`` lost the ``__dict__`` it caches in).
ANNOTATED = {"__init__.py", "stance_encoder.py", "stance_tuning.py", "statistical.py", "statistical_stances.py"}

TIMER = r"""
import hashlib, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
passes = int(sys.argv[3])
import coalition
assert coalition.__file__.startswith(sys.argv[1]), coalition.__file__
from coalition.extract import extract
from coalition.extract.pipeline import load_pipeline
from coalition.model import Article
nlp = load_pipeline()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
digest = hashlib.sha1()
for t in texts:
    r = extract(Article(text=t, source="x"), nlp=nlp)
    digest.update(json.dumps([f.model_dump(mode="json") for f in r.facts], sort_keys=True).encode())
best = float("inf")
for _ in range(passes):
    t0 = time.process_time()
    for t in texts:
        extract(Article(text=t, source="x"), nlp=nlp)
    best = min(best, time.process_time() - t0)
# how many of the modules that ran were compiled: a build still writing its files, or one that put
# them elsewhere, leaves the copy's plain .py files to be imported and timed instead
compiled = sum(1 for name, m in list(sys.modules.items())
               if name.startswith("coalition.") and str(getattr(m, "__file__", "")).endswith(".so"))
print(json.dumps({"seconds": best, "articles": len(texts), "facts": digest.hexdigest(), "compiled": compiled}))
"""


class _Unannotate(ast.NodeTransformer):
    """Function annotations out; a class body's annotated names (dataclass fields) become ``object``."""

    def __init__(self) -> None:
        self.in_class_body = False

    def visit_FunctionDef(self, node):  # noqa: N802 (ast's visitor names)
        is_property = any(
            (isinstance(d, ast.Name) and d.id in ("property", "cached_property"))
            or (isinstance(d, ast.Attribute) and d.attr == "setter")
            for d in node.decorator_list)
        node.returns = ast.Name("object") if is_property else None
        args = node.args
        for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
            if a is not None:
                a.annotation = None
        outer = self.in_class_body
        self.in_class_body = False
        self.generic_visit(node)
        self.in_class_body = outer
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node):  # noqa: N802
        outer = self.in_class_body
        self.in_class_body = True
        self.generic_visit(node)
        self.in_class_body = outer
        return node

    def visit_AnnAssign(self, node):  # noqa: N802
        if self.in_class_body:  # a field stays a field (dataclasses read the annotation), of any type
            if not (isinstance(node.annotation, ast.Name) and node.annotation.id == "ClassVar"):
                node.annotation = ast.Name("object")
            return node
        if node.value is None:
            return ast.Pass()
        return ast.copy_location(ast.Assign(targets=[node.target], value=node.value), node)


REWRITES = (
    ("for name, value in vars(self).items():",
     "for name, value in ((n, getattr(self, n)) for n in ('triggers', 'halt_words', 'halt_objects',"
     " 'qualified_nouns', 'anaphors', 'continuation')):"),
)


def prepare(copy: Path) -> list[str]:
    """Unannotate and rewrite the copy's extract modules; the ones to compile, relative to ``copy``."""
    package = "Path(__import__('coalition.extract', fromlist=['x']).__path__[0]) / 'x'"
    compiled = []
    for path in sorted((copy / EXTRACT).glob("*.py")):
        text = path.read_text(encoding="utf-8")
        for old, new in REWRITES:
            text = text.replace(old, new)
        text = text.replace("Path(__file__)", f"({package})")
        if path.name in ANNOTATED:
            path.write_text(text, encoding="utf-8")
            continue
        tree = _Unannotate().visit(ast.parse(text))
        ast.fix_missing_locations(tree)
        path.write_text("# mypy: ignore-errors\n" + ast.unparse(tree) + "\n", encoding="utf-8")
        if path.name not in INTERPRETED:
            compiled.append(f"{EXTRACT}/{path.name}")
    return compiled


def time_copy(src: Path, articles: Path, passes: int = 3) -> dict:
    """Best process time of ``passes`` warm passes over the articles with the code in ``src``, the
    facts' digest, and how many of the modules that ran were compiled."""
    out = subprocess.run([sys.executable, "-c", TIMER, str(src), str(articles), str(passes)],
                         capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if out.returncode:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        raise SystemExit(f"compiled_experiment: extraction from {src} failed: {last}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build the compiled copy here and keep it")
    parser.add_argument("--articles", type=Path, default=REPO / "tests" / "data" / "devset" / "articles")
    args = parser.parse_args(argv)
    if shutil.which("mypyc") is None:
        print("compiled_experiment: mypyc not found (pip install mypy==1.15.0 setuptools)", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    work = args.keep or Path(tempfile.mkdtemp(prefix="coalition-compiled-"))
    copy = work / "src"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(REPO / "src", copy, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info"))
    modules = prepare(copy)
    print(f"compiling {len(modules)} modules with mypyc (about 10 min)...", file=sys.stderr)
    build = subprocess.run(["mypyc", *modules], cwd=copy, capture_output=True, text=True)
    if build.returncode:
        print(build.stdout[-3000:], build.stderr[-3000:], file=sys.stderr)
        print("compiled_experiment: mypyc failed (its output above)", file=sys.stderr)
        return 1
    rows = []
    for _ in range(2):  # in turn, so that a busy minute slows both
        for name, src in (("interpreted", REPO / "src"), ("compiled", copy)):
            row = time_copy(src, args.articles)
            if (row["compiled"] > 0) != (name == "compiled"):
                raise SystemExit(f"compiled_experiment: the {name} run imported {row['compiled']} compiled modules")
            rows.append((name, row))
    best = {name: min(r["seconds"] for n, r in rows if n == name) for name in ("interpreted", "compiled")}
    same = len({r["facts"] for _, r in rows}) == 1
    n = rows[0][1]["articles"]
    for name in ("interpreted", "compiled"):
        print(f"{name:12s} {best[name]:.2f} s for {n} articles ({1000 * best[name] / n:.2f} ms each)")
    print(f"compiled speed-up: {best['interpreted'] / best['compiled']:.2f}x; "
          f"facts {'identical' if same else 'DIFFERENT'} on all {n} articles")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
