"""Actors and merged records: one record per real-world thing, with its sources (issue 4).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-08

``records`` and ``record_sources`` are derived data: :func:`coalition.store.records.rebuild_records`
empties and refills them (and ``actors``) from the stored facts, so this
migration creates them empty and the next ingest fills them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("fact_count", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.String(10), nullable=True),
        sa.Column("last_seen", sa.String(10), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_actors_kind_code")),
        sa.CheckConstraint(
            "kind IN ('person', 'country', 'organisation', 'company')", name=op.f("ck_actors_actor_kind")
        ),
    )
    op.create_index(op.f("ix_actors_code"), "actors", ["code"])

    op.create_table(
        "records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=True),
        sa.Column("target", sa.Text(), nullable=True),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("first_date", sa.String(10), nullable=True),
        sa.Column("latest_date", sa.String(10), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(8), nullable=True),
        sa.Column("amount_eur", sa.Float(), nullable=True),
        sa.Column("amount_usd", sa.Float(), nullable=True),
        sa.Column("rate_eur", sa.Float(), nullable=True),
        sa.Column("rate_usd", sa.Float(), nullable=True),
        sa.Column("rate_date", sa.String(10), nullable=True),
        sa.Column("rate_note", sa.Text(), nullable=True),
        sa.Column("flag", sa.String(32), nullable=True),
        sa.Column("conflict", sa.Boolean(), nullable=False),
        sa.Column("conflict_with", sa.JSON(), nullable=False),
        sa.Column("source_count", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
        sa.UniqueConstraint("key", name=op.f("uq_records_key")),
    )
    op.create_index(op.f("ix_records_kind_actor_target"), "records", ["kind", "actor", "target"])
    op.create_index(op.f("ix_records_first_date"), "records", ["first_date"])

    op.create_table(
        "record_sources",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("seen", sa.String(10), nullable=True),
        sa.Column("status", sa.String(32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", name=op.f("pk_record_sources")),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_record_sources_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["records.id"], name=op.f("fk_record_sources_record_id_records"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_record_sources_document_id_documents"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_record_sources_record_id"), "record_sources", ["record_id"])
    op.create_index(op.f("ix_record_sources_document_id"), "record_sources", ["document_id"])


def downgrade() -> None:
    op.drop_table("record_sources")
    op.drop_table("records")
    op.drop_table("actors")
