"""The tables, as SQLAlchemy 2 typed declarative classes.

These classes are what the repository queries with; the tables themselves are
made by the hand-written Alembic migrations in ``migrations/versions``. A
change here needs a new migration (never an edit of an old one), and the
constraint names below must match the ones the migrations create.

Three tables so far (issue 4):

- ``documents``: one row per distinct article text (``content_hash`` is unique,
  so the same text read twice is stored once).
- ``facts``: one row per extracted fact; ``data`` holds the whole contract fact
  (``fact.model_dump(mode="json")``) so that reading it back gives exactly what
  ``coalition extract --format json`` wrote. The other columns copy out what
  queries filter or sort on.
- ``fact_actors``: who takes part in each fact, so one indexed lookup answers
  "every fact GBR is in", whatever the fact's kind or the actor's role.

Migration 0002 adds the derived tables, which
:func:`coalition.store.records.rebuild_records` empties and refills from the
facts after every ingest:

- ``actors``: every country, organisation, company and person the facts name.
- ``records``: one row per real-world thing (a pledge, a quote, a position)
  however many articles report it, with its amount in EUR and USD.
- ``record_sources``: each fact's place in exactly one record, with the
  article, evidence, date seen, stage and the reason it was merged.

Migration 0003 (issue 5) adds review and login:

- ``facts.review_state`` (pending, accepted, edited, rejected), and
  ``facts.category`` / ``facts.status`` copied out of ``data`` so that the web's
  filters use indexes.
- ``users``: reviewers and admins, each with the sha256 of a bearer token
  (the token itself is shown once and never stored).
- ``reviews``: the audit log, one row per accept, edit or reject, with who,
  when, the comment, and the fact before and after.
- On SQLite only, FTS5 tables ``documents_fts`` (title, text) and
  ``facts_fts`` (evidence) kept in sync by triggers; they are not models here
  (see :data:`FTS_TABLES`), and searching falls back to ``LIKE`` without them.

Migration 0004 adds indexes only: ``facts(kind, id)`` for lists filtered by
kind in id order, and two covering indexes on ``records`` for the overview's
sums by donor and by category.

Migration 0005 copies into ``fact_actors`` what the web's lists filter an
actor's facts by (the fact's kind, its effective date, and whether the row is
the actor's first role in the fact), so that one index answers them.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    func,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints, so a later migration can drop or alter one by name on
# both SQLite (batch mode) and PostgreSQL. The migrations spell the same names.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Dates are kept as ISO "YYYY-MM-DD" text, as the contract has them: the
# string order is the date order on every backend, and a date the extractor
# got wrong ("2025-02-30" passes the contract's pattern) is stored, not lost.
ISO_DATE = String(10)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_key: Mapped[str] = mapped_column(Text, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(ISO_DATE, index=True)
    outlet: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.now()
    )

    facts: Mapped[list[FactRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True,
        order_by="FactRow.position",
    )


class FactRow(Base):
    __tablename__ = "facts"
    __table_args__ = (
        CheckConstraint("evidence_end >= evidence_start", name="evidence_span"),
        CheckConstraint("confidence >= 0 AND confidence <= 1", name="confidence_range"),
        UniqueConstraint("document_id", "position"),
        Index("ix_facts_kind_fact_date", "kind", "fact_date"),
        # 0004: a kind's facts in id order, for the web's lists.
        Index("ix_facts_kind_id", "kind", "id"),
        # 0005: a kind's facts of one category, status or review state, in id
        # order (an index keeps equal keys in row id order).
        Index("ix_facts_category_kind", "category", "kind"),
        Index("ix_facts_status_kind", "status", "kind"),
        Index("ix_facts_review_state_kind", "review_state", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))
    # Plain JSON rather than PostgreSQL's JSONB: JSON keeps the text as written,
    # so a fact reads back with the contract's key order. A later migration can
    # add JSONB expression indexes if queries into ``data`` need them.
    data: Mapped[dict] = mapped_column(JSON)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    evidence_text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    fact_date: Mapped[str | None] = mapped_column(ISO_DATE, index=True)
    # Copied out of ``data`` (0003): the commitment category, and the status of
    # a commitment, ceasefire or participation (a stance's value for stances).
    # Indexed with the kind (0005): see FactRow.__table_args__.
    category: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    review_state: Mapped[str] = mapped_column(
        String(16), default="pending", server_default="pending"
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.now()
    )

    document: Mapped[DocumentRow] = relationship(back_populates="facts")
    actors: Mapped[list[FactActorRow]] = relationship(
        back_populates="fact", cascade="all, delete-orphan", passive_deletes=True
    )


class FactActorRow(Base):
    """One actor's part in one fact: ``(fact, "GBR", "donor")``."""

    __tablename__ = "fact_actors"
    __table_args__ = (
        # Lookups go actor → facts in fact id order; the primary key serves
        # fact → actors. 0005 widens it to cover the list filters: an actor's
        # facts of one kind, or dated in a range, are counted from the index
        # alone, without reading each fact's (wide) row.
        Index("ix_fact_actors_actor_fact_id_cover", "actor", "fact_id", "first_role", "role", "kind", "day"),
    )

    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    actor: Mapped[str] = mapped_column(Text, primary_key=True)
    # Copied from the fact (0005), kept in step by :func:`fact_actor_rows`:
    # its kind, its effective date (its own date, else its article's published
    # date), and whether this is the actor's first role in the fact (by role
    # name), so "every fact GBR is in" takes one row per fact.
    kind: Mapped[str | None] = mapped_column(String(32))
    day: Mapped[str | None] = mapped_column(ISO_DATE)
    first_role: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    fact: Mapped[FactRow] = relationship(back_populates="actors")


