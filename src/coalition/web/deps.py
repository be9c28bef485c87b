"""Dependencies shared by API routes and pages."""

from __future__ import annotations

from fastapi import Request

from coalition.store import Store


def get_store(request: Request) -> Store:
    return request.app.state.store
