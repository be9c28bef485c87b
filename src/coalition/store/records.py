"""Merged records and actors in the store: rebuilt from the facts, then read (issue 4).

    with records_engine("sqlite:///coalition.db") as engine:   # migrates to head
        rebuild_records(engine)          # after an ingest; batch.py calls it
        explain(engine, 27)              # the record fact 27 belongs to, and why
        commitments(engine)              # one row per commitment record, for exports
        summary(engine)                  # totals in EUR without double counting

``records``, ``record_sources`` and ``actors`` are derived: a rebuild empties
them and recomputes everything from every stored fact in one transaction,
so they never drift from the facts and any ingest order gives the same rows
(the merge rules are in :mod:`coalition.resolve.merge`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.config import database_url
from coalition.errors import ConfigError, FactNotFound, StoreError
from coalition.resolve.actor_index import index_actors
from coalition.resolve.merge import MergedRecord, SourceFact, merge_facts
from coalition.store.database import open_engine, reason, redact, upgrade
from coalition.store.schema import ACTOR_KINDS, ActorRow, DocumentRow, FactRow, RecordRow, RecordSourceRow


@dataclass(frozen=True)
class RebuildReport:
    facts: int
    records: int
    actors: int


@contextmanager
def records_engine(url: str | None = None) -> Iterator[Engine]:
    """An engine on ``url`` (or the configured database), migrated to head."""
    engine = open_engine(database_url(url))
    try:
        upgrade(engine)
        yield engine
    finally:
        engine.dispose()


def rebuild_records(engine: Engine) -> RebuildReport:
    """Recompute every record, its sources and the actors from all stored facts."""
    try:
        with Session(engine) as session, session.begin():
            facts = _source_facts(session)
            merged = merge_facts(facts)
            entries = index_actors((f.data, f.day) for f in sorted(facts, key=lambda f: f.order))
            session.execute(delete(RecordSourceRow))
            session.execute(delete(RecordRow))
            session.execute(delete(ActorRow))
            for record in merged:
                session.add(_record_row(record))
            session.add_all(ActorRow(**vars(entry)) for entry in entries)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot rebuild records in {_shown(engine)}: {reason(exc)}") from exc
    return RebuildReport(facts=len(facts), records=len(merged), actors=len(entries))


def _source_facts(session: Session) -> list[SourceFact]:
    query = select(
        FactRow.id, FactRow.document_id, DocumentRow.content_hash, FactRow.position, DocumentRow.published, FactRow.data
    ).join(DocumentRow, FactRow.document_id == DocumentRow.id)
    return [SourceFact(*row) for row in session.execute(query)]


def _record_row(record: MergedRecord) -> RecordRow:
    fields = {name: getattr(record, name) for name in (
        "key", "kind", "actor", "target", "category", "status", "first_date", "latest_date", "amount",
        "currency", "amount_eur", "amount_usd", "rate_eur", "rate_usd", "rate_date", "rate_note", "flag",
        "conflict", "data",
    )}
    row = RecordRow(**fields, conflict_with=sorted(record.conflict_with), source_count=len(record.sources))
    row.sources = [
        RecordSourceRow(
            fact_id=source.fact.fact_id,
            document_id=source.fact.document_id,
            position=position,
            evidence=source.fact.data.get("evidence", {}).get("text", ""),
            seen=source.fact.published,
            status=source.fact.data.get("status") or source.fact.data.get("stance"),
            reason=source.reason,
        )
        for position, source in enumerate(record.sources)
    ]
    return row


# -- reading ---------------------------------------------------------------


def actors(engine: Engine, *, kind: str | None = None) -> list[dict[str, Any]]:
    """Stored actors, by kind then code; ``kind`` is one of :data:`ACTOR_KINDS`."""
    if kind is not None and kind not in ACTOR_KINDS:
        raise ConfigError(f"unknown actor kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}")
    query = select(ActorRow).order_by(ActorRow.kind, ActorRow.code)
    if kind is not None:
        query = query.where(ActorRow.kind == kind)
    with _reading(engine) as session:
        return [_columns(row, exclude=("id",)) for row in session.scalars(query)]


def records(engine: Engine, *, kind: str | None = None) -> list[dict[str, Any]]:
    """Every record with its sources (article URL, evidence, date seen, reason), by kind and first date."""
    query = select(RecordRow).order_by(RecordRow.kind, RecordRow.first_date, RecordRow.key)
    if kind is not None:
        query = query.where(RecordRow.kind == kind)
    with _reading(engine) as session:
        urls = dict(session.execute(select(DocumentRow.id, DocumentRow.url)).all())
        keys = dict(session.execute(select(DocumentRow.id, DocumentRow.doc_key)).all())
        return [_record_dict(row, urls, keys) for row in session.scalars(query)]


def explain(engine: Engine, fact_id: int) -> dict[str, Any]:
    """The record ``fact_id`` belongs to, with every source and why it was merged."""
    with _reading(engine) as session:
        if session.get(FactRow, fact_id) is None:
            raise FactNotFound(fact_id)
        source = session.get(RecordSourceRow, fact_id)
        if source is None:
            raise StoreError(
                f"fact {fact_id} is in no record yet: records are rebuilt at the end of `coalition ingest`"
            )
        urls = dict(session.execute(select(DocumentRow.id, DocumentRow.url)).all())
        keys = dict(session.execute(select(DocumentRow.id, DocumentRow.doc_key)).all())
        return _record_dict(source.record, urls, keys)


def commitments(engine: Engine) -> list[dict[str, Any]]:
    """One row per commitment record, in the Kiel tracker's layout, oldest first."""
    rows = []
    for record in records(engine, kind="commitment"):
        data = record["data"]
        rows.append({
            "record": record["key"],
            "donor": record["actor"],
            "recipient": record["target"],
            "announced": record["first_date"],
            "category": record["category"],
            "items": ", ".join(data.get("items") or []),
            "supplier": data.get("supplier"),
            "amount": record["amount"],
            "currency": record["currency"],
            "amount_eur": _round(record["amount_eur"]),
            "amount_usd": _round(record["amount_usd"]),
            "rate_date": record["rate_date"],
            "status": record["status"],
            "counted": record["flag"] is None,
            "flag": record["flag"],
            "conflict": record["conflict"],
            "sources": record["source_count"],
            "source_urls": " ".join(dict.fromkeys(s["url"] or s["document"] for s in record["sources"])),
        })
    return rows


