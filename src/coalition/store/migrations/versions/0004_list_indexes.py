"""Indexes for the web's lists and overview at a million facts (issue 5).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22

- ``facts(kind, id)``: a list filtered by kind and ordered by id (the API's
  default order, the facts page's newest-first) walks this index and stops
  after one page, instead of sorting every fact of the kind;
  ``ix_facts_kind_fact_date`` gives date order within a kind, not id order.
- ``records(kind, flag, actor, amount_eur)`` and
  ``records(kind, flag, category, amount_eur)``: the overview's sums of
  unflagged commitments by donor and by category are read from these
  covering indexes, already grouped, without touching the records' rows
  (whose ``data`` JSON makes them wide).

``fact_actors(actor, fact_id)`` (an actor's facts in id order) is made by 0001.
Only indexes are added: no table is copied, so this is quick on SQLite too.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_INDEXES = (
    ("facts", ("kind", "id")),
    ("records", ("kind", "flag", "actor", "amount_eur")),
    ("records", ("kind", "flag", "category", "amount_eur")),
)


def _name(table: str, columns: tuple[str, ...]) -> str:
    return f"ix_{table}_{'_'.join(columns)}"


def upgrade() -> None:
    for table, columns in _INDEXES:
        op.create_index(op.f(_name(table, columns)), table, list(columns))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).first():
        # The database was analysed before: give the new indexes statistics too,
        # or the planner weighs them against the old ones' real figures blindly.
        for table, columns in _INDEXES:
            op.execute(f"ANALYZE {_name(table, columns)}")


def downgrade() -> None:
    for table, columns in reversed(_INDEXES):
        op.drop_index(op.f(_name(table, columns)), table_name=table)
