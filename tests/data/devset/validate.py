"""Check the dev set's files: every article has an expected file, fields are valid,
and every evidence text is found in its article.

    python tests/data/devset/validate.py                      # the dev set
    python tests/data/devset/validate.py tests/data/heldout   # another set of the same layout
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KINDS = {"commitment", "statement", "stance", "participation", "ceasefire", "coalition"}
CATEGORIES = {"military", "financial", "humanitarian", "troops", "training", "intelligence",
              "logistics", "defence_spending", "other"}
STATUSES = {"announced", "planned", "contracted", "delivered", "considering", "paused",
            "cancelled", "cumulative"}
STANCES = {"support", "oppose", "open", "considering", "conditional"}
PARTICIPATION = {"committed", "considering", "open", "conditional", "declined"}
SCOPES = {"air", "sea", "energy_infrastructure", "land", "full"}
CF_STATUS = {"proposed", "accepted", "rejected", "in_force", "violated"}
STYLES = {"wire", "broadsheet", "press_release", "trade_press", "regional", "blog"}
CODE = re.compile(r"^([A-Z]{3}|EU|NATO|UN|G7|OSCE|IMF|WORLD_BANK|EIB)$")


def problems_of(article: Path, expected: Path) -> list[str]:
    out: list[str] = []
    text = article.read_text(encoding="utf-8")
    squashed = " ".join(text.split())
    data = json.loads(expected.read_text(encoding="utf-8"))
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", str(data.get("published"))):
        out.append("published missing or not YYYY-MM-DD")
    if data.get("outlet_style") not in STYLES:
        out.append(f"outlet_style {data.get('outlet_style')!r}")
    facts = data.get("facts", [])
    for i, fact in enumerate(facts):
        where = f"fact {i} ({fact.get('kind')})"
        kind = fact.get("kind")
        if kind not in KINDS:
            out.append(f"{where}: unknown kind")
            continue
        ev = (fact.get("evidence") or {}).get("text", "")
        if not ev or " ".join(ev.split()) not in squashed:
            out.append(f"{where}: evidence text not found in article: {ev[:60]!r}")
        if kind == "commitment":
            if data.get("distractor"):
                out.append(f"{where}: a distractor has a commitment")
            if fact.get("donor") is not None and not CODE.match(fact["donor"]):
                out.append(f"{where}: donor {fact['donor']!r}")
            if fact.get("category") not in CATEGORIES:
                out.append(f"{where}: category {fact.get('category')!r}")
            if fact.get("status") not in STATUSES:
                out.append(f"{where}: status {fact.get('status')!r}")
            if fact.get("amount") is not None and not fact.get("currency"):
                out.append(f"{where}: amount without currency")
            if fact.get("part_of") is not None and not (0 <= fact["part_of"] < len(facts)):
                out.append(f"{where}: part_of out of range")
        elif kind == "statement":
            quote = fact.get("quote", "")
            if " ".join(quote.split()) not in squashed:
                out.append(f"{where}: quote not found verbatim: {quote[:60]!r}")
            if len(quote.split()) < 5:
                out.append(f"{where}: quote under five words")
        elif kind == "stance":
            if fact.get("stance") not in STANCES or not CODE.match(fact.get("actor") or ""):
                out.append(f"{where}: stance/actor invalid")
        elif kind == "participation":
            if fact.get("status") not in PARTICIPATION or not CODE.match(fact.get("actor") or ""):
                out.append(f"{where}: status/actor invalid")
        elif kind == "ceasefire":
            if not set(fact.get("scope", [])) <= SCOPES or fact.get("status") not in CF_STATUS:
                out.append(f"{where}: scope/status invalid")
    return out


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    root = Path(argv[0]) if argv else HERE
    if not (root / "articles").is_dir():
        print(f"{root}: no articles/ folder here, so not a set of this layout", file=sys.stderr)
        return 2
    articles = sorted((root / "articles").glob("*.txt"))
    bad = 0
    for article in articles:
        expected = root / "expected" / (article.stem + ".json")
        if not expected.exists():
            print(f"{article.name}: no expected file")
            bad += 1
            continue
        try:
            found = problems_of(article, expected)
        except (ValueError, KeyError, TypeError) as e:
            found = [f"unreadable: {e}"]
        for p in found:
            print(f"{article.name}: {p}")
        bad += bool(found)
    print(f"{len(articles)} articles, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