# Which fields of each fact kind name an actor, and the role that gives it.
# A statement's ``speaker`` is a person's name, not an actor code: the actor a
# statement speaks for is its ``actor`` field, stored with the role "speaker".
ACTOR_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "commitment": (("donor", "donor"), ("recipient", "recipient"), ("supplier", "supplier")),
    "statement": (("actor", "speaker"),),
    "stance": (("actor", "actor"),),
    "participation": (("actor", "actor"),),
    "ceasefire": (("proposers", "proposer"), ("responses", "respondent")),
    "coalition": (("leads", "lead"), ("members", "member")),
}


def fact_actors(data: dict) -> list[tuple[str, str]]:
    """The distinct ``(role, actor)`` pairs of a contract fact dict."""
    pairs: list[tuple[str, str]] = []
    for field, role in ACTOR_FIELDS.get(data.get("kind", ""), ()):
        value = data.get(field)
        values = value if isinstance(value, list) else [value]
        for item in values:
            # Ceasefire responses are {"actor": ..., "response": ...} objects.
            actor = item.get("actor") if isinstance(item, dict) else item
            if isinstance(actor, str) and actor and (role, actor) not in pairs:
                pairs.append((role, actor))
    return pairs


def fact_actor_rows(data: dict, published: str | None) -> list[dict]:
    """The ``fact_actors`` columns of a contract fact dict from an article published on ``published``."""
    pairs = fact_actors(data)
    first: dict[str, str] = {}
    for role, actor in pairs:
        if actor not in first or role < first[actor]:
            first[actor] = role
    day = data.get("date") or published
    return [
        {"role": role, "actor": actor, "kind": data.get("kind"), "day": day, "first_role": first[actor] == role}
        for role, actor in pairs
    ]


ACTOR_KINDS = ("person", "country", "organisation", "company")


