"""Peak memory of ``coalition ingest`` on 2,000 and 20,000 articles (issue 3's memory target).

    python benchmarks/memory.py              # 2,000 and 20,000 articles
    python benchmarks/memory.py --scale 0.25 # 500 and 5,000: a quicker run, same ratio of sizes

Writes two JSON Lines files into a temporary directory, made from the dev-set
articles with small variations (paragraph order rotated, a numbered dateline
added, the publication date shifted) so that every article has its own text and
none is skipped as a duplicate. Each file is ingested into a fresh SQLite
database by ``coalition ingest FILE --db <tmp>.db`` in a fresh child process;
the peak resident set size of that child is read with
``resource.getrusage(RUSAGE_CHILDREN)`` in a small wrapper process, so that
nothing else is counted. Prints both peaks, their ratio (target: the larger
run needs at most 1.5 times the memory of the smaller) and how long each run
took.

The readers refuse files larger than ``coalition.read.DEFAULT_MAX_BYTES``. When
a generated file is larger, the script says so and writes the articles as a
directory of JSON Lines files, each under that limit, and ingests the
directory instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


def use_this_checkout() -> None:
    """Import ``coalition`` from this checkout's ``src``, whatever an editable install points at."""
    src = str(REPO / "src")
    if (REPO / "src" / "coalition").is_dir() and sys.path[:1] != [src]:
        sys.path.insert(0, src)
SIZES = (2_000, 20_000)
TARGET_RATIO = 1.5

# Runs in a fresh interpreter: starts one ingest, waits, and reports the child's peak RSS.
_WRAPPER = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"returncode": done.returncode, "maxrss_kb": usage.ru_maxrss,
                  "seconds": time.perf_counter() - start,
                  "stdout": done.stdout[-2000:], "stderr": done.stderr[:2000]}))
"""


def devset_texts(devset: Path = DEVSET) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((devset / "articles").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {devset / 'articles'}")
    return texts


def variant(text: str, i: int) -> str:
    """Article ``text`` made distinct for copy number ``i``: body paragraphs rotated, a dateline added."""
    head, _, body = text.partition("\n\n")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    if len(paragraphs) > 1:
        k = i % len(paragraphs)
        paragraphs = paragraphs[k:] + paragraphs[:k]
    dateline = f"Dispatch {i + 1} from the news desk."
    return "\n\n".join([head, dateline, *paragraphs])


def records(texts: list[str], n: int):
    start = dt.date(2024, 1, 1)
    for i in range(n):
        yield {
            "id": f"bench-{i + 1}",
            "title": texts[i % len(texts)].partition("\n")[0],
            "text": variant(texts[i % len(texts)], i),
            "published": (start + dt.timedelta(days=i % 700)).isoformat(),
            "outlet": "benchmark",
        }


def write_input(texts: list[str], n: int, directory: Path, max_bytes: int) -> tuple[Path, int, bool]:
    """Write ``n`` articles; returns (path to ingest, total bytes, whether it was split into parts)."""
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records(texts, n)]
    total = sum(len(line.encode("utf-8")) for line in lines)
    if total <= max_bytes:
        path = directory / f"articles-{n}.jsonl"
        path.write_text("".join(lines), encoding="utf-8")
        return path, total, False
    parts = directory / f"articles-{n}"
    parts.mkdir()
    limit = max_bytes * 9 // 10
    chunk: list[str] = []
    size = 0
    number = 0
    for line in lines + [None]:
        encoded = 0 if line is None else len(line.encode("utf-8"))
        if line is None or (chunk and size + encoded > limit):
            number += 1
            (parts / f"part-{number:03d}.jsonl").write_text("".join(chunk), encoding="utf-8")
            chunk, size = [], 0
        if line is not None:
            chunk.append(line)
            size += encoded
    return parts, total, True


def coalition_command() -> list[str]:
    exe = shutil.which("coalition")
    if exe:
        return [exe]
    return [sys.executable, "-c", "from coalition.cli import cli; cli()"]


def measure(path: Path, db: Path) -> dict:
    command = [*coalition_command(), "ingest", str(path), "--db", str(db), "--no-progress"]
    # The child imports coalition from this checkout, as this script does.
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO / "src"), env.get("PYTHONPATH")) if p)
    done = subprocess.run([sys.executable, "-c", _WRAPPER, *command], capture_output=True, text=True, check=True,
                          env=env)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply both sizes (default 1: 2,000 and 20,000 articles)")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="dev-set directory (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and print its path")
    args = parser.parse_args(argv)
    use_this_checkout()

    from coalition.read import DEFAULT_MAX_BYTES

    sizes = [max(1, round(n * args.scale)) for n in SIZES]
    texts = devset_texts(args.devset)
    tmp = Path(tempfile.mkdtemp(prefix="coalition-memory-"))
    print(f"{len(texts)} dev-set articles as templates; working in {tmp}")
    results = []
    try:
        for n in sizes:
            path, total, split = write_input(texts, n, tmp, DEFAULT_MAX_BYTES)
            note = ""
            if split:
                note = (f" (over the readers' {DEFAULT_MAX_BYTES / 1e6:.0f} MB file limit as one file:"
                        f" ingested as a directory of {len(list(path.iterdir()))} parts)")
            print(f"{n:>7,} articles, {total / 1e6:.1f} MB of JSON Lines{note}; ingesting ...", flush=True)
            run = measure(path, tmp / f"coalition-{n}.db")
            run.update(articles=n, megabytes=total / 1e6, split=split)
            results.append(run)
            print(f"        peak RSS {run['maxrss_kb'] / 1024:7.1f} MiB   {run['seconds']:7.1f} s"
                  f"   ({n / run['seconds']:.1f} articles/s)   exit status {run['returncode']}")
            summary = run["stdout"].strip().splitlines()
            print(f"        coalition ingest: {summary[-1] if summary else '(no summary)'}")
            errors = [line for line in run["stderr"].splitlines() if line.startswith("error:")]
            if errors:
                # Exit status 1 means some articles failed and the rest were stored: the
                # memory figure still holds, but the failures are worth a look.
                print(f"        first failure: {errors[0]}")
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    small, large = results
    ratio = large["maxrss_kb"] / small["maxrss_kb"]
    met = "met" if ratio <= TARGET_RATIO else "NOT met"
    print()
    print(f"peak RSS {small['articles']:,} articles: {small['maxrss_kb'] / 1024:.1f} MiB")
    print(f"peak RSS {large['articles']:,} articles: {large['maxrss_kb'] / 1024:.1f} MiB")
    print(f"ratio {large['articles']:,}/{small['articles']:,}: {ratio:.2f}x   (target <= {TARGET_RATIO}x: {met})")
    print(f"time: {small['seconds']:.0f} s and {large['seconds']:.0f} s")
    if any(r["returncode"] not in (0, 1) or not r["stdout"].strip() for r in results):
        print("warning: an ingest run did not finish; see above")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
