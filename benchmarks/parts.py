"""How well the extractor ties sub-allocations to their packages (``part_of``), which the gate does not score.

    python benchmarks/parts.py                              # the dev set
    python benchmarks/parts.py --devset tests/data/heldout  # the held-out set
    python benchmarks/parts.py --articles 455-494           # one batch

The accuracy gate counts an extracted sum that matches an expected sub-allocation as neither right
nor wrong, and never looks at an extracted fact's ``part_of``. A tracker that adds up packages needs
it: a slice read as a package of its own is money counted twice. For every extracted commitment whose
donor, currency and amount (within 2%) match an expected commitment, this prints how often both,
only the expectation, or only the extraction make it a part, and, where both do, how often the
extracted package is the expected one (same currency, amount within 2%).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import accuracy  # noqa: E402

TOLERANCE = 0.02


def _same_sum(a_amount, a_currency, b_amount, b_currency) -> bool:
    return bool(a_amount and b_amount and a_currency == b_currency and abs(a_amount - b_amount) <= TOLERANCE * a_amount)


def tally_article(expected: dict, extracted: list[dict], counts: dict[str, int]) -> None:
    """Add one article's counts: ``both``, ``right_package``, ``expected_only``, ``extracted_only``."""
    wanted = [f for f in expected.get("facts", []) if f["kind"] == "commitment" and f.get("amount")]
    for got in extracted:
        if got["kind"] != "commitment" or not got.get("amount"):
            continue
        match = next((w for w in wanted if w.get("donor") == got.get("donor")
                      and _same_sum(w["amount"], w.get("currency"), got["amount"], got.get("currency"))), None)
        if match is None:
            continue
        want_part, got_part = match.get("part_of") is not None, got.get("part_of") is not None
        if want_part and got_part:
            counts["both"] += 1
            package, found = expected["facts"][match["part_of"]], extracted[got["part_of"]]
            counts["right_package"] += _same_sum(package.get("amount"), package.get("currency"),
                                                 found.get("amount"), found.get("currency"))
        elif want_part:
            counts["expected_only"] += 1
        elif got_part:
            counts["extracted_only"] += 1


def measure(devset: Path, articles: str | None = None) -> dict[str, int]:
    from coalition.extract import extract
    from coalition.model import Article

    counts = dict.fromkeys(("both", "right_package", "expected_only", "extracted_only"), 0)
    pairs, _ = accuracy.devset_pairs(devset, accuracy.article_ranges(articles) if articles else None)
    for article_path, expected_path in pairs:
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        article = Article(text=article_path.read_text(encoding="utf-8"), source=str(article_path),
                          published=expected.get("published"))
        result = extract(article)
        tally_article(expected, [f.model_dump(mode="json") for f in result.facts], counts)
    counts["articles"] = len(pairs)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devset", type=Path, default=accuracy.DEVSET, help="set directory (default: %(default)s)")
    parser.add_argument("--articles", metavar="RANGES", help="only these ranges of article ids: 455-494, h01-h20")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    counts = measure(args.devset, args.articles)
    if args.json:
        print(json.dumps(counts))
        return 0
    print(f"{counts['articles']} articles; extracted sums that match an expected one:")
    print(f"  a part in both         {counts['both']:5}   (of the expected package: {counts['right_package']})")
    print(f"  a part only as expected {counts['expected_only']:4}   (read as a package of its own)")
    print(f"  a part only as extracted {counts['extracted_only']:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
