"""Training the stance encoder with its last layer tuned (``benchmarks/train_stances.py --encoder --tune``).

The shipped reader is a regression over a frozen encoder's vectors. Here the encoder's last
layer (one of six; 1.8 million of its 22 million weights) learns with a linear head over the same
two vectors: two epochs over the labelled (sentence, actor) pairs, batches of 32, AdamW at 5e-5 on
the layer and 1e-3 on the head, seed 0. The head ends as the frozen reader's does (a matrix and a
bias over the two unit vectors), and what the layer learnt is kept as its difference from the
published weights, which ``stance_encoder.py`` packs into the head's file and adds back on loading.

Not shipped (twentieth session): by six-fold cross-validation over the blind training set t1-t180,
with the rules and the article gate as shipped, tuning read stances a little better than the frozen
encoder (F1 0.585 against 0.573 summed; better on four folds, worse on two:
``benchmarks/finetune_stance_probe.py``), but a head trained this way on the dev set and t1-t180 read
the 300 training articles no head had seen (t181-t480) a little worse than the frozen reader trained
on the same rows (0.465 against 0.471), the test chosen before either was run. It stays as a way to
train a head on other annotations (``COALITION_STANCE_ENCODER_HEAD`` reads one): about eight minutes
on two cores for 17,000 pairs; reading costs what the frozen reader costs.
"""

from __future__ import annotations

import random
import sys
import time

import numpy as np

from coalition.extract.stance_encoder import Encoder, EncoderStances, marked_text, pack_layer, pooled, unpack_layer

EPOCHS, BATCH, LR_LAYER, LR_HEAD = 2, 32, 5e-5, 1e-3
SCALE = 4.0  # the head reads the unit vectors times this, so it starts with logits of a usable size


def tune(rows: list[tuple[list[str], str]], labels: tuple[str, ...], *, threshold: float, seed: int = 0,
         epochs: int = EPOCHS, log=sys.stderr) -> tuple[EncoderStances, dict[str, np.ndarray]]:
    """A reader trained on (marked words, label) rows, with its tuned layer as it will be shipped
    (packed and unpacked), so what a caller measures is what the file holds; and the layer's
    additions as trained, for ``packing_loss``."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    encoder = Encoder()
    encoder.check()
    model, tokenizer = encoder._model, encoder._tokenizer
    last = model.encoder.layer[-1]
    prefix = f"encoder.layer.{len(model.encoder.layer) - 1}."
    published = {prefix + n: p.detach().clone() for n, p in last.named_parameters()}
    for p in model.parameters():
        p.requires_grad = False
    for p in last.parameters():
        p.requires_grad = True
    head = torch.nn.Linear(768, len(labels))
    optimiser = torch.optim.AdamW([{"params": last.parameters(), "lr": LR_LAYER},
                                   {"params": head.parameters(), "lr": LR_HEAD}])
    data = [(marked_text(words), labels.index(label)) for words, label in rows]
    model.train()
    for epoch in range(epochs):
        rng.shuffle(data)
        started, total = time.time(), 0.0
        for i in range(0, len(data), BATCH):
            batch = data[i : i + BATCH]
            logits = head(pooled(model, tokenizer, [t for t, _ in batch]) * SCALE)
            loss = torch.nn.functional.cross_entropy(logits, torch.tensor([y for _, y in batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item() * len(batch)
        if log is not None:
            print(f"epoch {epoch + 1}/{epochs}: loss {total / len(data):.4f}, {time.time() - started:.0f}s",
                  file=log)
    learnt = {prefix + n: (p.detach() - published[prefix + n]).numpy() for n, p in last.named_parameters()}
    shipped = Encoder(layer=unpack_layer(pack_layer(learnt)))
    reader = EncoderStances(shipped, head.weight.detach().numpy() * SCALE, head.bias.detach().numpy(),
                            list(labels), threshold)
    return reader, learnt


def packing_loss(reader: EncoderStances, rows: list[list[str]], learnt: dict[str, np.ndarray]) -> float:
    """The largest change in any probability over ``rows`` between the layer as trained and as packed."""
    exact = EncoderStances(Encoder(layer=learnt), reader.coef, reader.intercept, reader.labels, reader.threshold)
    a, b = reader.predict_rows(rows), exact.predict_rows(rows)
    return max((abs(x[k] - y[k]) for x, y in zip(a, b) for k in x), default=0.0)
