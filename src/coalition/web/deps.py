"""Dependencies shared by API routes and pages: the store, and who is asking.

- ``get_store`` / ``get_engine``: the app's store (opened in ``create_app``'s lifespan).
- ``bearer_user``: the user whose bearer token the request carries, or None;
  a token that is given but unknown or inactive is a 401.
- ``require_reader``: everyone may read unless the app is private
  (``create_app(private=True)`` or ``COALITION_PRIVATE=1``); then a token is needed.
- ``require_reviewer`` / ``require_admin``: a token of that role, else 401 or 403.
- ``pagination``: ``?page=&per_page=`` as a ``Pagination``, and its ``{"data", "count", "page", "per_page"}`` envelope.

The dependencies that only read the request are ``async def``: FastAPI runs a
plain ``def`` dependency in its thread pool, and those hops cost more than
the work (a facts list resolved about twenty of them per request). What
touches the database stays in the thread pool.
- ``rebuild_records_later``: refresh the merged records once the response is sent.
"""

from __future__ import annotations

from fastapi import BackgroundTasks, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from coalition.store import Store
from coalition.store.users import User, user_for_token

_bearer = HTTPBearer(auto_error=False, description="A token from `coalition users add NAME --role reviewer|admin`.")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_engine(request: Request) -> Engine:
    return request.app.state.store.engine


async def bearer_user(
    request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)
) -> User | None:
    if credentials is None:
        if request.headers.get("authorization"):
            raise HTTPException(401, "the Authorization header must be 'Bearer <token>'", headers=_CHALLENGE)
        return None
    user = await run_in_threadpool(user_for_token, request.app.state.store.engine, credentials.credentials)
    if user is None:
        raise HTTPException(401, "unknown or inactive token", headers=_CHALLENGE)
    return user


async def require_reader(request: Request, user: User | None = Depends(bearer_user)) -> User | None:
    if user is None and getattr(request.app.state, "private", False):
        raise HTTPException(401, "this server is private: reading needs a bearer token", headers=_CHALLENGE)
    return user


async def require_user(user: User | None = Depends(bearer_user)) -> User:
    if user is None:
        raise HTTPException(401, "a bearer token is needed", headers=_CHALLENGE)
    return user


async def require_reviewer(user: User = Depends(require_user)) -> User:
    if not user.can_review:
        raise HTTPException(403, f"role {user.role!r} may not review")
    return user


async def require_admin(user: User = Depends(require_user)) -> User:
    if not user.is_admin:
        raise HTTPException(403, "only an admin may manage users")
    return user


class Pagination:
    """``?page=1&per_page=50``: pages count from 1; at most 500 items a page (see :func:`pagination`)."""

    def __init__(self, page: int = 1, per_page: int = 50):
        self.page = page
        self.per_page = per_page

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def envelope(self, data: list, count: int) -> dict:
        return {"data": data, "count": count, "page": self.page, "per_page": self.per_page}

    def slice(self, rows: list) -> dict:
        """A page of a list already in memory."""
        return self.envelope(rows[self.offset : self.offset + self.per_page], len(rows))


async def pagination(
    page: int = Query(1, ge=1, le=1_000_000, description="Page number, from 1."),
    per_page: int = Query(50, ge=1, le=500, description="Items per page."),
) -> Pagination:
    return Pagination(page, per_page)


def rebuild_records_later(request: Request, background: BackgroundTasks) -> None:
    """Rebuild the merged records after the response is sent (after an article is added or a fact edited)."""
    app = request.app

    def rebuild() -> None:
        from coalition.store.records import rebuild_records

        with app.state.rebuild_lock:
            rebuild_records(app.state.store.engine)

    background.add_task(rebuild)
