"""Cross-validation of the optional stance classifier over the blind training set.

    python benchmarks/stance_cv.py                                  # dev-only model vs dev + training, t 0.3
    python benchmarks/stance_cv.py --variants x1,x3 --thresholds 0.05,0.1,0.2,0.3

The training set (``tests/data/training``, 180 articles by twelve writers who never saw the rules)
is cut into six folds of 30 articles, two writers each (t1-t30, t31-t60, ...). Each fold is scored,
rules + classifier as ``coalition extract --statistical-stances`` runs them, by a model trained on
the whole dev set and the other five folds; the stance tallies of the six folds are summed. Variants:
``dev`` is a model trained on the dev set alone (the shipped model before the seventeenth session),
``x1`` the dev set plus the other folds, ``x3`` the same with the training rows repeated three times.
Models are kept in ``--cache`` (default /tmp/stance_cv): a second run with other thresholds trains
nothing. About 80 s of training per model and fold on one core.

Seventeenth session (stance P / R / F1 over all 180 articles; rules alone 0.738 / 0.255 / 0.379,
tp 335, fp 119). First with the rule then shipped, one stance class >= the threshold:

    threshold          0.02                 0.05                 0.15                 0.3
    dev only    0.601/0.427/0.499    0.642/0.379/0.476    0.701/0.312/0.432    0.727/0.286/0.411 (tp 376, fp 141)
    x1          0.598/0.495/0.542    0.636/0.439/0.519    0.690/0.377/0.488    0.712/0.328/0.449 (tp 431, fp 174)
    x3                  -                    -            0.687/0.364/0.476    0.728/0.336/0.460 (tp 441, fp 165)

Then with the rule shipped since, the stance classes together (1 - P(none)) >= the threshold, x1:

    threshold   0.3                  0.35                 0.4                                    0.5
    x1          0.717/0.371/0.489    0.724/0.362/0.482    0.735/0.356/0.479 (tp 467, fp 168)     0.745/0.340/0.467

Text written by other people than the dev set's teaches the classifier more than the dev set alone.
Lower thresholds score higher still, but the model then finds stances in sentences about other
things (``tests/extract/test_statistical_stances.py``: a football transfer, whose countries' stance
classes reach 0.27-0.32 together), so the shipped model is ``x1`` trained on all 180, and the
threshold 0.4 on the classes together (better than one class at 0.3 on precision and recall both).
The script scores with the rule in ``statistical_stances.add_stances`` as it stands.

Eighteenth session, after the tenth adjudication pass (decision 61 took 96 stances out of the
training set) and with the session's rules; ``x1a`` adds the commitment and ceasefire batches
t181-t420 (5,700 more pairs, 247 with a stance) to every fold's model:

    threshold (classes together)   0.3                                  0.4
    x1                             0.691/0.383/0.493 (tp 466, fp 208)   0.714/0.366/0.484 (tp 445, fp 178)
    x1a                            0.716/0.387/0.502 (tp 471, fp 187)   0.720/0.368/0.487 (tp 448, fp 174)

The later batches barely move it (+0.003 at the shipped 0.4), so the shipped model keeps to
t001-t180 (``train_stances.py``'s default).

Nineteenth session: ``add_stances`` now reads only articles where the rules found something of the
subject (the stance encoder's gate; ``--no-gate`` lifts it here), which keeps the classifier out of
football transfers and company sales whatever the threshold, so the threshold was chosen again, x1:

    threshold (classes together)   0.15                                 0.2     0.3     0.4
    no gate                        0.645/0.432/0.517 (tp 525, fp 289)   0.507   0.496   0.706/0.363/0.479
    gated (shipped, at 0.15)       0.649/0.422/0.511 (tp 513, fp 277)   0.502   0.491   0.709/0.359/0.476
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import accuracy
import train_stances

accuracy.use_this_checkout()

FOLDS = [f"t{i}-t{i + 29}" for i in range(1, 180, 30)]
# The later training batches (commitments t181-t360, ceasefires t361-t420, eighteenth session) are
# no fold of their own: variant ``x1a`` trains every fold's model on them too.
ALSO = "t181-t420"


def fold_rows(training: Path) -> dict[str, list]:
    return {fold: train_stances.labelled_rows(training, fold) for fold in FOLDS}


def model_for(variant: str, fold: str, dev_rows: list, rows: dict, cache: Path, also: list | None = None):
    import spacy

    from coalition.extract import statistical_stances as ss

    path = cache / f"{variant}-{fold}"
    if not (path / "config.cfg").is_file():
        repeat = {"dev": 0, "x1": 1, "x3": 3, "x1a": 1}[variant]
        others = [r for f in FOLDS if f != fold for r in rows[f]]
        if variant == "x1a":
            others += also or []
        started = time.time()
        ss.train(dev_rows + others * repeat).to_disk(path)
        print(f"trained {variant} without {fold} in {time.time() - started:.0f}s", file=sys.stderr)
    return spacy.load(path)


def main(argv: list[str] | None = None) -> int:
    from coalition.extract import _facts_of
    from coalition.extract import statistical_stances as ss
    from coalition.model import Article
    from dev_runs import dev_runs

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", default="dev,x1", help="comma-separated: dev, x1, x3, x1a (x1 and t181-t420) (default: %(default)s)")
    parser.add_argument("--thresholds", default="0.3", help="comma-separated (default: %(default)s)")
    parser.add_argument("--training", type=Path, default=train_stances.TRAINING)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/stance_cv"))
    parser.add_argument("--no-gate", action="store_true",
                        help="let the classifier read articles where the rules found nothing too (as before the "
                        "nineteenth session)")
    args = parser.parse_args(argv)
    variants = args.variants.split(",")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    args.cache.mkdir(parents=True, exist_ok=True)

    dev_rows = train_stances.labelled_rows(accuracy.DEVSET, None)
    rows = fold_rows(args.training)
    also = train_stances.labelled_rows(args.training, ALSO) if "x1a" in variants else None
    tallies = {(v, t): accuracy.Tally() for v in variants for t in thresholds}
    defaults = ss.add_stances.__defaults__
    try:
        for fold in FOLDS:
            models = {v: model_for(v, fold, dev_rows, rows, args.cache, also) for v in variants}
            for model in models.values():
                model.need_facts = not args.no_gate
            for run in dev_runs(fold, facts=False, devset=args.training):
                article = Article(text=run.text, source=str(run.path), published=run.expected.get("published"))
                for (v, t), tally in tallies.items():
                    ss.add_stances.__defaults__ = (t,)  # the threshold _facts_of's call uses
                    run.ctx.doc.user_data["_stance_model"] = models[v]
                    facts = [f.model_dump(mode="json") for f in _facts_of(article, run.ctx.doc).facts]
                    one = {"stance": accuracy.Tally()}
                    accuracy.match_article(run.expected["facts"], facts, one, accuracy.ArticleReport(run.path.stem, False))
                    tally.add(one["stance"])
    finally:
        ss.add_stances.__defaults__ = defaults
    print(f"stance, rules + classifier, six folds of {args.training} summed")
    for (v, t), tally in tallies.items():
        f = tally.figures()
        print(f"{v:4} t={t:<5} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  (tp {f['tp']}, fp {f['fp']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
