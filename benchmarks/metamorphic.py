"""Metamorphic robustness of ``coalition.extract.extract``: each dev-set article is rewritten in
ways whose effect on the facts is known in advance, and the facts of the rewrite are compared
with the original's facts mapped through that effect.

    python benchmarks/metamorphic.py                    # a table per transformation
    python benchmarks/metamorphic.py --articles 001-100 # only these articles
    python benchmarks/metamorphic.py --only currency    # one transformation
    python benchmarks/metamorphic.py --verbose          # and each broken fact with its evidence
    python benchmarks/metamorphic.py --json             # the figures as JSON

No annotation is needed: the original extraction is the reference, so the figures say how much
of what the rules find survives text they were not written against, not whether it is right.

Transformations (in ``benchmarks/rewrites.py``; each a function from an article to a ``Variant``: its edits and the expected
effect on facts; the effects are all in ``Variant.codes`` and ``Variant.currencies``):

- ``currency``: every amount the pipeline finds (``doc.spans["money"]``, values in
  ``doc.user_data["money"]``) is rewritten in another way outlets write the same amount
  ("£1.6bn" -> "1.6 billion pounds" -> "GBP 1.6 billion"; "$500m" -> "500 million dollars";
  "NOK 5bn" -> "5 billion Norwegian kroner"). Ranges are left alone. Effect: none.
- ``country``: one country of a pair of the same kind (Norway/Denmark, Netherlands/Belgium, the
  Baltic states, Canada/Australia, Spain/Italy, Portugal/Greece) that the article names, when
  the other is never named, is replaced by the other in every form the gazetteers give
  (name, short and official name, demonym, plural demonym, capital, parliament, currency code
  or symbol), each form by the other country's form of the same kind. Articles are skipped when
  the country is also named through its people (a name in ``people.tsv``) or a role, or when a
  form has no counterpart of its kind in the other country (The Hague: Brussels is the EU's).
  Effect: the old country's code becomes the new one in every actor, donor, recipient, proposer,
  lead and member, and its currency the other's.
- ``quotes``: straight double quotes become curly and curly straight. Effect: none.
- ``single-quotes``: double-quoted quotes written with single marks, as British outlets do
  (‘…’, supported by ``extract/quotes.py``); quotes holding another quotation mark are left.
  Effect: none.
- ``dashes``: spaced en dashes become unspaced em dashes, em dashes spaced en dashes, spaced
  hyphens spaced en dashes, and a hyphen joining two country forms an en dash ("UK-French" ->
  "UK–French"; not in a name: "Kosiniak-Kamysz", "Secretary-General"), and a hyphen between digits
  an en dash ("2025–26", "€1–2bn"). Effect: none.
- ``spaces``: non-breaking spaces inside amounts ("£1.6\\u00a0bn", "1.6\\u00a0billion",
  "NOK\\u00a05bn"), narrow no-break spaces as thousands separators ("500\\u202f000"), thin
  spaces around spaced dashes. Effect: none.

Facts are compared by a key without evidence offsets, confidence or package indexes: kind,
actor/donor/recipient/proposer codes, amount, maximum, currency, qualifier, period, category,
status, stance and target, mission, speaker, role, quote, scope, duration, coalition name,
leads and members. Strings taken from the text (quote, speaker, role, coalition name) are
mapped through the rewrite's own edits. An article's facts are compared as multisets: a fact
of the original whose mapped key the rewrite does not give is lost; a fact of the rewrite that
no original fact accounts for is gained. Articles a transformation does not change are not
counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


def use_this_checkout() -> None:
    """Import ``coalition`` from this checkout's ``src``, whatever an editable install points at."""
    src = str(REPO / "src")
    if (REPO / "src" / "coalition").is_dir() and sys.path[:1] != [src]:
        sys.path.insert(0, src)


