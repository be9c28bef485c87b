"""How far two human annotators agree, under the accuracy gate's own matching rules: the
ceiling an extractor can be expected to reach, per fact kind.

    python benchmarks/agreement.py SECOND                  # SECOND/expected/*.json against the dev set's
    python benchmarks/agreement.py SECOND --devset DIR     # against another set's expected files
    python benchmarks/agreement.py SECOND --verbose        # and each article's disagreements

``SECOND`` holds a second, blind annotation (``expected/NNN-slug.json``, same shape) of some of
the set's articles, made by someone who never saw the first. For those articles the script
prints three comparisons, each with the first annotation (the set's own) as the reference
unless said otherwise, matched exactly as ``benchmarks/accuracy.py`` matches (its docstring
has the rules):

- second annotator vs first: the agreement of two people;
- extractor vs first: the figure ``accuracy.py`` gives on these articles;
- extractor vs second: the same extractor against the other person.

Precision and recall swap when the roles of the two annotators swap, except that
sub-allocations and running totals count only on the reference side; F1 is close to symmetric.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import accuracy  # noqa: E402  (the gate's matching rules, one copy)


def _tallies(with_coalitions: bool) -> dict[str, accuracy.Tally]:
    return {kind: accuracy.Tally() for kind in accuracy.KINDS if kind != "coalition" or with_coalitions}


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise SystemExit(f"error: {path}: unreadable expected file ({error})") from error


def compare(devset: Path, second: Path) -> dict:
    """The three comparisons over the articles both annotations cover."""
    accuracy.use_this_checkout()
    from coalition.extract import extract
    from coalition.extract.pipeline import load_pipeline
    from coalition.model import Article

    stems = sorted({p.stem for p in (second / "expected").glob("*.json")}
                   & {p.stem for p in (devset / "expected").glob("*.json")})
    if not stems:
        raise SystemExit(f"error: {second / 'expected'}: no expected file shares a name with {devset / 'expected'}")
    nlp = load_pipeline(False, False)
    pairs = {name: _tallies(True) for name in ("second vs first", "extractor vs first", "extractor vs second")}
    reports: list[tuple[str, accuracy.ArticleReport]] = []
    for stem in stems:
        first = _load(devset / "expected" / f"{stem}.json")
        other = _load(second / "expected" / f"{stem}.json")
        text = (devset / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        result = extract(Article(text=text, source=stem, published=first.get("published")), nlp=nlp)
        extracted = [fact.model_dump(mode="json") for fact in result.facts]
        report = accuracy.ArticleReport(article=stem, distractor=bool(first.get("distractor")))
        accuracy.match_article(first.get("facts", []), other.get("facts", []), pairs["second vs first"], report)
        reports.append((stem, report))
        accuracy.match_article(first.get("facts", []), extracted, pairs["extractor vs first"],
                               accuracy.ArticleReport(article=stem, distractor=False))
        accuracy.match_article(other.get("facts", []), extracted, pairs["extractor vs second"],
                               accuracy.ArticleReport(article=stem, distractor=False))
    return {"articles": stems,
            "pairs": {name: {kind: t.figures() for kind, t in tallies.items()} for name, tallies in pairs.items()},
            "reports": reports}


def print_figures(figures: dict) -> None:
    print(f"{len(figures['articles'])} articles annotated twice")
    print()
    names = list(figures["pairs"])
    print(f"{'kind':<12}" + "".join(f"{name:>26}" for name in names))
    print(f"{'':<12}" + "".join(f"{'P / R / F1':>26}" for _ in names))
    for kind in figures["pairs"][names[0]]:
        cells = []
        for name in names:
            v = figures["pairs"][name][kind]
            cells.append(f"{v['precision']:.3f} / {v['recall']:.3f} / {v['f1']:.3f}")
        print(f"{kind:<12}" + "".join(f"{c:>26}" for c in cells))


def print_disagreements(figures: dict) -> None:
    for stem, report in figures["reports"]:
        if not report.misses and not report.false_positives:
            continue
        print(f"\n== {stem}")
        for fact in report.misses:
            print(f"  first only   {accuracy._short(fact)}")
        for fact in report.false_positives:
            print(f"  second only  {accuracy._short(fact)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", type=Path, help="directory with the second annotation's expected/ files")
    parser.add_argument("--devset", type=Path, default=accuracy.DEVSET, help="the set with the first annotation")
    parser.add_argument("--verbose", "-v", action="store_true", help="print each article's disagreements")
    args = parser.parse_args(argv)
    figures = compare(args.devset, args.second)
    print_figures(figures)
    if args.verbose:
        print_disagreements(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