def summary(engine: Engine) -> dict[str, Any]:
    """Totals in EUR by donor, recipient, category and month, without running totals or sub-allocations.

    A commitment record counts once however many articles report it; records
    flagged ``cumulative`` or ``sub_allocation`` are counted apart (they
    repeat money already in another record), and so are amounts without an
    ECB rate. Also the ceasefire proposals with every party's answers, and
    each actor's stance timeline.
    """
    all_records = records(engine)
    counted = [r for r in all_records if r["kind"] == "commitment" and r["flag"] is None]
    totals: dict[str, dict[str, dict[str, float]]] = {}
    for dimension, value in (
        ("donor", lambda r: r["actor"] or "?"),
        ("recipient", lambda r: r["target"] or "?"),
        ("category", lambda r: r["category"] or "?"),
        ("month", lambda r: (r["first_date"] or "?")[:7]),
    ):
        groups: dict[str, dict[str, float]] = {}
        for record in counted:
            group = groups.setdefault(value(record), {"eur": 0.0, "commitments": 0, "sources": 0})
            group["eur"] += record["amount_eur"] or 0.0
            group["commitments"] += 1
            group["sources"] += record["source_count"]
        totals[dimension] = dict(sorted(groups.items(), key=lambda item: (-item[1]["eur"], item[0])))
    excluded = [r for r in all_records if r["kind"] == "commitment" and r["flag"] is not None]
    return {
        "total_eur": sum(r["amount_eur"] or 0.0 for r in counted),
        "commitments": len(counted),
        "without_rate": sum(1 for r in counted if r["amount"] is not None and r["amount_eur"] is None),
        "excluded": {flag: sum(1 for r in excluded if r["flag"] == flag) for flag in sorted({r["flag"] for r in excluded})},
        "conflicts": sum(1 for r in counted if r["conflict"]),
        "by": totals,
        "ceasefires": [
            {"proposers": r["data"]["proposers"], "scope": r["data"]["scope"], "duration_days": r["data"]["duration_days"],
             "status": r["status"], "first_date": r["first_date"], "responses": r["data"]["responses"]}
            for r in all_records if r["kind"] == "ceasefire"
        ],
        "stances": [
            {"actor": r["actor"], "target": r["target"], "stance": r["status"], "history": r["data"]["history"]}
            for r in sorted((r for r in all_records if r["kind"] == "stance"), key=lambda r: (r["actor"] or "", r["target"] or ""))
        ],
    }


def _record_dict(row: RecordRow, urls: dict[int, str | None], keys: dict[int, str]) -> dict[str, Any]:
    record = _columns(row, exclude=("id",))
    record["sources"] = [
        {
            "fact_id": s.fact_id,
            "document": keys.get(s.document_id),
            "url": urls.get(s.document_id),
            "seen": s.seen,
            "status": s.status,
            "evidence": s.evidence,
            "reason": s.reason,
        }
        for s in row.sources
    ]
    return record


def _columns(row: Any, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key not in exclude}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@contextmanager
def _reading(engine: Engine) -> Iterator[Session]:
    try:
        with Session(engine) as session:
            yield session
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read database {_shown(engine)}: {reason(exc)}") from exc


def _shown(engine: Engine) -> str:
    return redact(engine.url.render_as_string(hide_password=False))
