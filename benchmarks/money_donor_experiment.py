"""Experiment: does a trained classifier of (sum, actor) pairs fix who gives which sum, on text no
rule was written against?

    python benchmarks/money_donor_experiment.py                 # ~3 min on one core the first time

Every sum the money finder reads in a sentence (conversions and superseded figures left out) is
paired with every actor named in that sentence (countries and organisations the entity ruler
finds, people resolved to their country). A pair's words are the sentence's lower-case words with
the sum as ``_money_``, every other sum as ``_cash_``, the actor's mentions as ``_actor_`` and other
actors' as ``_other_``. It is labelled ``donor`` when the article's expected file has a commitment
(any status, sub-allocations and running totals included) whose donor is the actor, with the same
currency and the amount within 2% (the gate's own tolerance), whose evidence overlaps the sentence;
else ``none``. spaCy ``TextCatBOW`` as the stance classifier (``statistical_stances.train``), labels
``none`` / ``donor``.

The rules' facts are then edited, per sum, three ways (each with its own threshold):

- **switch**: the rules gave the sum to an actor in the sentence whose ``donor`` probability is
  below ``keep``, and another actor in it reaches ``switch``: the commitment's donor becomes that one;
- **drop**: the rules gave the sum to an actor in the sentence and no actor in it reaches ``drop``:
  the commitment is removed;
- **add**: the rules gave the sum to nobody and an actor reaches ``add``: a commitment is added
  (that donor, the sum, recipient UKR, status announced).

Protocol, so that nothing is chosen on the text it is measured on:

1. model A, trained on the dev set and training t001-t180; thresholds chosen on t181-t270 (the half
   of the commitment batches the eighteenth session's rules were written against);
2. model B, trained on the dev set and training t001-t270; measured, with A's thresholds, on
   t271-t360 (the commitment batches no rule writer read) and on the held-out set.

The pipeline's output is cached in /tmp/money_donor_cache.pkl (delete it after a change to the
extractor).

Findings (eighteenth session, one run over the 172 held-out articles of that moment; the rules as merged mid-session, after the three commitment
rule writers). Pairs labelled donor: dev 335 of 2,018, t181-t270 135 of 638, t271-t360 105 of 670,
held-out 100 of 749. On t181-t270 no threshold of the grid beats the rules alone (0.791): the best
settings are those where no edit fires. With model B on t271-t360 (rules alone 0.655) and the
held-out set (0.679), even thresholds chosen on those sets themselves gain nothing: "switch" never
helps (held-out -0.004 at 0.5), "drop" removes as many right sums as wrong ones (t271-t360 -0.007 at
0.05), "add" adds only false facts (0 matches; held-out -0.033 at 0.5).

Why, from the rules' misses and false facts (the same run, counts only):

    missed commitments          no amount   sum read, donor in sentence   donor elsewhere   sum not read
    t181-t270 (after rules)         57                 8                         2                4
    t271-t360                      103                 3                         6                3
    held-out                        68                 2                         6                9

    false commitments           no amount   sum with no expected    expected sum, other    expected sum,
                                            counterpart             state as donor         donor null
    t181-t270                       20                 5                    11                    0
    t271-t360                       34                17                    10                   24
    held-out                        47                16                    13                   17

The sums the rules miss are few: nine in ten misses have no amount, so a (sum, actor) classifier has
almost nothing to find. Of the false sums, the largest class on unseen text is a pooled or joint sum
(a fund's or a coalition's total, a sum several states pay together) that the annotation gives no
single donor and the rules give to a state named nearby: a rule matter (donor null), not one of
choosing among the sentence's actors. Nothing was wired into the extractor.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from bisect import bisect_right
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import accuracy  # noqa: E402

CACHE = Path("/tmp/money_donor_cache.pkl")
LABELS = ("none", "donor")
MONEY, CASH, ACTOR, OTHER = "_money_", "_cash_", "_actor_", "_other_"
GRID = {"switch": (0.5, 0.7, 0.9, None), "keep": (0.1, 0.3), "drop": (0.05, 0.1, 0.2, None),
        "add": (0.5, 0.7, 0.9, None)}


def close(a: float, b: float) -> bool:
    return abs(a - b) <= accuracy.AMOUNT_TOLERANCE * abs(b)


def article_data(run) -> dict:
    """The sums of one article with their candidate actors, labels and the rules' donors."""
    from coalition.extract.clause_groups import person_actor
    from coalition.extract.context import tokens

    ctx, text = run.ctx, run.text
    tk = tokens(ctx.doc)
    starts = [s.start_char for s in ctx.sents]
    expected = [f for f in run.expected.get("facts", []) if f["kind"] == "commitment" and f.get("amount")]
    sums = []
    for si, sent in enumerate(ctx.sents):
        found = [(span, m) for span, m in ctx.money_in(sent)
                 if m.conversion_of is None and not m.superseded and m.currency and m.amount]
        if not found:
            continue
        mentions = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
        codes = [person_actor(ctx, m) if m.label == "PERSON" else m.code for m in mentions]
        actors = list(dict.fromkeys(c for c in codes if c))
        for span, money in found:
            pairs = []
            for actor in actors:
                words = _words(tk, sent.start, sent.end, mentions, codes, actor, span, [s for s, _ in found])
                label = "donor" if any(
                    f.get("donor") == actor and f.get("currency") == money.currency
                    and close(money.amount, f["amount"]) and _overlaps(f, text, sent.start_char, sent.end_char)
                    for f in expected) else "none"
                pairs.append((actor, words, label))
            sums.append({"si": si, "amount": money.amount, "currency": money.currency,
                         "start": span.start_char, "pairs": pairs})
    rules = []
    for k, f in enumerate(run.extracted):
        if f["kind"] == "commitment" and f.get("amount") and f.get("evidence"):
            si = max(0, bisect_right(starts, f["evidence"]["start"]) - 1)
            rules.append((k, si, f.get("donor"), f["amount"], f.get("currency")))
    return {"stem": run.path.stem, "expected": run.expected.get("facts", []), "extracted": run.extracted,
            "sums": sums, "rules": rules, "text": text,
            "sents": [(s.start_char, s.end_char) for s in ctx.sents]}


