"""Server-rendered pages (Jinja2) on the same store as the API.

- ``browse.py``: overview, facts, articles, actors, search, and their downloads.
- ``review.py``: login and logout, the review queue, accept / edit / reject.
- ``queries.py``: the SQL the pages read with; ``charts.py``: inline SVG charts;
  ``highlight.py``: evidence marked in an article's text; ``downloads.py``: CSV and JSON.

Mount with ``app.include_router(pages_router)``; the static files are served
by a route of this router, so nothing else has to be mounted.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from coalition.web.pages import browse, review

STATIC = Path(__file__).resolve().parent.parent / "static"
_STATIC_TYPES = {".css": "text/css", ".svg": "image/svg+xml", ".js": "text/javascript", ".png": "image/png"}

router = APIRouter(include_in_schema=False)
router.include_router(browse.router)
router.include_router(review.router)


@router.get("/static/{name}", name="static")
def static(name: str) -> FileResponse:
    path = STATIC / name
    # Only plain file names from the one folder: no "..", no sub-folders.
    if "/" in name or "\\" in name or name.startswith(".") or path.suffix not in _STATIC_TYPES or not path.is_file():
        raise HTTPException(status_code=404, detail=f"no static file {name!r}")
    return FileResponse(path, media_type=_STATIC_TYPES[path.suffix], headers={"Cache-Control": "public, max-age=3600"})


__all__ = ["router"]