class ActorRow(Base):
    """A country (ISO alpha-3 code), organisation, company or person named by the facts."""

    __tablename__ = "actors"
    __table_args__ = (
        UniqueConstraint("kind", "code"),
        CheckConstraint("kind IN ('person', 'country', 'organisation', 'company')", name="actor_kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    # "GBR", "NATO", "Thales"; a person's canonical name ("Volodymyr Zelensky").
    code: Mapped[str] = mapped_column(Text, index=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    fact_count: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[str | None] = mapped_column(ISO_DATE)
    last_seen: Mapped[str | None] = mapped_column(ISO_DATE)


class RecordRow(Base):
    """One real-world thing, merged from every fact that reports it.

    ``actor``/``target`` are the donor and recipient of a commitment, the
    actor and target (or mission) of a stance or participation, the actor a
    statement speaks for. ``flag`` marks records left out of sums
    (``cumulative``, ``sub_allocation``, ``domestic``); ``conflict`` marks reports of one
    deal with amounts that disagree, linked through ``conflict_with`` (record
    keys). ``key`` is stable across rebuilds: it is made from the first
    source's article hash and position, not from row ids.
    """

    __tablename__ = "records"
    __table_args__ = (
        Index("ix_records_kind_actor_target", "kind", "actor", "target"),
        # 0004: covering indexes for the overview's sums by donor and by category.
        Index("ix_records_kind_flag_actor_amount_eur", "kind", "flag", "actor", "amount_eur"),
        Index("ix_records_kind_flag_category_amount_eur", "kind", "flag", "category", "amount_eur"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str | None] = mapped_column(String(32))
    first_date: Mapped[str | None] = mapped_column(ISO_DATE, index=True)
    latest_date: Mapped[str | None] = mapped_column(ISO_DATE)
    amount: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(8))
    amount_eur: Mapped[float | None] = mapped_column(Float)
    amount_usd: Mapped[float | None] = mapped_column(Float)
    rate_eur: Mapped[float | None] = mapped_column(Float)
    rate_usd: Mapped[float | None] = mapped_column(Float)
    rate_date: Mapped[str | None] = mapped_column(ISO_DATE)
    rate_note: Mapped[str | None] = mapped_column(Text)
    flag: Mapped[str | None] = mapped_column(String(32))
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict_with: Mapped[list] = mapped_column(JSON, default=list)
    source_count: Mapped[int] = mapped_column(Integer, default=0)
    # The merged fields of the kind (items, history, responses, ...).
    data: Mapped[dict] = mapped_column(JSON)

    sources: Mapped[list[RecordSourceRow]] = relationship(
        back_populates="record", cascade="all, delete-orphan", passive_deletes=True,
        order_by="RecordSourceRow.position",
    )


class RecordSourceRow(Base):
    """A fact's place in its record: every fact is in exactly one record."""

    __tablename__ = "record_sources"

    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    seen: Mapped[str | None] = mapped_column(ISO_DATE)
    status: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text)

    record: Mapped[RecordRow] = relationship(back_populates="sources")


REVIEW_STATES = ("pending", "accepted", "edited", "rejected")
REVIEW_ACTIONS = ("accept", "edit", "reject")
USER_ROLES = ("reviewer", "admin")

# SQLite FTS5 tables made by migration 0003 (with their shadow tables
# ``<name>_data``, ``<name>_idx`` ...); no model describes them.
FTS_TABLES = ("documents_fts", "facts_fts")


def include_name(name: str | None, type_: str, _parent_names: dict) -> bool:
    """For Alembic's comparison of database and models: leave out the FTS5 tables."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLES))


class UserRow(Base):
    """A reviewer or admin; ``token_hash`` is the sha256 (hex) of their bearer token."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('reviewer', 'admin')", name="user_role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.now()
    )


class ReviewRow(Base):
    """One review of one fact: the audit log.

    ``user_name`` is a name, not a key into ``users``, so the log keeps who
    did what after an account is deactivated or renamed. ``before`` and
    ``after`` hold ``{"review_state": ...}``, plus ``"fact"`` (the contract
    fact) when the review edited it.
    """

    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint("action IN ('accept', 'edit', 'reject')", name="review_action"),
        Index("ix_reviews_fact_id_at", "fact_id", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"))
    user_name: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    before: Mapped[dict] = mapped_column(JSON)
    after: Mapped[dict] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=_now, server_default=func.now()
    )
