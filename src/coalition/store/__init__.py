"""Storing: articles and facts in SQLite or PostgreSQL through SQLAlchemy 2 and Alembic.

- ``schema.py``: the tables (typed declarative classes) and which fact fields name actors.
- ``database.py``: engines, SQLite foreign keys, :func:`migrate` to the newest schema.
- ``repository.py``: :class:`Store`, which adds extraction results and reads facts back.
- ``migrations/``: hand-written Alembic revisions, shipped with the package.
"""

from coalition.store.database import migrate
from coalition.store.repository import Store

__all__ = ["Store", "migrate"]
