"""The FastAPI application: ``create_app(db_url)`` builds it; ``coalition serve`` runs it under uvicorn.

Nothing happens at import time: the store is opened when the app starts
(``lifespan``), so tests can build apps on different databases in one process.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from coalition import __version__
from coalition.config import database_url


def create_app(db_url: str | None = None) -> FastAPI:
    url = database_url(db_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from coalition.store import Store

        app.state.store = Store.open(url)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(
        title="Coalition Tracker",
        version=__version__,
        lifespan=lifespan,
        openapi_url="/api/v1/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.db_url = url
    from coalition.web.api import router as api_router

    app.include_router(api_router)
    from coalition.web.pages import router as pages_router

    app.include_router(pages_router)
    return app
