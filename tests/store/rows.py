"""Reading every row of the store's tables, to check that nothing changed."""

from __future__ import annotations

from sqlalchemy import create_engine, text


def snapshot(url: str) -> dict[str, list[tuple]]:
    """Every row of the store's tables, read on a separate connection."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table: sorted((tuple(row) for row in conn.execute(text(f"SELECT * FROM {table}"))), key=repr)
                for table in ("documents", "facts", "fact_actors")
            }
    finally:
        engine.dispose()
