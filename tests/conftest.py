"""Shared fixtures: the seed article, real SQLite files, and PostgreSQL when CI provides one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed" / "coalition-of-the-willing.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A real SQLite file in a fresh temporary directory."""
    return tmp_path / "coalition.db"


def _postgres_url() -> str | None:
    return os.environ.get("COALITION_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path) -> str:
    """A database URL: a fresh SQLite file, and a fresh PostgreSQL database when
    ``COALITION_TEST_POSTGRES_URL`` names a server (``.ci/run`` starts one)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'coalition.db'}"
    url = _postgres_url()
    if not url:
        pytest.skip("COALITION_TEST_POSTGRES_URL is not set: no PostgreSQL server for this run")
    from tests.pg import fresh_database

    return fresh_database(url)
