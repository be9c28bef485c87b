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

Later tables (actors, merged records, reviews, users) come with later
migrations; nothing here assumes they don't exist.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
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
    func,
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
        # Lookups go actor → facts; the primary key serves fact → actors.
        Index("ix_fact_actors_actor_fact_id", "actor", "fact_id"),
    )

    fact_id: Mapped[int] = mapped_column(
        ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(32), primary_key=True)
    actor: Mapped[str] = mapped_column(Text, primary_key=True)

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
