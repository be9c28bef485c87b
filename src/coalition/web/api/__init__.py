"""The REST API under /api/v1: one module per resource, each with its own APIRouter.

- ``articles.py``: list and search, one with its text and facts, add one (extracted and stored).
- ``facts.py``: filter, sort and page; one with its sources and reviews; review.
- ``records.py``: actors, coalitions, ceasefires, commitments and the summary (merged records).
- ``users.py``: who am I, and user management for admins.

Reading is open unless the app is private; writing needs a bearer token
(see :mod:`coalition.web.deps`); errors are JSON (:mod:`coalition.web.errors`).
"""

from __future__ import annotations

from fastapi import APIRouter

from coalition.web.api import articles, facts, records, users
from coalition.web.errors import ERROR_RESPONSES

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)
for module in (articles, facts, records, users):
    router.include_router(module.router)