def _overlaps(fact: dict, text: str, a: int, b: int) -> bool:
    ev = " ".join(((fact.get("evidence") or {}).get("text") or "").split())
    s = " ".join(text[a:b].split())
    return bool(ev and s) and (ev == s or s in ev or ev in s)


def _words(tk, a, b, mentions, codes, actor, money_span, all_money) -> list[str]:
    mark = {}
    for m, code in zip(mentions, codes):
        for i in range(m.start, m.end):
            mark[i] = ACTOR if code == actor else OTHER
    for span in all_money:
        for i in range(span.start, span.end):
            mark[i] = MONEY if span is money_span else CASH
    words: list[str] = []
    for i in range(a, b):
        if tk.space[i]:
            continue
        w = mark.get(i, tk.lower[i])
        if words and w in (ACTOR, OTHER, MONEY, CASH) and words[-1] == w:
            continue
        words.append(w)
    return words


def load() -> dict[str, list[dict]]:
    from dev_runs import per_split

    return per_split(article_data, CACHE)


def rows_of(arts) -> list[tuple[list[str], str]]:
    return [(w, label) for a in arts for s in a["sums"] for _, w, label in s["pairs"]]


def train(rows):
    from coalition.extract import statistical_stances

    return statistical_stances.train(rows, labels=LABELS)


def predict(nlp, arts) -> None:
    """Sets each pair's ``donor`` probability in place (``probs`` per sum: actor -> p)."""
    from spacy.tokens import Doc

    tc = nlp.get_pipe("textcat")
    for a in arts:
        for s in a["sums"]:
            docs = tc.pipe((Doc(nlp.vocab, words=w) for _, w, _ in s["pairs"]), batch_size=256)
            s["probs"] = {actor: d.cats["donor"] for (actor, _, _), d in zip(s["pairs"], docs)}


