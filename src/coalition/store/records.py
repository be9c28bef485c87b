"""Merged records and actors in the store: rebuilt from the facts, then read (issue 4).

    with records_engine("sqlite:///coalition.db") as engine:   # migrates to head
        rebuild_records(engine)          # after an ingest; batch.py calls it
        explain(engine, 27)              # the record fact 27 belongs to, and why
        commitments(engine)              # one row per commitment record, for exports
        summary(engine)                  # totals in EUR without double counting

``records``, ``record_sources`` and ``actors`` are derived: a rebuild empties
them and recomputes everything from every stored fact in one transaction,
so they never drift from the facts and any ingest order gives the same rows
(the merge rules are in :mod:`coalition.resolve.merge`). A rebuild holds one
partition of the facts in memory at a time, never all of them (issue 4's
memory target: ingest memory must not grow with the corpus).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from coalition.config import database_url
from coalition.errors import ConfigError, FactNotFound, StoreError
from coalition.resolve.actor_index import ActorIndex
from coalition.resolve.merge import MergedRecord, Source, SourceFact, merge_facts, partition_key
from coalition.store.database import open_engine, reading, reason, redact, upgrade
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
    """Recompute every record, its sources and the actors from all stored facts.

    Memory is bounded by the largest partition (one donor and recipient, one
    speaker, one actor and target), not by the corpus: a first pass streams
    the facts (server-side where the backend has it) and keeps only their ids
    per :func:`~coalition.resolve.merge.partition_key` and the actors; a
    second loads, merges and writes one partition at a time. Rows are written
    with Core inserts, so no ORM identity map grows with them. Everything
    happens in one transaction: readers see the old records or the new ones.
    """
    try:
        with engine.begin() as conn:
            partitions, alone, index, count = _partition(conn)
            conn.execute(delete(RecordSourceRow))
            conn.execute(delete(RecordRow))
            conn.execute(delete(ActorRow))
            written = 0
            for ids in [*partitions.values(), *_chunks(alone, _FETCH)]:
                facts = _load(conn, ids)
                # A partition's facts all merge with one another or not at all (merge.partition_key).
                written += _write(conn, merge_facts(facts))
            entries = index.entries()
            if entries:
                conn.execute(insert(ActorRow), [vars(entry) for entry in entries])
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot rebuild records in {_shown(engine)}: {reason(exc)}") from exc
    return RebuildReport(facts=count, records=written, actors=len(entries))


# Rows per round trip when streaming facts, and fact ids per IN (...) when loading a partition.
_STREAM = 1000
_FETCH = 500

_SOURCE_COLUMNS = (
    FactRow.id, FactRow.document_id, DocumentRow.content_hash, FactRow.position, DocumentRow.published, FactRow.data
)


def _partition(conn: Connection) -> tuple[dict[tuple, array], array, ActorIndex, int]:
    """Every fact's id under its partition key (or among those that stand alone), and the actors."""
    partitions: dict[tuple, array] = {}
    alone = array("q")
    index = ActorIndex()
    count = 0
    query = select(*_SOURCE_COLUMNS).join(DocumentRow, FactRow.document_id == DocumentRow.id)
    # On the statement, not the connection: Connection.execution_options() changes the connection itself.
    rows = conn.execute(query.execution_options(stream_results=True, yield_per=_STREAM))
    for row in rows:
        fact = SourceFact(*row)
        count += 1
        index.add(fact.data, fact.day, fact.order)
        key = partition_key(fact.data)
        if key is None:
            alone.append(fact.fact_id)
        else:
            partitions.setdefault(key, array("q")).append(fact.fact_id)
    return partitions, alone, index, count


def _load(conn: Connection, ids: Sequence[int]) -> list[SourceFact]:
    facts: list[SourceFact] = []
    query = select(*_SOURCE_COLUMNS).join(DocumentRow, FactRow.document_id == DocumentRow.id)
    for chunk in _chunks(ids, _FETCH):
        facts += [SourceFact(*row) for row in conn.execute(query.where(FactRow.id.in_(list(chunk))))]
    return facts


def _chunks(ids: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _write(conn: Connection, merged: list[MergedRecord]) -> int:
    """Insert the records and their sources; returns how many records."""
    if not merged:
        return 0
    rows = [_record_values(record) for record in merged]
    inserted = conn.execute(
        insert(RecordRow).returning(RecordRow.id, RecordRow.key, sort_by_parameter_order=True), rows
    )
    ids = {key: record_id for record_id, key in inserted}
    sources = [
        _source_values(source, ids[record.key], position)
        for record in merged
        for position, source in enumerate(record.sources)
    ]
    conn.execute(insert(RecordSourceRow), sources)
    return len(merged)


def _record_values(record: MergedRecord) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in (
        "key", "kind", "actor", "target", "category", "status", "first_date", "latest_date", "amount",
        "currency", "amount_eur", "amount_usd", "rate_eur", "rate_usd", "rate_date", "rate_note", "flag",
        "conflict", "data",
    )}
    values.update(conflict_with=sorted(record.conflict_with), source_count=len(record.sources))
    return values


