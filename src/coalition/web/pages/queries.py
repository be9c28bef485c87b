"""What the pages read: aggregates and lists in SQL, so a page costs the same on 100 or 1,000,000 facts.

``coalition.store.records.summary`` loads every record into Python, which is
right for ``coalition summary`` once but too slow for a page under load; the
overview's figures are the same sums (commitment records without a flag,
in EUR) done by the database, limited to what the page shows.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select
from sqlalchemy.orm import Session

from coalition.store import browse
from coalition.store.database import connected
from coalition.store.schema import ActorRow, DocumentRow, FactActorRow, FactRow, RecordRow, RecordSourceRow

TOP = 12


# The overview's sums scan every commitment record; under load they are served
# from memory for up to this many seconds, and recomputed at once when a fact,
# record or review is added (the largest ids change).
OVERVIEW_TTL = 30.0
_overview_cache: dict[str, tuple[float, tuple, dict[str, Any]]] = {}
_overview_lock = threading.Lock()


def overview(engine: Engine) -> dict[str, Any]:
    """The overview's figures, cached per database for :data:`OVERVIEW_TTL` seconds."""
    from coalition.store.schema import ReviewRow

    with Session(engine) as session:
        version = tuple(session.execute(select(
            select(func.max(FactRow.id)).scalar_subquery(),
            select(func.max(RecordRow.id)).scalar_subquery(),
            select(func.max(ReviewRow.id)).scalar_subquery(),
            select(func.max(DocumentRow.id)).scalar_subquery(),
        )).one())
    key = engine.url.render_as_string(hide_password=False)
    # One computation at a time: twenty requests arriving at a cold cache wait
    # for the first one's figures instead of each scanning the records.
    with _overview_lock:
        cached = _overview_cache.get(key)
        if cached is not None and cached[0] > time.monotonic() and cached[1] == version:
            return cached[2]
        value = _overview(engine)
        _overview_cache[key] = (time.monotonic() + OVERVIEW_TTL, version, value)
        return value


def _overview(engine: Engine) -> dict[str, Any]:
    counted = and_(RecordRow.kind == "commitment", RecordRow.flag.is_(None))
    with Session(engine) as session:
        total_eur, commitments = session.execute(
            select(func.coalesce(func.sum(RecordRow.amount_eur), 0.0), func.count()).where(counted)
        ).one()
        by = {}
        for name, column in (("donor", RecordRow.actor), ("category", RecordRow.category)):
            total = func.sum(RecordRow.amount_eur)
            rows = session.execute(
                select(column, total, func.count())
                .where(counted)
                .group_by(column)
                .order_by(total.desc().nulls_last(), column)
                .limit(TOP)
            ).all()
            by[name] = [(key or "?", float(eur or 0.0), count) for key, eur, count in rows]
        return {
            "total_eur": float(total_eur),
            "commitments": commitments,
            "documents": session.scalar(select(func.count(DocumentRow.id))) or 0,
            "facts": session.scalar(select(func.count(FactRow.id))) or 0,
            "by": by,
            "latest": _latest_commitments(session),
            "ceasefires": _open_ceasefires(session),
            "matrix": _membership(session),
        }


