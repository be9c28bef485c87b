"""The store: write extraction results, read facts and documents back.

    store = Store.open("sqlite:///coalition.db")     # migrates to head
    store.add(result, source="feeds.txt:3")          # "stored" or "skipped"
    store.facts(kind="commitment", actor="GBR", since="2025-03-01")
    store.close()

Facts come back as the contract's fact dicts (exactly what
``coalition extract --format json`` wrote) plus where they are stored:
``id``, ``document_id``, ``document_key`` and ``published``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, Literal

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.config import database_url
from coalition.errors import ConfigError, FactNotFound, StoreError
from coalition.model import FACT_KINDS, ArticleResult, content_hash
from coalition.store.database import open_engine, reason, redact, upgrade
from coalition.store.schema import DocumentRow, FactActorRow, FactRow, fact_actor_rows

AddOutcome = Literal["stored", "skipped"]

# What a fact is dated by in date filters: its own date, else its article's.
_EFFECTIVE_DATE = func.coalesce(FactRow.fact_date, DocumentRow.published)

# Errors that building rows from a malformed result can raise (a fact made
# with ``model_construct`` skips validation, so any field may be missing or
# of the wrong type); like database errors, they reject the whole article.
_BAD_INPUT = (ValueError, TypeError, AttributeError, KeyError)


class Store:
    """Articles and their facts in one database. Make one with :meth:`open`."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self.url = redact(engine.url.render_as_string(hide_password=False))

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Connect to ``url`` (or the configured database) and migrate it to head.

        A bare path is taken as a SQLite file. Raises :class:`StoreError` when
        the database cannot be reached, opened or migrated.
        """
        engine = open_engine(database_url(url))
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def engine(self) -> Engine:
        """The engine, for the modules that read and write the derived tables (``records.py``)."""
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------

    def add(self, result: ArticleResult, *, source: str) -> AddOutcome:
        """Store one article and its facts in one transaction.

        Returns ``"skipped"`` when an article with the same text is already
        stored. On any error nothing of this article is kept and
        :class:`StoreError` says which part failed and why.
        """
        document = result.document
        digest = content_hash(document.text)
        step = "document"
        try:
            with Session(self._engine) as session, session.begin():
                if _stored_id(session, digest) is not None:
                    return "skipped"
                row = DocumentRow(
                    doc_key=document.id,
                    content_hash=digest,
                    title=document.title,
                    url=document.url,
                    published=document.published,
                    outlet=document.outlet,
                    text=document.text,
                    source=source,
                )
                session.add(row)
                session.flush()
                # Flushed one at a time so that an error names the fact at fault.
                for position, fact in enumerate(result.facts):
                    step = f"fact {position} ({getattr(fact, 'kind', '?')})"
                    session.add(_fact_row(row.id, position, fact, document.published))
                    session.flush()
        except IntegrityError as exc:
            # Another writer may have stored the same text since we looked.
            if step == "document" and self._stored(digest):
                return "skipped"
            raise self._add_error(source, document.id, step, exc) from exc
        except (SQLAlchemyError, *_BAD_INPUT) as exc:
            raise self._add_error(source, document.id, step, exc) from exc
        return "stored"

    def _stored(self, digest: str) -> bool:
        with self._reading() as session:
            return _stored_id(session, digest) is not None

    @staticmethod
    def _add_error(source: str, doc_key: str, step: str, exc: BaseException) -> StoreError:
        if isinstance(exc, SQLAlchemyError):
            why = reason(exc)
        else:
            why = " ".join(f"{type(exc).__name__}: {exc}".split())
        return StoreError(f"{source}: document {doc_key!r} not stored: {step}: {why}")

    # -- reading ---------------------------------------------------------

    def facts(
        self,
        *,
        kind: str | None = None,
        actor: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored facts, oldest row first, filtered by all the options given.

        ``actor`` matches any role (donor, recipient, proposer, member, ...).
        ``since`` and ``until`` (``YYYY-MM-DD``, both inclusive) compare with
        the fact's own date, or its article's published date when it has none;
        a fact with neither is left out when either is given.
        """
        _check_page(limit, offset)
        query = self._filtered(
            select(FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.doc_key, DocumentRow.published),
            kind=kind, actor=actor, since=since, until=until,
        )
        query = query.order_by(FactRow.id).offset(offset).limit(limit)
        with self._reading() as session:
            return [_fact_dict(*row) for row in session.execute(query)]

    def count_facts(
        self,
        *,
        kind: str | None = None,
        actor: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> int:
        """How many facts :meth:`facts` would return with these filters and no limit."""
        query = self._filtered(
            select(func.count(FactRow.id)), kind=kind, actor=actor, since=since, until=until
        )
        with self._reading() as session:
            return session.scalar(query) or 0

    def fact(self, fact_id: int) -> dict[str, Any]:
        """One fact by its row id, shaped as in :meth:`facts`; :class:`FactNotFound` if none."""
        query = (
            select(FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.doc_key, DocumentRow.published)
            .join(DocumentRow, FactRow.document_id == DocumentRow.id)
            .where(FactRow.id == fact_id)
        )
        with self._reading() as session:
            row = session.execute(query).first()
        if row is None:
            raise FactNotFound(fact_id)
        return _fact_dict(*row)

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored documents in the order they were added, each with its number of facts."""
        _check_page(limit, offset)
        fact_count = (
            select(func.count(FactRow.id))
            .where(FactRow.document_id == DocumentRow.id)
            .correlate(DocumentRow)
            .scalar_subquery()
        )
        query = (
            select(
                DocumentRow.id,
                DocumentRow.doc_key,
                DocumentRow.title,
                DocumentRow.url,
                DocumentRow.published,
                DocumentRow.outlet,
                DocumentRow.source,
                DocumentRow.content_hash,
                DocumentRow.ingested_at,
                fact_count.label("fact_count"),
            )
            .order_by(DocumentRow.id)
            .offset(offset)
            .limit(limit)
        )
        with self._reading() as session:
            rows = session.execute(query).mappings().all()
        return [
            {**row, "ingested_at": row["ingested_at"].isoformat() if row["ingested_at"] else None}
            for row in rows
        ]

    def count_documents(self) -> int:
        with self._reading() as session:
            return session.scalar(select(func.count(DocumentRow.id))) or 0

    def _filtered(
        self,
        query: Select,
        *,
        kind: str | None,
        actor: str | None,
        since: str | date | None,
        until: str | date | None,
    ) -> Select:
        query = query.select_from(FactRow).join(DocumentRow, FactRow.document_id == DocumentRow.id)
        if kind is not None:
            if kind not in FACT_KINDS:
                raise ConfigError(f"unknown fact kind {kind!r}; expected one of {', '.join(FACT_KINDS)}")
            query = query.where(FactRow.kind == kind)
        if actor is not None:
            # A subquery rather than a join: an actor with two roles in one
            # fact (proposer and respondent) must not list the fact twice.
            query = query.where(
                FactRow.id.in_(select(FactActorRow.fact_id).where(FactActorRow.actor == actor))
            )
        if since is not None:
            query = query.where(_EFFECTIVE_DATE >= _iso_date("since", since))
        if until is not None:
            query = query.where(_EFFECTIVE_DATE <= _iso_date("until", until))
        return query

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        try:
            with Session(self._engine) as session:
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read database {self.url}: {reason(exc)}") from exc


def _stored_id(session: Session, digest: str) -> int | None:
    return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))


def _fact_row(document_id: int, position: int, fact: Any, published: str | None) -> FactRow:
    data = fact.model_dump(mode="json")
    evidence = data["evidence"]
    row = FactRow(
        document_id=document_id,
        position=position,
        kind=data["kind"],
        data=data,
        evidence_start=evidence["start"],
        evidence_end=evidence["end"],
        evidence_text=evidence["text"],
        confidence=data["confidence"],
        fact_date=data.get("date"),
        category=data.get("category"),
        status=data.get("status") or data.get("stance"),
    )
    row.actors = [FactActorRow(**columns) for columns in fact_actor_rows(data, published)]
    return row


def _fact_dict(fact_id: int, data: dict, document_id: int, doc_key: str, published: str | None) -> dict:
    return {"id": fact_id, **data, "document_id": document_id, "document_key": doc_key, "published": published}


def _iso_date(name: str, value: str | date) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        parsed = date.fromisoformat(value)
    except (TypeError, ValueError):
        parsed = None
    # fromisoformat also takes "20250301"; the stored dates are "2025-03-01".
    if parsed is None or parsed.isoformat() != value:
        raise ConfigError(f"{name}: {value!r} is not a date in the form YYYY-MM-DD")
    return value


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0:
        raise ConfigError(f"limit must be 0 or more, not {limit}")
    if offset < 0:
        raise ConfigError(f"offset must be 0 or more, not {offset}")
