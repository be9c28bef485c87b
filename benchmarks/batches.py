"""How each batch of a set is written, beside how the extractor does on it.

    python benchmarks/accuracy.py --devset tests/data/heldout --no-statistical --no-stances --json > run.json
    python benchmarks/batches.py run.json                         # the batches the set's README lists
    python benchmarks/batches.py run.json --batch h01-h20 --batch h145-h156

Reads one ``accuracy.py --json`` run (its ``devset`` names the set) and, per batch of article ids,
prints what the annotation holds and how the run did, without printing any article text:

- ``sent``      mean words per sentence of the articles;
- ``st/a``      stances and participations annotated per article;
- ``cue``       the share of them whose evidence holds a stance cue of the rules' own vocabulary
                (``positions.json`` ``stance_verbs``, as whole words, in any of its five values);
- ``R cue`` / ``R none``  the run's stance recall on those with a cue and on those without;
- ``empty``     the share of missed stances from whose evidence the run gave no stance at all;
- ``cm/a``, ``amt``  commitments annotated per article, and the share with an amount;
- ``cm F1``, ``st F1``  the run's F1 on the batch.

The question it answers: is a batch the extractor does badly on one whose writer tells positions
without the words the rules look for (low ``cue``), or one where even sentences with such a word go
unread (low ``R cue``)? It reads the set's expected files to count; it changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

from accuracy import article_ranges, in_ranges  # noqa: E402

# The batches as each set's README tells them (who wrote which articles, and when).
BATCHES = {
    "heldout": ["h01-h20", "h21-h40", "h61-h80", "h81-h100", "h125-h134", "h135-h144", "h145-h156",
                "h157-h166", "h167-h176", "h177-h186", "h187-h196"],
    "devset": ["1-132", "133-152", "153-192", "193-430", "431-454", "455-494"],
}
STANCE_KINDS = ("stance", "participation")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def cue_phrases() -> list[str]:
    from coalition.extract.context import vocab

    verbs = vocab("positions")["stance_verbs"]
    return sorted({p.lower() for value in ("conditional", "open", "considering", "oppose", "support")
                   for p in verbs[value]}, key=len, reverse=True)


def _words(text: str) -> str:
    return " " + " ".join(re.sub(r"[^\w'’]+", " ", text.lower()).split()) + " "


def has_cue(text: str, cues: list[str]) -> bool:
    padded = _words(text)
    return any(" " + cue + " " in padded for cue in cues)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def _f1(tp: int, fp: int, fn: int) -> str:
    return f"{2 * tp / (2 * tp + fp + fn):.2f}" if tp + fp + fn else "-"


def profile(devset: Path, run: dict, batch: str, cues: list[str]) -> dict | None:
    """The figures of one batch (``"h01-h20"``), or None when the run has none of its articles."""
    ranges = article_ranges(batch)
    per_article = [a for a in run["per_article"] if in_ranges(a["article"], ranges)]
    if not per_article:
        return None
    words = sentences = 0
    stances = with_cue = found_cue = found_none = commitments = with_amount = misses = empty = 0
    tally = {"commitment": [0, 0, 0], "stance": [0, 0, 0]}
    for art in per_article:
        text = (devset / "articles" / f"{art['article']}.txt").read_text(encoding="utf-8")
        for sentence in SENTENCE_END.split(text):
            if sentence.strip():
                sentences += 1
                words += len(sentence.split())
        for kind in tally:
            for i, n in enumerate(art["counts"][kind]):
                tally[kind][i] += n
        missed = [" ".join(m["evidence"]["text"].split()) for m in art["misses"] if m["kind"] == "stance"]
        for i, m in enumerate(art["misses"]):
            if m["kind"] == "stance":
                misses += 1
                empty += not any(g["kind"] in STANCE_KINDS for g in art["near"].get(str(i), []))
        expected = json.loads((devset / "expected" / f"{art['article']}.json").read_text(encoding="utf-8"))
        for fact in expected["facts"]:
            if fact["kind"] in STANCE_KINDS:
                evidence = " ".join(fact["evidence"]["text"].split())
                cue = has_cue(evidence, cues)
                stances += 1
                with_cue += cue
                if evidence in missed:
                    missed.remove(evidence)
                elif cue:
                    found_cue += 1
                else:
                    found_none += 1
            elif fact["kind"] == "commitment":
                commitments += 1
                with_amount += fact.get("amount") is not None
    n = len(per_article)
    return {
        "batch": batch, "articles": n, "sent": round(words / max(sentences, 1), 1),
        "st/a": round(stances / n, 1), "cue": _share(with_cue, stances),
        "R cue": _share(found_cue, with_cue), "R none": _share(found_none, stances - with_cue),
        "empty": _share(empty, misses), "cm/a": round(commitments / n, 1),
        "amt": _share(with_amount, commitments),
        "cm F1": _f1(*tally["commitment"]), "st F1": _f1(*tally["stance"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", type=Path, help="the output of benchmarks/accuracy.py --json")
    parser.add_argument("--batch", action="append", metavar="RANGE",
                        help="a batch of article ids (h01-h20, 133-152); repeatable; default: the "
                        "set's batches as its README lists them")
    args = parser.parse_args(argv)
    try:
        run = json.loads(args.run.read_text(encoding="utf-8"))
        devset = Path(run["devset"])
    except (OSError, ValueError, KeyError) as error:
        print(f"error: {args.run}: not an accuracy.py --json run ({error})", file=sys.stderr)
        return 1
    if not devset.is_absolute():
        devset = REPO / devset
    cues = cue_phrases()
    batches = args.batch or BATCHES["heldout" if devset.name == "heldout" else "devset"]
    rows = [row for b in batches if (row := profile(devset, run, b, cues)) is not None]
    if not rows:
        print(f"error: {args.run}: none of the batches {', '.join(batches)} is in the run", file=sys.stderr)
        return 1
    columns = list(rows[0])
    print("  ".join(f"{c:>9}" for c in columns))
    for row in rows:
        print("  ".join(f"{row[c]!s:>9}" for c in columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
