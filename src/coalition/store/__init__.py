"""Storing: articles and facts in SQLite or PostgreSQL through SQLAlchemy 2 and Alembic."""
