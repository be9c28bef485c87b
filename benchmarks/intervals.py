"""How far an accuracy figure can move by chance: bootstrap intervals over articles.

A set of 80 articles gives an F1 that another 80 articles of the same kind would not repeat,
and a change that moves it by 0.006 may have moved nothing. Resampling the articles (with
replacement, the same number of them) and scoring each resample gives the spread to expect:

- :func:`f1_interval`: the 95% interval of one run's F1 per kind;
- :func:`difference_interval`: the 95% interval of the change in F1 between two runs on the same
  articles (a paired bootstrap: each resample takes the same articles from both runs, so what
  the articles share cancels out). When it holds 0, the change is within chance.

Both read the per-article counts ``accuracy.evaluate`` records (``per_article[i]["counts"]``,
kind -> ``[tp, fp, fn]``), so a run saved with ``accuracy.py --json`` can be compared later
(``accuracy.py --baseline saved.json``).
"""

from __future__ import annotations

import random

ROUNDS = 2000
SEED = 20260  # fixed, so that the same runs print the same intervals


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 with the conventions of ``accuracy.Tally``: precision 1 with nothing extracted,
    recall 1 with nothing expected."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _counts(per_article: list[dict], kind: str) -> list[tuple[int, int, int]]:
    return [tuple(article.get("counts", {}).get(kind, (0, 0, 0))) for article in per_article]


def _resamples(n: int, rounds: int, seed: int):
    rng = random.Random(seed)
    for _ in range(rounds):
        yield [rng.randrange(n) for _ in range(n)]


def _percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    last = len(values) - 1
    return values[round(0.025 * last)], values[round(0.975 * last)]


def _f1_of(counts: list[tuple[int, int, int]], picks: list[int]) -> float:
    tp = fp = fn = 0
    for i in picks:
        a, b, c = counts[i]
        tp, fp, fn = tp + a, fp + b, fn + c
    return f1(tp, fp, fn)


def f1_interval(per_article: list[dict], kind: str, *, rounds: int = ROUNDS, seed: int = SEED) -> tuple[float, float]:
    """The 95% bootstrap interval of ``kind``'s F1 over the run's articles."""
    counts = _counts(per_article, kind)
    if not counts:
        return (float("nan"), float("nan"))
    return _percentiles([_f1_of(counts, picks) for picks in _resamples(len(counts), rounds, seed)])


def difference_interval(after: list[dict], before: list[dict], kind: str, *, rounds: int = ROUNDS,
                        seed: int = SEED) -> tuple[float, float, float]:
    """The change in ``kind``'s F1 from ``before`` to ``after`` and its 95% paired bootstrap interval.

    Only articles present in both runs (by name) are compared; the change given is on those."""
    by_name = {article["article"]: article for article in before}
    shared = [article for article in after if article["article"] in by_name]
    if not shared:
        raise ValueError("the two runs share no article")
    new = _counts(shared, kind)
    old = _counts([by_name[article["article"]] for article in shared], kind)
    everything = list(range(len(shared)))
    change = _f1_of(new, everything) - _f1_of(old, everything)
    lo, hi = _percentiles([_f1_of(new, picks) - _f1_of(old, picks)
                           for picks in _resamples(len(shared), rounds, seed)])
    return change, lo, hi
