"""Server-rendered pages (Jinja2) on the same store as the API.

- ``browse.py``: overview, facts, articles, actors, search, and their downloads.
- ``review.py``: login and logout, the review queue, accept / edit / reject.
- ``queries.py``: the SQL the pages read with; ``charts.py``: inline SVG charts;
  ``highlight.py``: evidence marked in an article's text; ``downloads.py``: CSV and JSON.

Mount with ``app.include_router(pages_router)``; the static files are served
by a route of this router, so nothing else has to be mounted.

On a private server (``create_app(private=True)`` or ``COALITION_PRIVATE=1``)
every page but the login form and the static files needs a logged-in,
active reviewer or admin: an anonymous request is redirected (303) to
``/login?next=<the page asked for>``.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse

from coalition.store import Store
from coalition.web.deps import get_store
from coalition.web.pages import browse, review

# Pages that stay open on a private server: without them nobody could log in.
OPEN_PATHS = frozenset({"/login"})


async def require_page_reader(request: Request, store: Store = Depends(get_store)) -> None:
    """On a private server, send a visitor who is not logged in to the login form, then back here.

    ``async``: on an open server (the default) it reads only the request, and a plain ``def``
    would cost every page a hop into the thread pool; the user lookup goes there when needed."""
    if not getattr(request.app.state, "private", False) or request.url.path in OPEN_PATHS:
        return
    if await run_in_threadpool(review.current_reviewer, request, store) is not None:
        return
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    raise HTTPException(status_code=303, detail="Log in to read this server.",
                        headers={"Location": f"/login?next={quote(target, safe='')}"})


STATIC = Path(__file__).resolve().parent.parent / "static"
_STATIC_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".js": "text/javascript", ".png": "image/png"}

router = APIRouter(include_in_schema=False)
router.include_router(browse.router, dependencies=[Depends(require_page_reader)])
router.include_router(review.router, dependencies=[Depends(require_page_reader)])


@router.get("/static/{name}", name="static")
def static(name: str) -> FileResponse:
    path = STATIC / name
    # Only plain file names from the one folder: no "..", no sub-folders.
    if "/" in name or "\\" in name or name.startswith(".") or path.suffix not in _STATIC_TYPES or not path.is_file():
        raise HTTPException(status_code=404, detail=f"no static file {name!r}")
    return FileResponse(path, media_type=_STATIC_TYPES[path.suffix], headers={"Cache-Control": "public, max-age=3600"})


__all__ = ["router"]
