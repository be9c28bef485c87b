"""Alembic migration scripts, run by :func:`coalition.store.database.migrate` (no alembic.ini)."""
