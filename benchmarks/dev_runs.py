"""The rules' pipeline over dev-set articles, as the trained-classifier scripts read it.

``train_stances.py`` and the experiment scripts (``stance_experiment.py``,
``commitment_experiment.py``, ``tok2vec_stance_experiment.py``, ``parse_stance_experiment.py``)
each need, per article, the expected file, the text, the pipeline's document (as an
``ArticleContext``) and, for scoring, the facts the rules give. One loop here, so that they all
read the articles the same way.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

import accuracy  # noqa: E402

DEVSET = REPO / "tests" / "data" / "devset"


@dataclass
class DevRun:
    path: Path  # the article's text file
    expected: dict  # its expected file
    text: str
    ctx: Any  # coalition.extract.context.ArticleContext over the pipeline's document
    extracted: list[dict] | None  # the rules' facts as JSON (None when not asked for)


def dev_runs(ranges: str | None, *, facts: bool = True, devset: Path = DEVSET) -> Iterator[DevRun]:
    """Each dev article in ``ranges`` (ids: "1-430", "455-494"; None: all) run through the rules'
    pipeline, without the optional models; with ``facts``, the rules' facts too."""
    from coalition.extract import _facts_of, _make_doc
    from coalition.extract.context import ArticleContext
    from coalition.extract.pipeline import load_pipeline
    from coalition.model import Article

    nlp = load_pipeline(False, False)
    pairs, _ = accuracy.devset_pairs(devset, accuracy.article_ranges(ranges) if ranges else None)
    for art_path, exp_path in pairs:
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
        text = art_path.read_text(encoding="utf-8")
        doc = _make_doc(nlp, text)
        for _, component in nlp.pipeline:
            doc = component(doc)
        extracted = None
        if facts:
            article = Article(text=text, source=str(art_path), published=expected.get("published"))
            extracted = [f.model_dump(mode="json") for f in _facts_of(article, doc).facts]
        yield DevRun(art_path, expected, text, ArticleContext(doc, expected.get("published")), extracted)


TRAINING = REPO / "tests" / "data" / "training"
HELDOUT = REPO / "tests" / "data" / "heldout"
# The eighteenth session's experiments: train on the first three, choose on the third, measure on
# the last two (benchmarks/in_kind_experiment.py, benchmarks/money_donor_experiment.py).
SPLITS = {"dev": (DEVSET, None), "t1-t180": (TRAINING, "t1-t180"), "t181-t270": (TRAINING, "t181-t270"),
          "t271-t360": (TRAINING, "t271-t360"), "heldout": (HELDOUT, None)}


def per_split(each, cache: Path, splits: dict = SPLITS) -> dict[str, list]:
    """``each(run)`` for every article of every split, by split name; kept in ``cache`` (a pickle),
    which is read instead when it exists (delete it after a change to the extractor)."""
    import pickle
    import time

    if cache.exists():
        return pickle.loads(cache.read_bytes())
    started = time.time()
    data = {name: [each(run) for run in dev_runs(ranges, devset=devset)] for name, (devset, ranges) in splits.items()}
    print(f"pipeline over {sum(map(len, data.values()))} articles in {time.time() - started:.0f}s", file=sys.stderr)
    cache.write_bytes(pickle.dumps(data))
    return data
