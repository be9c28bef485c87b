"""Alembic's entry point, called by ``command.upgrade`` from ``coalition.store.database``.

The caller passes an open connection in ``config.attributes["connection"]``
(see ``database._alembic_config``), so migrations run inside the caller's
transaction and on an engine that already has SQLite's foreign keys on.
Running the ``alembic`` command itself needs ``sqlalchemy.url`` set instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from coalition.store.schema import Base, include_name

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=include_name,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