def _source_values(source: Source, record_id: int, position: int) -> dict[str, Any]:
    fact = source.fact
    return {
        "fact_id": fact.fact_id,
        "record_id": record_id,
        "document_id": fact.document_id,
        "position": position,
        "evidence": fact.data.get("evidence", {}).get("text", ""),
        "seen": fact.published,
        "status": fact.data.get("status") or fact.data.get("stance"),
        "reason": source.reason,
    }


# -- reading ---------------------------------------------------------------


def actors(engine: Engine, *, kind: str | None = None) -> list[dict[str, Any]]:
    """Stored actors, by kind then code; ``kind`` is one of :data:`ACTOR_KINDS`."""
    if kind is not None and kind not in ACTOR_KINDS:
        raise ConfigError(f"unknown actor kind {kind!r}; expected one of {', '.join(ACTOR_KINDS)}")
    query = select(ActorRow).order_by(ActorRow.kind, ActorRow.code)
    if kind is not None:
        query = query.where(ActorRow.kind == kind)
    with reading(engine, f"database {_shown(engine)}") as session:
        return [_columns(row, exclude=("id",)) for row in session.scalars(query)]


def records(engine: Engine, *, kind: str | None = None, sources: bool = True) -> list[dict[str, Any]]:
    """Every record with its sources (article URL, evidence, date seen, reason), by kind and first date.

    ``sources=False`` leaves the sources out (``source_count`` still counts
    them), for aggregates that need only the records.
    """
    query = select(RecordRow).order_by(RecordRow.kind, RecordRow.first_date, RecordRow.key)
    if kind is not None:
        query = query.where(RecordRow.kind == kind)
    if not sources:
        with reading(engine, f"database {_shown(engine)}") as session:
            return [_columns(row, exclude=("id",)) for row in session.scalars(query)]
    # One query for all the sources, not one per record.
    query = query.options(selectinload(RecordRow.sources))
    with reading(engine, f"database {_shown(engine)}") as session:
        urls = dict(session.execute(select(DocumentRow.id, DocumentRow.url)).all())
        keys = dict(session.execute(select(DocumentRow.id, DocumentRow.doc_key)).all())
        return [_record_dict(row, urls, keys) for row in session.scalars(query)]


def explain(engine: Engine, fact_id: int) -> dict[str, Any]:
    """The record ``fact_id`` belongs to, with every source and why it was merged."""
    with reading(engine, f"database {_shown(engine)}") as session:
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


def summary(engine: Engine, *, actor: str | None = None) -> dict[str, Any]:
    """Totals in EUR by donor, recipient, category and month, without running totals or sub-allocations.

    A commitment record counts once however many articles report it; records
    flagged ``cumulative`` or ``sub_allocation`` are counted apart (they
    repeat money already in another record), and so are amounts without an
    ECB rate. Also the coalition view (each actor's contributions, from
    coalition leads and members and from participation, with status and
    date), the ceasefire proposals with every party's answers over time, and
    each actor's stance timeline. ``actor`` (a code such as ``GBR``) keeps
    only the records it takes part in: as donor or recipient, lead or member,
    participant, proposer or respondent, or holder of a stance.
    """
    all_records = records(engine, sources=False)
    if actor is not None:
        all_records = [r for r in all_records if actor in _parties(r)]
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
        if dimension == "month":  # a month is read in time order, the others largest first
            totals[dimension] = dict(sorted(groups.items()))
        else:
            totals[dimension] = dict(sorted(groups.items(), key=lambda item: (-item[1]["eur"], item[0])))
    excluded = [r for r in all_records if r["kind"] == "commitment" and r["flag"] is not None]
    return {
        "actor": actor,
        "total_eur": sum(r["amount_eur"] or 0.0 for r in counted),
        "commitments": len(counted),
        "without_rate": sum(1 for r in counted if r["amount"] is not None and r["amount_eur"] is None),
        "excluded": {flag: sum(1 for r in excluded if r["flag"] == flag) for flag in sorted({r["flag"] for r in excluded})},
        "conflicts": sum(1 for r in counted if r["conflict"]),
        "by": totals,
        "coalitions": [
            {"name": r["data"]["name"], "leads": r["data"]["leads"], "members": r["data"]["members"],
             "size": r["data"]["size"], "contribution_types": r["data"]["contribution_types"],
             "first_date": r["first_date"], "latest_date": r["latest_date"], "sources": r["source_count"]}
            for r in all_records if r["kind"] == "coalition"
        ],
        "coalition_view": _coalition_view(all_records, actor),
        "ceasefires": _ceasefires(engine, all_records),
        "stances": [
            {"actor": r["actor"], "target": r["target"], "stance": r["status"], "history": r["data"]["history"]}
            for r in sorted((r for r in all_records if r["kind"] == "stance"), key=lambda r: (r["actor"] or "", r["target"] or ""))
        ],
    }


