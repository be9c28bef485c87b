"""A fresh PostgreSQL database per test, on the server named by COALITION_TEST_POSTGRES_URL."""

from __future__ import annotations

import uuid

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url


def fresh_database(server_url: str) -> str:
    """Create an empty database on the server and return its URL."""
    url = make_url(server_url)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)
