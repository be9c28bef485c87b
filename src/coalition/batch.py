"""Batches: read → extract → store for many paths, one article at a time.

Articles stream through: nothing holds more than one article's text and facts,
so memory does not grow with the corpus (issue 3's memory target).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from coalition.errors import CoalitionError, ExtractError, ReadError
from coalition.model import ArticleResult


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    failed: int = 0


def extract_paths(
    paths: Iterable[str], *, published: str | None = None, statistical: bool | None = None,
    stances: bool | str | None = None,
) -> Iterator[ArticleResult | CoalitionError]:
    """The extraction of every article in ``paths``, in input order; failures are yielded, not raised.

    ``statistical`` adds the optional statistical name finder (None: ``COALITION_STATISTICAL_NAMES``);
    ``stances`` adds the optional trained stance classifier, "encoder" with the pretrained reader
    (None: ``COALITION_STANCE_ENCODER``, then ``COALITION_STATISTICAL_STANCES``);
    a missing model raises ConfigError before any article is read."""
    from coalition.extract import extract
    from coalition.extract.pipeline import load_pipeline
    from coalition.read import read_paths

    nlp = load_pipeline(statistical, stances)
    for item in read_paths(paths, published=published):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield extract(item, nlp=nlp)
        except ExtractError as e:
            yield e


def ingest_paths(
    paths: Iterable[str],
    url: str,
    *,
    published: str | None = None,
    report: IngestReport | None = None,
    progress: bool = False,
    statistical: bool | None = None,
    stances: bool | str | None = None,
) -> Iterator[CoalitionError]:
    """Store every article in ``paths`` with its facts; yields each failure as it happens.

    Each article is stored in its own transaction, so a failure leaves the
    database as it was before that article and the batch goes on.
    """
    from coalition.store import Store
    from coalition.store.records import rebuild_records

    report = report if report is not None else IngestReport()
    store = Store.open(url)  # opened (and migrated) before reading: a bad URL fails at once
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", desc="ingest", leave=False)
    try:
        for item in extract_paths(paths, published=published, statistical=statistical, stances=stances):
            if bar is not None:
                bar.update(1)
            if isinstance(item, CoalitionError):
                report.failed += 1
                yield item
                continue
            try:
                outcome = store.add(item, source=_source_of(item))
            except CoalitionError as e:
                report.failed += 1
                yield e
                continue
            if outcome == "stored":
                report.stored += 1
            else:
                report.skipped += 1
        # Once per batch, not per article: merging looks at every stored fact (issue 4).
        try:
            rebuild_records(store.engine)
        except CoalitionError as e:
            yield e
    finally:
        if bar is not None:
            bar.close()
        store.close()


def _source_of(result: ArticleResult) -> str:
    return result.document.url or result.document.id
