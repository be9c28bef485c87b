"""The training set's figures by half: the articles rules were written against, and the ones no
rule writer has read.

    python benchmarks/accuracy.py --devset tests/data/training --no-statistical --no-stances --json > before.json
    # ... change the rules ...
    python benchmarks/accuracy.py --devset tests/data/training --no-statistical --no-stances --json > after.json
    python benchmarks/halves.py before.json after.json     # F1 per kind and half, before -> after
    python benchmarks/halves.py after.json                 # one run's F1 per kind and half

A rule that moves only the read half fixed what it was written against; what it does for text it was
not written for is the unread half's change. ``READ`` lists the read halves as the training set's
README tells them; every other article of the set is unread. It reads ``accuracy.py --json`` runs
only (the per-article counts), no article text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from accuracy import article_ranges, in_ranges  # noqa: E402

# The halves rules were written against (tests/data/training/README.md).
READ = "t1-t90,t181-t270,t361-t390,t481-t486,t493-t498"
KINDS = ("commitment", "statement", "stance", "ceasefire", "coalition")


def by_half(run: dict, read: str = READ) -> dict[tuple[str, str], list[int]]:
    """(half, kind) -> [tp, fp, fn] summed over the run's articles."""
    ranges = article_ranges(read)
    out: dict[tuple[str, str], list[int]] = {}
    for article in run["per_article"]:
        half = "read" if in_ranges(article["article"], ranges) else "unread"
        for kind, counts in article["counts"].items():
            total = out.setdefault((half, kind), [0, 0, 0])
            for i in range(3):
                total[i] += counts[i]
    return out


def f1(counts: list[int]) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp or fp or fn else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("runs", nargs="+", type=Path, metavar="RUN.json",
                        help="one run, or a run before and a run after a change")
    parser.add_argument("--read", default=READ, help=f"the read halves as id ranges (default: {READ})")
    args = parser.parse_args(argv)
    if len(args.runs) > 2:
        parser.error("give one run, or two (before and after)")
    try:
        runs = [by_half(json.loads(p.read_text(encoding="utf-8")), args.read) for p in args.runs]
    except (OSError, ValueError, KeyError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{'half':8} {'kind':11} " + ("F1 (tp fp fn)" if len(runs) == 1 else "F1 before -> after (tp fp fn after)"))
    for half in ("read", "unread"):
        for kind in KINDS:
            after = runs[-1].get((half, kind))
            if after is None:
                continue
            figures = f"{f1(after):.3f} ({after[0]} {after[1]} {after[2]})"
            if len(runs) == 2:
                before = runs[0].get((half, kind), [0, 0, 0])
                figures = f"{f1(before):.3f} -> {figures}  {f1(after) - f1(before):+.3f}"
            print(f"{half:8} {kind:11} {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
