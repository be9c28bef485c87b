"""Full-text search over articles (title, text) and facts (evidence) (issue 5).

    search(engine, "storm shadow", limit=50)
    # -> {"articles": [{"id", "title", "published", "url", "snippet"}, ...],
    #     "facts": [{"id", **contract fact, "document_id", "published", "review_state"}, ...]}
    document_match(engine, "storm shadow")   # a WHERE clause on DocumentRow, or None for an empty query
    fact_match(engine, "storm shadow")       # the same on FactRow

On SQLite with FTS5 (migration 0003 made ``documents_fts`` and ``facts_fts``)
every word of the query must appear, as a word or a word's beginning
("stor" finds "Storm"), and results come best match first. Elsewhere
(PostgreSQL, or SQLite built without FTS5) every word must appear
case-insensitively anywhere (``LIKE``), newest first. A query is only ever
words: FTS5 operators and quotes in it are taken as plain text, so no
query can be a syntax error.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, func, literal_column, or_, select
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session

from coalition.store.schema import FTS_TABLES, DocumentRow, FactRow

_WORD = re.compile(r"\w+", re.UNICODE)
# Words beyond this are dropped: a query is a few words, not a paragraph.
MAX_WORDS = 16

_fts_cache: dict[str, bool] = {}


def words(query: str | None) -> list[str]:
    return _WORD.findall(query or "")[:MAX_WORDS]


def has_fts(engine: Engine) -> bool:
    """Whether the database has the FTS5 tables (SQLite with FTS5, migrated to 0003)."""
    if engine.dialect.name != "sqlite":
        return False
    key = engine.url.render_as_string(hide_password=False)
    if key not in _fts_cache:
        with engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN (?, ?)", FTS_TABLES
            ).scalar()
        _fts_cache[key] = found == len(FTS_TABLES)
    return _fts_cache[key]


def _fts_query(terms: list[str]) -> str:
    # Each word quoted (so AND, OR, NEAR, ^ and * are plain text) and matched as a prefix.
    return " ".join('"' + term.replace('"', '""') + '"*' for term in terms)


def _fts_ids(table: str, terms: list[str]):
    return (
        select(literal_column("rowid"))
        .select_from(sql_table(table))
        .where(literal_column(table).op("MATCH")(_fts_query(terms)))
    )


def _contains(column, term: str) -> ColumnElement[bool]:
    return func.lower(column).contains(term.lower(), autoescape=True)


def document_match(engine: Engine, query: str | None) -> ColumnElement[bool] | None:
    """A condition on ``DocumentRow`` true for articles matching ``query``; None when it has no words."""
    terms = words(query)
    if not terms:
        return None
    if has_fts(engine):
        return DocumentRow.id.in_(_fts_ids("documents_fts", terms))
    return and_(*(or_(_contains(DocumentRow.title, t), _contains(DocumentRow.text, t)) for t in terms))


def fact_match(engine: Engine, query: str | None) -> ColumnElement[bool] | None:
    """A condition on ``FactRow`` true for facts whose evidence matches ``query``; None when it has no words."""
    terms = words(query)
    if not terms:
        return None
    if has_fts(engine):
        return FactRow.id.in_(_fts_ids("facts_fts", terms))
    return and_(*(_contains(FactRow.evidence_text, t) for t in terms))


def search(engine: Engine, query: str, *, limit: int = 50) -> dict[str, Any]:
    """Articles and facts matching ``query``, at most ``limit`` of each."""
    terms = words(query)
    if not terms:
        return {"articles": [], "facts": []}
    with Session(engine) as session:
        if has_fts(engine):
            # bm25 order: best match first.
            ranked = (
                select(literal_column("rowid").label("id"), literal_column("rank").label("rank"))
                .select_from(sql_table("documents_fts"))
                .where(literal_column("documents_fts").op("MATCH")(_fts_query(terms)))
                .order_by(literal_column("rank"))
                .limit(limit)
                .subquery()
            )
            documents = session.execute(
                select(DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.url, DocumentRow.text)
                .join(ranked, ranked.c.id == DocumentRow.id)
                .order_by(ranked.c.rank)
            ).all()
        else:
            documents = session.execute(
                select(DocumentRow.id, DocumentRow.title, DocumentRow.published, DocumentRow.url, DocumentRow.text)
                .where(document_match(engine, query))
                .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc())
                .limit(limit)
            ).all()
        facts = session.execute(
            select(FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.published, FactRow.review_state)
            .join(DocumentRow, FactRow.document_id == DocumentRow.id)
            .where(fact_match(engine, query))
            .order_by(FactRow.id.desc())
            .limit(limit)
        ).all()
    return {
        "articles": [
            {"id": d.id, "title": d.title, "published": d.published, "url": d.url, "snippet": snippet(d.text, terms)}
            for d in documents
        ],
        "facts": [
            {"id": fact_id, **data, "document_id": document_id, "published": published, "review_state": state}
            for fact_id, data, document_id, published, state in facts
        ],
    }


def snippet(text: str, terms: list[str], width: int = 90) -> str:
    """The text around the first word of the query found in it."""
    lowered = text.lower()
    found = [at for at in (lowered.find(t.lower()) for t in terms) if at >= 0]
    if not found:
        return text[: 2 * width] + ("…" if len(text) > 2 * width else "")
    at = min(found)
    start = max(0, at - width)
    end = at + width
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")