def _accuracy():
    """``benchmarks/accuracy.py``, beside this script, for its article ranges."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    import accuracy

    return accuracy


# The rewrites live beside this script (benchmarks/ is a folder of scripts, not a package).
_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)
import rewrites  # noqa: E402,F401  (the module, for tests and callers that want one rewrite)
from rewrites import (  # noqa: E402
    Variant,
    Skip,
    map_string,
    annotated,
    TRANSFORMATIONS,
)


# --- comparing facts ------------------------------------------------------------------------------

def fact_key(fact: dict, variant: Variant | None = None, original: str = "") -> tuple:
    """A fact without its evidence, mapped through ``variant``'s expected effect when given."""
    codes = variant.codes if variant else {}
    currencies = variant.currencies if variant else {}
    edits = variant.edits if variant else []
    near = (fact.get("evidence") or {}).get("start", 0)

    def code(value):
        return codes.get(value, value) if isinstance(value, str) else value

    def codes_of(values):
        return tuple(sorted(code(v) for v in values or []))

    def text(value):
        return map_string(value, original, edits, near) if variant else value

    kind = fact["kind"]
    if kind == "commitment":
        currency = fact.get("currency")
        return (kind, code(fact.get("donor")), code(fact.get("recipient")), fact.get("amount"),
                fact.get("amount_max"), currencies.get(currency, currency), fact.get("amount_qualifier"),
                fact.get("per"), fact.get("category"), fact.get("status"))
    if kind == "statement":
        return (kind, text(fact.get("speaker")), text(fact.get("role")), code(fact.get("actor")),
                " ".join((text(fact.get("quote")) or "").split()))
    if kind == "stance":
        return (kind, code(fact.get("actor")), fact.get("target"), fact.get("stance"))
    if kind == "participation":
        return (kind, code(fact.get("actor")), fact.get("mission"), fact.get("status"))
    if kind == "ceasefire":
        responses = tuple(sorted((code(r["actor"]), r["response"]) for r in fact.get("responses") or []))
        return (kind, codes_of(fact.get("proposers")), fact.get("duration_days"), tuple(sorted(fact.get("scope") or [])),
                fact.get("status"), responses)
    if kind == "coalition":
        return (kind, text(fact.get("name")), codes_of(fact.get("leads")), codes_of(fact.get("members")), fact.get("size"))
    return (kind,)


@dataclass
class Tally:
    articles: int = 0
    skipped: int = 0
    compared: int = 0
    preserved: int = 0
    lost: int = 0
    gained: int = 0
    broken: list[dict] = field(default_factory=list)
    skips: list[dict] = field(default_factory=list)

    def figures(self) -> dict:
        return {"articles_changed": self.articles, "articles_skipped": self.skipped, "facts_compared": self.compared,
                "facts_preserved": self.preserved, "facts_lost": self.lost, "facts_gained": self.gained,
                "preserved_share": self.preserved / self.compared if self.compared else 1.0}


def compare(original: list[dict], rewritten: list[dict], variant: Variant, text: str) -> tuple[list[dict], list[dict]]:
    """(lost, gained): original facts whose mapped key the rewrite lacks, and rewrite facts unaccounted for."""
    expected = Counter(fact_key(f, variant, text) for f in original)
    got = Counter(fact_key(f) for f in rewritten)
    missing, extra = expected - got, got - expected
    lost, gained = [], []
    for fact in original:
        key = fact_key(fact, variant, text)
        if missing[key] > 0:
            missing[key] -= 1
            lost.append(fact)
    for fact in rewritten:
        key = fact_key(fact)
        if extra[key] > 0:
            extra[key] -= 1
            gained.append(fact)
    return lost, gained


def _facts(nlp, text: str, source: str, published: str | None) -> list[dict]:
    from coalition.extract import extract
    from coalition.model import Article

    result = extract(Article(text=text, source=source, published=published), nlp=nlp)
    return [fact.model_dump(mode="json") for fact in result.facts]


