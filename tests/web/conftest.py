"""API fixtures: an app on a real SQLite file (and PostgreSQL in CI) holding the sample articles, and tokens."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from coalition.store import Store
from coalition.store.records import rebuild_records
from coalition.store.users import add_user
from coalition.web.app import create_app
from tests.store.sample import build_article


@dataclass
class Tokens:
    admin: str
    reviewer: str

    def header(self, role: str = "reviewer") -> dict[str, str]:
        return {"Authorization": f"Bearer {getattr(self, role)}"}


def fill(url: str) -> Tokens:
    """Two articles (one fact of every kind each, the second undated), their records, an admin and a reviewer."""
    with Store.open(url) as store:
        store.add(build_article(), source="https://example.org/news/1")
        store.add(build_article(doc_id="test-002", published="2025-04-10", postscript=" Later news."), source="b")
        rebuild_records(store.engine)
        return Tokens(admin=add_user(store.engine, "ann", "admin"), reviewer=add_user(store.engine, "olena", "reviewer"))


@pytest.fixture
def api_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'api.db'}"


@pytest.fixture
def tokens(api_url) -> Tokens:
    return fill(api_url)


@pytest.fixture
def api(api_url, tokens):
    """A TestClient on the filled SQLite file; the lifespan opens and closes the store."""
    with TestClient(create_app(api_url)) as client:
        yield client


@pytest.fixture(scope="module")
def shared_url(tmp_path_factory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('api') / 'shared.db'}"


@pytest.fixture(scope="module")
def shared_tokens(shared_url) -> Tokens:
    return fill(shared_url)


@pytest.fixture(scope="module")
def reader(shared_url, shared_tokens):
    """One app per test module for tests that change nothing: faster than a fresh database each."""
    with TestClient(create_app(shared_url)) as client:
        yield client
