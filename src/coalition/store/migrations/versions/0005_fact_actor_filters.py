"""An actor's facts counted from one index: kind, date and first role in ``fact_actors`` (issue 5).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

The web's facts list filtered by an actor ("GBR's commitments", "everything
the USA did in 2024") walked ``fact_actors(actor, fact_id)`` and then read
each fact's row, and its article's, to test the kind or the date, and probed
``fact_actors`` again to list a fact once when the actor has two roles in it.
Counting up to the list's cap of 1,000 matches meant thousands of wide-row
reads: most of a request's time at a million facts.

This copies those three things into ``fact_actors``:

- ``kind``: the fact's kind;
- ``day``: the fact's effective date, its own date or else its article's
  published date (what the lists' ``since`` / ``until`` compare);
- ``first_role``: whether the row is the actor's first role in the fact, by
  role name, so "any role" reads one row per fact;

fills them for the facts already stored, and replaces the index
``(actor, fact_id)`` by ``(actor, fact_id, first_role, role, kind, day)``,
which has the same leading columns (id order within an actor) and covers the
filters. The store writes the columns with every fact (``fact_actor_rows``).

It also replaces the single-column indexes on ``facts.category``, ``status``
and ``review_state`` by ``(category, kind)``, ``(status, kind)`` and
``(review_state, kind)``: the lists filter by kind and one of these together
("pending commitments"), and SQLite keeps an index's entries in row id order
within equal keys, so both filters are answered from the index in id order.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COVER = ("actor", "fact_id", "first_role", "role", "kind", "day")
_WITH_KIND = ("category", "status", "review_state")


def upgrade() -> None:
    op.add_column("fact_actors", sa.Column("kind", sa.String(32), nullable=True))
    op.add_column("fact_actors", sa.Column("day", sa.String(10), nullable=True))
    op.add_column(
        "fact_actors", sa.Column("first_role", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.execute(
        """
        UPDATE fact_actors SET
            kind = (SELECT facts.kind FROM facts WHERE facts.id = fact_actors.fact_id),
            day = (
                SELECT coalesce(facts.fact_date, documents.published)
                FROM facts JOIN documents ON documents.id = facts.document_id
                WHERE facts.id = fact_actors.fact_id
            ),
            first_role = NOT EXISTS (
                SELECT 1 FROM fact_actors AS other
                WHERE other.fact_id = fact_actors.fact_id AND other.actor = fact_actors.actor
                  AND other.role < fact_actors.role
            )
        """
    )
    op.drop_index(op.f("ix_fact_actors_actor_fact_id"), table_name="fact_actors")
    op.create_index(op.f("ix_fact_actors_actor_fact_id_cover"), "fact_actors", list(_COVER))
    for column in _WITH_KIND:
        op.drop_index(op.f(f"ix_facts_{column}"), table_name="facts")
        op.create_index(op.f(f"ix_facts_{column}_kind"), "facts", [column, "kind"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite" and bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'"
    ).first():
        # As in 0004: statistics for the new indexes, or the planner weighs them blindly.
        op.execute("ANALYZE ix_fact_actors_actor_fact_id_cover")
        for column in _WITH_KIND:
            op.execute(f"ANALYZE ix_facts_{column}_kind")


def downgrade() -> None:
    for column in reversed(_WITH_KIND):
        op.drop_index(op.f(f"ix_facts_{column}_kind"), table_name="facts")
        op.create_index(op.f(f"ix_facts_{column}"), "facts", [column])
    op.drop_index(op.f("ix_fact_actors_actor_fact_id_cover"), table_name="fact_actors")
    op.create_index(op.f("ix_fact_actors_actor_fact_id"), "fact_actors", ["actor", "fact_id"])
    with op.batch_alter_table("fact_actors") as batch:
        batch.drop_column("first_role")
        batch.drop_column("day")
        batch.drop_column("kind")