def run(devset_dir: str | Path = DEVSET, *, articles: str | None = None, only: list[str] | None = None) -> dict:
    """Every transformation on every dev-set article (or those in ``articles``' ranges).

    :returns: ``{"articles": N, "transformations": {name: {articles_changed, articles_skipped,
        facts_compared, facts_preserved, facts_lost, facts_gained, preserved_share, broken, skips}}}``;
        ``broken`` lists each lost or gained fact with its article and evidence sentence.
    """
    from coalition.extract.pipeline import load_pipeline

    accuracy = _accuracy()
    nlp = load_pipeline(False, False)
    ranges = accuracy.article_ranges(articles) if articles else None
    pairs, _ = accuracy.devset_pairs(Path(devset_dir), ranges)
    names = only or list(TRANSFORMATIONS)
    tallies = {name: Tally() for name in names}
    for article_path, expected_path in pairs:
        text = article_path.read_text(encoding="utf-8")
        published = json.loads(expected_path.read_text(encoding="utf-8")).get("published")
        original = _facts(nlp, text, str(article_path), published)
        doc = annotated(nlp, text)
        for name in names:
            tally = tallies[name]
            function = TRANSFORMATIONS[name]
            variant = function(text, doc, original) if name == "country" else function(text, doc)
            if isinstance(variant, Skip):
                tally.skipped += 1
                tally.skips.append({"article": article_path.stem, "reason": variant.reason})
                continue
            if variant is None or variant.text == text:
                continue
            rewritten = _facts(nlp, variant.text, str(article_path), published)
            lost, gained = compare(original, rewritten, variant, text)
            tally.articles += 1
            tally.compared += len(original)
            tally.lost += len(lost)
            tally.gained += len(gained)
            tally.preserved += len(original) - len(lost)
            for how, facts, source in (("lost", lost, text), ("gained", gained, variant.text)):
                for fact in facts:
                    tally.broken.append({"article": article_path.stem, "how": how, "note": variant.note,
                                         "fact": _short(fact), "evidence": _evidence(fact)})
    return {
        "devset": str(devset_dir),
        "articles": len(pairs),
        "transformations": {name: {**t.figures(), "broken": t.broken, "skips": t.skips} for name, t in tallies.items()},
    }


# --- output ---------------------------------------------------------------------------------------

def _short(fact: dict) -> str:
    return _accuracy()._short(fact)


def _evidence(fact: dict) -> str:
    return " ".join(((fact.get("evidence") or {}).get("text") or "").split())


def print_table(figures: dict) -> None:
    print(f"dev set: {figures['articles']} articles ({figures['devset']})")
    print()
    print(f"{'transformation':<15}{'changed':>8}{'skipped':>8}{'compared':>9}{'preserved':>10}{'%':>7}{'lost':>6}{'gained':>7}")
    for name, t in figures["transformations"].items():
        print(f"{name:<15}{t['articles_changed']:>8}{t['articles_skipped']:>8}{t['facts_compared']:>9}"
              f"{t['facts_preserved']:>10}{100 * t['preserved_share']:>7.1f}{t['facts_lost']:>6}{t['facts_gained']:>7}")
    print("(changed: articles the transformation rewrote; skipped: articles it would change but leaves, "
          "see --verbose; compared: the original facts of the changed articles)")


def print_details(figures: dict) -> None:
    for name, t in figures["transformations"].items():
        if not t["broken"] and not t["skips"]:
            continue
        print()
        print(f"== {name}")
        for b in t["broken"]:
            note = f" ({b['note']})" if b["note"] else ""
            print(f"  {b['article']}{note} {b['how']:<6} {b['fact']}")
            print(f"      from: {b['evidence']}")
        for s in t["skips"]:
            print(f"  {s['article']} skipped: {s['reason']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="examples:\n  python benchmarks/metamorphic.py\n  python benchmarks/metamorphic.py --articles 001-100 "
               "--only currency,country --verbose\n  python benchmarks/metamorphic.py --json > metamorphic.json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", type=Path, default=DEVSET, help="dev-set directory (default: %(default)s)")
    parser.add_argument("--articles", metavar="RANGES", help="only these ranges of article ids: 001-100, 133-152")
    parser.add_argument("--only", metavar="NAMES",
                        help=f"only these transformations, comma-separated ({', '.join(TRANSFORMATIONS)})")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list each lost or gained fact with its evidence sentence, and each skipped article")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    only = [n.strip() for n in args.only.split(",") if n.strip()] if args.only else None
    unknown = [n for n in only or [] if n not in TRANSFORMATIONS]
    if unknown:
        parser.error(f"--only: unknown transformation(s) {', '.join(unknown)}; known: {', '.join(TRANSFORMATIONS)}")
    use_this_checkout()
    figures = run(args.devset, articles=args.articles, only=only)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        print_table(figures)
        if args.verbose:
            print_details(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