def _first_fact(session: Session, record_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Each record's first source: ``record id → (fact id, document id)``."""
    if not record_ids:
        return {}
    rows = session.execute(
        select(RecordSourceRow.record_id, RecordSourceRow.fact_id, RecordSourceRow.document_id)
        .where(RecordSourceRow.record_id.in_(record_ids), RecordSourceRow.position == 0)
    ).all()
    return {record_id: (fact_id, document_id) for record_id, fact_id, document_id in rows}


def _record_rows(session: Session, query) -> list[dict[str, Any]]:
    rows = session.scalars(query).all()
    first = _first_fact(session, [row.id for row in rows])
    return [
        {
            "key": row.key, "kind": row.kind, "actor": row.actor, "target": row.target,
            "category": row.category, "status": row.status, "date": row.first_date,
            "amount": row.amount, "currency": row.currency, "amount_eur": row.amount_eur,
            "flag": row.flag, "sources": row.source_count, "data": row.data,
            "fact_id": first.get(row.id, (None, None))[0], "document_id": first.get(row.id, (None, None))[1],
        }
        for row in rows
    ]


def _latest_commitments(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    # first_date is indexed: walk it backwards and stop after ``limit`` commitments.
    return _record_rows(
        session,
        select(RecordRow)
        .where(RecordRow.kind == "commitment", RecordRow.first_date.is_not(None))
        .order_by(RecordRow.first_date.desc(), RecordRow.id.desc())
        .limit(limit),
    )


def _open_ceasefires(session: Session, limit: int = 10) -> list[dict[str, Any]]:
    return _record_rows(
        session,
        select(RecordRow)
        .where(RecordRow.kind == "ceasefire", RecordRow.status == "proposed")
        .order_by(RecordRow.first_date.desc().nulls_last(), RecordRow.id.desc())
        .limit(limit),
    )


def _membership(session: Session, limit: int = 8) -> dict[str, Any]:
    """Coalitions (leads, members) and missions (participation) as columns, actors as rows."""
    coalitions = session.scalars(
        select(RecordRow).where(RecordRow.kind == "coalition")
        .order_by(RecordRow.source_count.desc(), RecordRow.id).limit(limit)
    ).all()
    columns: list[str] = []
    cells: dict[tuple[str, str], str] = {}
    for row in coalitions:
        name = (row.data or {}).get("name") or row.key
        if name not in columns:
            columns.append(name)
        for lead in (row.data or {}).get("leads") or []:
            cells[(lead, name)] = "lead"
        for member in (row.data or {}).get("members") or []:
            cells.setdefault((member, name), "member")
    missions = session.execute(
        select(RecordRow.target, func.count()).where(RecordRow.kind == "participation")
        .group_by(RecordRow.target).order_by(func.count().desc(), RecordRow.target).limit(max(0, limit - len(columns)))
    ).all()
    mission_names = [target for target, _ in missions if target]
    if mission_names:
        for actor, target, status in session.execute(
            select(RecordRow.actor, RecordRow.target, RecordRow.status)
            .where(RecordRow.kind == "participation", RecordRow.target.in_(mission_names)).limit(500)
        ):
            if actor:
                cells.setdefault((actor, target), status or "?")
        columns.extend(name for name in mission_names if name not in columns)
    actors = sorted({actor for actor, _ in cells})[:40]
    return {"columns": columns, "actors": actors, "cells": {f"{a}|{c}": v for (a, c), v in cells.items()}}


# -- articles -----------------------------------------------------------------


def article(engine: Engine, document_id: int) -> dict[str, Any] | None:
    with Session(engine) as session:
        document = session.get(DocumentRow, document_id)
        if document is None:
            return None
        facts = session.execute(
            select(FactRow.id, FactRow.data).where(FactRow.document_id == document_id).order_by(FactRow.position)
        ).all()
        return {
            "id": document.id, "key": document.doc_key, "title": document.title, "url": document.url,
            "published": document.published, "outlet": document.outlet, "text": document.text,
            "source": document.source,
            "facts": [{"id": fact_id, **data, "document_id": document.id} for fact_id, data in facts],
        }


# -- actors -------------------------------------------------------------------


def actor(engine: Engine, code: str, *, limit: int = 100) -> dict[str, Any]:
    """One actor: its names, and its latest facts of each kind (newest first), for the actor page."""
    with Session(engine) as session:
        entry = session.scalars(select(ActorRow).where(ActorRow.code == code).limit(1)).first()
        date = func.coalesce(FactRow.fact_date, DocumentRow.published)
        kinds: dict[str, list[dict[str, Any]]] = {}
        counts = dict(session.execute(
            select(FactRow.kind, func.count(func.distinct(FactRow.id)))
            .join(FactActorRow, FactActorRow.fact_id == FactRow.id)
            .where(FactActorRow.actor == code).group_by(FactRow.kind)
        ).all())
        for kind in ("commitment", "statement", "stance", "participation", "ceasefire", "coalition"):
            if not counts.get(kind):
                continue
            rows = session.execute(
                select(FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.published, date)
                .join(DocumentRow, FactRow.document_id == DocumentRow.id)
                .where(FactRow.kind == kind, FactRow.id.in_(select(FactActorRow.fact_id).where(FactActorRow.actor == code)))
                .order_by(date.desc().nulls_last(), FactRow.id.desc())
                .limit(limit)
            ).all()
            kinds[kind] = [
                {"id": fact_id, **data, "document_id": document_id, "published": published, "day": day}
                for fact_id, data, document_id, published, day in rows
            ]
        given = session.execute(
            select(func.substr(RecordRow.first_date, 1, 7), func.sum(RecordRow.amount_eur))
            .where(RecordRow.kind == "commitment", RecordRow.flag.is_(None), RecordRow.actor == code,
                   RecordRow.first_date.is_not(None))
            .group_by(func.substr(RecordRow.first_date, 1, 7)).order_by(func.substr(RecordRow.first_date, 1, 7))
        ).all()
    return {
        "code": code,
        "name": entry.name if entry else code,
        "kind": entry.kind if entry else None,
        "role": entry.role if entry else None,
        "country": entry.country if entry else None,
        "counts": counts,
        "facts": kinds,
        "by_month": [(month, float(eur or 0.0)) for month, eur in given],
    }


# -- search -------------------------------------------------------------------


def like_search(engine: Engine, query: str, *, limit: int = 50) -> dict[str, Any]:
    """Articles (title or text) and facts (evidence) containing ``query``, case-insensitively.

    The portable fallback: ``LIKE`` works on every database, without an index.
    """
    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    with Session(engine) as session:
        doc_match = or_(DocumentRow.title.ilike(pattern, escape="\\"), DocumentRow.text.ilike(pattern, escape="\\"))
        documents = session.execute(
            select(DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.url, DocumentRow.text)
            .where(doc_match).order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc()).limit(limit)
        ).all()
        fact_match = FactRow.evidence_text.ilike(pattern, escape="\\")
        facts = session.execute(
            select(FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.published)
            .join(DocumentRow, FactRow.document_id == DocumentRow.id)
            .where(fact_match).order_by(FactRow.id.desc()).limit(limit)
        ).all()
    return {
        "articles": [
            {"id": d.id, "title": d.title, "published": d.published, "url": d.url, "snippet": _snippet(d.text, query)}
            for d in documents
        ],
        "facts": [
            {"id": fact_id, **data, "document_id": document_id, "published": published}
            for fact_id, data, document_id, published in facts
        ],
    }


def _snippet(text: str, query: str, width: int = 90) -> str:
    at = text.lower().find(query.lower())
    if at < 0:
        return text[: 2 * width]
    start = max(0, at - width)
    return ("…" if start else "") + text[start: at + len(query) + width] + "…"


# -- facts and reviews ----------------------------------------------------------

# Counting stops at the API's cap: past it the page says "more than 1,000".
COUNT_CAP = browse.COUNT_CAP

FACT_FILTERS = ("kind", "actor", "category", "status", "review", "since", "until", "document")


def _where(filters: dict[str, Any]) -> browse.FactFilter:
    """The pages' filters as the store's (the same query as ``/api/v1/facts``)."""
    return browse.FactFilter(
        kind=filters.get("kind"), actor=filters.get("actor"), category=filters.get("category"),
        status=filters.get("status"), review_state=filters.get("review"), since=filters.get("since"),
        until=filters.get("until"), document_id=filters.get("document") or None,
    )


def _fact_query(engine: Engine, query, filters: dict[str, Any]):
    """``query`` filtered, newest stored first (the order an index gives)."""
    where = _where(filters)
    return browse.filtered_facts(engine, query, where).order_by(*browse.fact_sort("-id", where))


_FACT_COLUMNS = (FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.published, FactRow.review_state,
                 DocumentRow.title)


def _fact_dict(row) -> dict[str, Any]:
    fact_id, data, document_id, published, state, title = row
    return {"id": fact_id, **data, "document_id": document_id, "published": published,
            "review_state": state, "article_title": title}


def facts(engine: Engine, filters: dict[str, Any], *, limit: int, offset: int) -> tuple[list[dict[str, Any]], int, bool]:
    """A page of facts, newest stored first, with the number matching (capped) and whether it was capped."""
    with connected(engine) as connection:
        rows = connection.execute(_fact_query(engine, select(*_FACT_COLUMNS), filters).offset(offset).limit(limit)).all()
        total = connection.scalar(browse.counting_query(engine, _where(filters), COUNT_CAP)) or 0
    return [_fact_dict(row) for row in rows], min(total, COUNT_CAP), total > COUNT_CAP


def all_facts(engine: Engine, filters: dict[str, Any]):
    """Every matching fact, streamed in batches (for downloads)."""
    with Session(engine) as session:
        result = session.execute(
            _fact_query(engine, select(*_FACT_COLUMNS), filters),
            execution_options={"yield_per": 1000},
        )
        for row in result:
            yield _fact_dict(row)


def review_states(engine: Engine, fact_ids: list[int]) -> dict[int, str]:
    if not fact_ids:
        return {}
    with Session(engine) as session:
        return dict(session.execute(select(FactRow.id, FactRow.review_state).where(FactRow.id.in_(fact_ids))).all())


def reviews_of(engine: Engine, fact_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Every review of these facts, oldest first, by fact: who, when, what, the comment."""
    from coalition.store.schema import ReviewRow

    found: dict[int, list[dict[str, Any]]] = {}
    if not fact_ids:
        return found
    with Session(engine) as session:
        for row in session.scalars(
            select(ReviewRow).where(ReviewRow.fact_id.in_(fact_ids)).order_by(ReviewRow.at, ReviewRow.id)
        ):
            found.setdefault(row.fact_id, []).append({
                "user": row.user_name, "action": row.action, "comment": row.comment,
                "at": row.at.strftime("%Y-%m-%d %H:%M") if row.at else "",
            })
    return found
