"""Review states, users, the review audit log, and SQLite full-text search (issue 5).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-15

``facts`` gains three plain ``ADD COLUMN``s (no batch copy: on SQLite a batch
copy drops and recreates ``facts``, and with foreign keys on the drop would
cascade into ``fact_actors`` and ``record_sources``). ``category`` and
``status`` are filled from ``data`` for the facts already stored.

On SQLite with FTS5, two external-content FTS5 tables index the articles'
title and text and the facts' evidence; triggers keep them in step with
every insert, update and delete. Other databases search with ``LIKE``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# name, source table, indexed columns
_FTS = (
    ("documents_fts", "documents", ("title", "text")),
    ("facts_fts", "facts", ("evidence_text",)),
)


def upgrade() -> None:
    op.add_column("facts", sa.Column("category", sa.String(32), nullable=True))
    op.add_column("facts", sa.Column("status", sa.String(32), nullable=True))
    op.add_column(
        "facts", sa.Column("review_state", sa.String(16), server_default="pending", nullable=False)
    )
    op.create_index(op.f("ix_facts_category"), "facts", ["category"])
    op.create_index(op.f("ix_facts_status"), "facts", ["status"])
    op.create_index(op.f("ix_facts_review_state"), "facts", ["review_state"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "UPDATE facts SET category = json_extract(data, '$.category'),"
            " status = coalesce(json_extract(data, '$.status'), json_extract(data, '$.stance'))"
        )
    elif dialect == "postgresql":
        op.execute(
            "UPDATE facts SET category = data->>'category',"
            " status = coalesce(data->>'status', data->>'stance')"
        )

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_users_token_hash")),
        sa.CheckConstraint("role IN ('reviewer', 'admin')", name=op.f("ck_users_user_role")),
    )

    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text(), server_default="", nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
        sa.ForeignKeyConstraint(
            ["fact_id"], ["facts.id"], name=op.f("fk_reviews_fact_id_facts"), ondelete="CASCADE"
        ),
        sa.CheckConstraint(
            "action IN ('accept', 'edit', 'reject')", name=op.f("ck_reviews_review_action")
        ),
    )
    op.create_index(op.f("ix_reviews_fact_id_at"), "reviews", ["fact_id", "at"])
    op.create_index(op.f("ix_reviews_user_name"), "reviews", ["user_name"])

    if dialect == "sqlite" and _has_fts5():
        for name, table, columns in _FTS:
            _create_fts(name, table, columns)


def _has_fts5() -> bool:
    bind = op.get_bind()
    return bool(bind.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def _create_fts(name: str, table: str, columns: tuple[str, ...]) -> None:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(f"CREATE VIRTUAL TABLE {name} USING fts5({cols}, content='{table}', content_rowid='id')")
    op.execute(
        f"CREATE TRIGGER {name}_insert AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {name}(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_delete AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_update AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {name}({name}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {name}(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    # Index what is already stored.
    op.execute(f"INSERT INTO {name}({name}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name, _table, _columns in _FTS:
            for suffix in ("insert", "delete", "update"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {name}")
    op.drop_table("reviews")
    op.drop_table("users")
    for column in ("review_state", "status", "category"):
        op.drop_index(op.f(f"ix_facts_{column}"), table_name="facts")
        op.drop_column("facts", column)
