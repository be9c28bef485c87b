"""schemathesis against the OpenAPI schema: no request the schema allows, or nearly allows, gives a 5xx.

Runs in-process (ASGI), on a real SQLite file with the sample articles and an
admin token, so writing endpoints are exercised too. A few examples per
operation keep it under a minute; ``COALITION_SCHEMATHESIS_EXAMPLES`` raises
the count for a longer run.
"""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")

from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, Phase, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from coalition.web.app import create_app  # noqa: E402
from tests.web.conftest import fill  # noqa: E402

EXAMPLES = int(os.environ.get("COALITION_SCHEMATHESIS_EXAMPLES", "8"))
_admin: dict[str, str] = {}


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('schemathesis') / 'api.db'}"
    tokens = fill(url)
    _admin["Authorization"] = f"Bearer {tokens.admin}"
    app = create_app(url, private=False)
    with TestClient(app):  # runs the lifespan: the store stays open for the whole module
        yield schemathesis.openapi.from_asgi("/api/v1/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_no_server_errors(case):
    case.call_and_validate(headers=dict(_admin), checks=[not_a_server_error])
