"""Rendering a page: the Jinja2 environment, and what every template gets (user, CSRF token, filters)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from coalition.cli.articles import fact_line
from coalition.web.pages.charts import money
from coalition.web.session import load_session, save_session

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

templates = Jinja2Templates(directory=str(TEMPLATES))
# The templates ship inside the package: no need to stat each one on every render.
templates.env.auto_reload = False
templates.env.filters["fact_line"] = fact_line
templates.env.filters["money"] = money

REVIEW_LABELS = {"pending": "pending review", "accepted": "accepted", "edited": "edited", "rejected": "rejected"}
templates.env.globals["REVIEW_LABELS"] = REVIEW_LABELS


def review_badge(state: str | None) -> Markup:
    """A fact's review state as a badge. A function, not a macro: it is drawn on every row of every list."""
    state = state or "pending"
    return Markup(f'<span class="badge review-{escape(state)}">{escape(REVIEW_LABELS.get(state, state))}</span>')


templates.env.globals["review_badge"] = review_badge


def query_string(request: Request, **changes: Any) -> str:
    """The current query string with ``changes`` applied (None removes a key), for pagers and download links."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return urlencode({k: v for k, v in params.items() if v != ""})


templates.env.globals["query_string"] = query_string


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    session = load_session(request)
    response = templates.TemplateResponse(
        request,
        template,
        {"user": session.user, "csrf_token": session.csrf, **context},
        status_code=status_code,
    )
    # Pages show who is logged in and carry CSRF tokens: never cache them in shared caches.
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'"
    )
    return save_session(request, response)
