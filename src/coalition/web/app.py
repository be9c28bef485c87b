"""The FastAPI application: ``create_app(db_url)`` builds it; ``coalition serve`` runs it under uvicorn.

Nothing happens at import time: the store is opened when the app starts
(``lifespan``), so tests can build apps on different databases in one process.

Settings, each an argument of :func:`create_app` with an environment fallback:

- ``db_url``: ``--db``, else ``COALITION_DB``, else ``./coalition.db``;
- ``private``: reading needs a bearer token too (``COALITION_PRIVATE=1``);
- ``max_body``: bodies over this many bytes get 413 (2 MB).
"""

from __future__ import annotations

import os
import threading
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI

from coalition import __version__
from coalition.config import database_url
from coalition.web import errors
from coalition.web.limits import DEFAULT_MAX_BODY, BodyLimit

PRIVATE_ENV = "COALITION_PRIVATE"
# Threads for blocking work (queries, page rendering) per worker process.
THREADS = 2


def private_setting(explicit: bool | None = None) -> bool:
    if explicit is not None:
        return explicit
    return os.environ.get(PRIVATE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def create_app(db_url: str | None = None, *, private: bool | None = None, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    url = database_url(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from coalition.store import Store

        app.state.store = Store.open(url)
        # Few threads at a time for the database and page rendering. anyio's
        # default of 40 lets every waiting request into Python at once, and they
        # spend their time contending for the GIL: a facts list cost three times
        # the CPU with 20 requests in flight as with 4. One thread is cheapest
        # of all but lets one slow request (an export) hold up every other.
        to_thread.current_default_thread_limiter().total_tokens = THREADS
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="Coalition Tracker",
        summary="Sourced facts about security coalitions and support to Ukraine, extracted from news.",
        version=__version__,
        lifespan=lifespan,
        openapi_url="/api/v1/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.db_url = url
    app.state.private = private_setting(private)
    # One records rebuild at a time: two at once would both refill the same keys.
    app.state.rebuild_lock = threading.Lock()
    errors.install(app)
    app.add_middleware(BodyLimit, max_body=max_body)
    from coalition.web.api import router as api_router

    app.include_router(api_router)
    from coalition.web.pages import router as pages_router

    app.include_router(pages_router)
    return app
