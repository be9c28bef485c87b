"""Documents, facts and the actors taking part in each fact (issue 4).

Revision ID: 0001
Revises:
Create Date: 2026-11-01

Constraint names are spelled out in full (``op.f`` stops the naming convention
from being applied a second time) and are those ``schema.NAMING_CONVENTION``
gives, so later migrations can refer to them on both SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_key", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column(
            "ingested_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    op.create_index(op.f("ix_documents_doc_key"), "documents", ["doc_key"])
    op.create_index(op.f("ix_documents_published"), "documents", ["published"])

    op.create_table(
        "facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("fact_date", sa.String(10), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_facts")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_facts_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.CheckConstraint("evidence_end >= evidence_start", name=op.f("ck_facts_evidence_span")),
        sa.CheckConstraint(
            "confidence >= 0 AND confidence <= 1", name=op.f("ck_facts_confidence_range")
        ),
        sa.UniqueConstraint("document_id", "position", name=op.f("uq_facts_document_id_position")),
    )
    op.create_index(op.f("ix_facts_document_id"), "facts", ["document_id"])
    op.create_index(op.f("ix_facts_fact_date"), "facts", ["fact_date"])
    op.create_index(op.f("ix_facts_kind_fact_date"), "facts", ["kind", "fact_date"])

    op.create_table(
        "fact_actors",
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("fact_id", "role", "actor", name=op.f("pk_fact_actors")),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_fact_actors_fact_id_facts"), ondelete="CASCADE"
        ),
    )
    op.create_index(op.f("ix_fact_actors_actor_fact_id"), "fact_actors", ["actor", "fact_id"])


def downgrade() -> None:
    op.drop_table("fact_actors")
    op.drop_table("facts")
    op.drop_table("documents")