# A stance on a ceasefire, read as an answer to the proposal its article reports.
_STANCE_ANSWER = {"support": "accepted", "oppose": "rejected", "conditional": "conditional", "open": "open",
                  "considering": "considering"}


def _ceasefires(engine: Engine, all_records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each ceasefire proposal with every party's answers in date order.

    Answers come from the ceasefire facts' responses and also from stances
    on a ceasefire reported by the same article ("Russia is open to the
    UK-French proposal" is a stance, not a response): those carry
    ``"via": "stance"``.
    """
    proposals = [r for r in all_records if r["kind"] == "ceasefire"]
    if not proposals:
        return []
    with reading(engine, f"database {_shown(engine)}") as session:
        documents: dict[str, set[int]] = {}
        query = select(RecordRow.key, RecordSourceRow.document_id).join(RecordSourceRow.record)
        for key, document_id in session.execute(query.where(RecordRow.kind == "ceasefire")):
            documents.setdefault(key, set()).add(document_id)
        stances: dict[int, list[tuple[str, str, str | None]]] = {}
        query = select(RecordSourceRow.document_id, RecordRow.actor, RecordSourceRow.status, RecordSourceRow.seen)
        query = query.join(RecordSourceRow.record).where(RecordRow.kind == "stance", RecordRow.target.contains("ceasefire"))
        for document_id, actor, stance, seen in session.execute(query):
            if actor and stance in _STANCE_ANSWER:
                stances.setdefault(document_id, []).append((actor, _STANCE_ANSWER[stance], seen))
    out = []
    for record in proposals:
        data = record["data"]
        answers = {r["actor"]: [dict(a) for a in r["answers"]] for r in data["responses"]}
        for document_id in sorted(documents.get(record["key"], ())):
            for actor, response, seen in stances.get(document_id, []):
                given = answers.setdefault(actor, [])
                if not any(a["date"] == seen and a["response"] == response for a in given):
                    given.append({"date": seen, "response": response, "via": "stance"})
        for given in answers.values():
            given.sort(key=lambda a: (a["date"] or "9999-99-99", a["response"]))
        out.append({
            "proposers": data["proposers"], "scope": data["scope"], "duration_days": data["duration_days"],
            "status": record["status"], "first_date": record["first_date"], "latest_date": record["latest_date"],
            "responses": [{"actor": actor, "answers": answers[actor]} for actor in sorted(answers)],
            "sources": record["source_count"],
        })
    return out


def _parties(record: dict[str, Any]) -> set[str]:
    """Every actor code a record names."""
    data = record["data"]
    codes = {record["actor"], record["target"]}
    if record["kind"] == "coalition":
        codes |= {*data.get("leads", []), *data.get("members", [])}
    elif record["kind"] == "ceasefire":
        codes |= {*data.get("proposers", []), *(r["actor"] for r in data.get("responses", []))}
    return {code for code in codes if code}


def _coalition_view(all_records: list[dict[str, Any]], actor: str | None) -> list[dict[str, Any]]:
    """Actor × contribution type: who leads or belongs to a coalition, and who offers what to a mission.

    One row per actor, ``contributions`` keyed by type (``lead`` and
    ``member`` for a named coalition; the roles of a participation, such as
    ``troops``, or its mission when it names no role), each with the status,
    the date of the latest report and what it was for. Where two records
    give the same actor and type, the later report wins.
    """
    cells: dict[str, dict[str, dict[str, Any]]] = {}

    def put(code: str, contribution: str, status: str | None, day: str | None, via: str | None, sources: int) -> None:
        if actor is not None and code != actor:
            return
        row = cells.setdefault(code, {})
        old = row.get(contribution)
        if old is None or (day or "") >= (old["date"] or ""):
            row[contribution] = {"status": status, "date": day, "via": via, "sources": sources}

    for record in all_records:
        data = record["data"]
        if record["kind"] == "coalition":
            reports = data.get("lead_reports") or {}
            for code in data.get("leads", []):
                # the date and count of the reports that name the lead (older records: the record's own)
                told = reports.get(code) or {"date": record["latest_date"], "sources": record["source_count"]}
                put(code, "lead", "leads", told["date"], data.get("name"), told["sources"])
            for code in data.get("members", []):
                put(code, "member", "member", record["latest_date"], data.get("name"), record["source_count"])
        elif record["kind"] == "participation" and record["actor"]:
            mission = record["target"]
            for role in data.get("roles") or [mission or "?"]:
                put(record["actor"], role, record["status"], record["latest_date"], mission, record["source_count"])
            for left_out in data.get("excluded") or []:
                put(record["actor"], left_out, "excluded", record["latest_date"], mission, record["source_count"])
    return [{"actor": code, "contributions": dict(sorted(cells[code].items()))} for code in sorted(cells)]


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


def _shown(engine: Engine) -> str:
    return redact(engine.url.render_as_string(hide_password=False))