def edited(a: dict, t: dict) -> list[dict]:
    """The article's rule facts after the three edits at thresholds ``t``."""
    facts = [dict(f) for f in a["extracted"]]
    drop: set[int] = set()
    given = set()
    for s in a["sums"]:
        probs = s.get("probs") or {}
        mine = [r for r in a["rules"] if r[1] == s["si"] and r[4] == s["currency"] and close(r[3], s["amount"])]
        best = max(probs.items(), key=lambda kv: kv[1], default=(None, 0.0))
        if mine:
            for k, _, donor, _, _ in mine:
                if (k, s["si"]) in given:
                    continue
                given.add((k, s["si"]))
                if donor not in probs:
                    continue
                if t["switch"] is not None and best[0] != donor and best[1] >= t["switch"] and probs[donor] < t["keep"]:
                    facts[k]["donor"] = best[0]
                elif t["drop"] is not None and best[1] < t["drop"]:
                    drop.add(k)
        elif t["add"] is not None and best[0] and best[1] >= t["add"]:
            a0, b0 = a["sents"][s["si"]]
            facts.append({"kind": "commitment", "donor": best[0], "recipient": "UKR", "category": "military",
                          "status": "announced", "amount": s["amount"], "currency": s["currency"], "items": [],
                          "evidence": {"text": a["text"][a0:b0], "start": a0, "end": b0}})
    return [f for k, f in enumerate(facts) if k not in drop]


def score(arts, t: dict | None) -> dict:
    tally = {"commitment": accuracy.Tally()}
    for a in arts:
        facts = a["extracted"] if t is None else edited(a, t)
        report = accuracy.ArticleReport(article=a["stem"], distractor=False)
        accuracy.match_article(a["expected"], facts, tally, report)
    return tally["commitment"].figures()


def line(name: str, f: dict) -> str:
    return f"  {name:<44} {f['tp']:>4} {f['fp']:>4} {f['fn']:>4}   {f['precision']:.3f} {f['recall']:.3f} {f['f1']:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    data = load()
    for name, arts in data.items():
        rows = rows_of(arts)
        print(f"{name}: {len(arts)} articles, {len(rows)} pairs, {sum(l == 'donor' for _, l in rows)} labelled donor")

    t0 = time.time()
    model_a = train(rows_of(data["dev"] + data["t1-t180"]))
    print(f"model A (dev + t1-t180) trained in {time.time() - t0:.0f}s")
    predict(model_a, data["t181-t270"])
    choose = data["t181-t270"]
    results = []
    for values in itertools.product(*GRID.values()):
        t = dict(zip(GRID, values))
        if t["switch"] is None and t["keep"] != GRID["keep"][0]:
            continue
        results.append((score(choose, t)["f1"], t))
    results.sort(key=lambda r: -r[0])
    best = results[0][1]
    print("\ncommitments, t181-t270 (thresholds chosen here)    tp   fp   fn   P     R     F1")
    print(line("rules alone", score(choose, None)))
    for f1, t in results[:5]:
        print(line(str(t), score(choose, t)))
    for edit in ("switch", "drop", "add"):  # each edit alone at the chosen threshold
        only = {k: (v if k in (edit, "keep") else None) for k, v in best.items()}
        print(line(f"{edit} alone", score(choose, only)))

    t0 = time.time()
    model_b = train(rows_of(data["dev"] + data["t1-t180"] + data["t181-t270"]))
    print(f"\nmodel B (dev + t1-t270) trained in {time.time() - t0:.0f}s; thresholds {best}")
    for name in ("t271-t360", "heldout"):
        arts = data[name]
        predict(model_b, arts)
        print(f"commitments, {name}                                tp   fp   fn   P     R     F1")
        print(line("rules alone", score(arts, None)))
        print(line("rules + classifier", score(arts, best)))
        for edit in ("switch", "drop", "add"):
            only = {k: (v if k in (edit, "keep") else None) for k, v in best.items()}
            print(line(f"{edit} alone", score(arts, only)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
