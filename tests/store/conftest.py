"""A store on each test database (``db_url``: SQLite, and PostgreSQL in CI)."""

from __future__ import annotations

import pytest

from coalition.store import Store


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as opened:
        yield opened
