"""Logging in and out, and the review queue: accept, edit or reject a fact with a comment.

Every form posts its CSRF token (``coalition.web.session``). A review needs a
logged-in, active reviewer or admin; the change and the comment go to the
audit log through ``coalition.store.reviews`` (the same function the API uses).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, BackgroundTasks, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from coalition.errors import ConfigError, NotFound
from coalition.model import FACT_KINDS
from coalition.store import Store
from coalition.store.records import rebuild_records
from coalition.store.reviews import review_fact as store_review
from coalition.store.schema import REVIEW_ACTIONS, REVIEW_STATES
from coalition.store.users import User, get_user, verify_login
from coalition.web.deps import get_store
from coalition.web.pages import queries
from coalition.web.pages.browse import FACT_COLUMNS, _flat, _format
from coalition.web.pages.downloads import download
from coalition.web.pages.render import render
from coalition.web.session import check_csrf, load_session, log_in, log_out, save_session

router = APIRouter()

QUEUE_SIZE = 20


def _safe_next(target: str | None) -> str:
    """Only a path on this site: an open redirect would make the login form a phishing tool."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _redirect(request: Request, target: str) -> Response:
    return save_session(request, RedirectResponse(target, status_code=303))


def current_reviewer(request: Request, store: Store) -> User | None:
    name = load_session(request).user
    if not name:
        return None
    try:
        user = get_user(store.engine, name)
    except NotFound:
        return None
    return user if user.can_review else None


@router.get("/login", response_class=HTMLResponse, name="login")
def login_form(request: Request, next: str | None = None) -> Response:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login", name="login_post")
def login(
    request: Request,
    name: str = Form(..., max_length=64),
    token: str = Form(..., max_length=200),
    csrf_token: str = Form(""),
    next: str = Form("/"),
    store: Store = Depends(get_store),
) -> Response:
    check_csrf(request, csrf_token)
    user = verify_login(store.engine, name.strip(), token.strip())
    if user is None or not user.can_review:
        return render(request, "login.html", status_code=401, next=_safe_next(next),
                      error="That name and token do not match an active reviewer.", name=name)
    log_in(request, user.name)
    return _redirect(request, _safe_next(next))


@router.post("/logout", name="logout")
def logout(request: Request, csrf_token: str = Form("")) -> Response:
    check_csrf(request, csrf_token)
    log_out(request)
    return _redirect(request, "/")


@router.get("/review", response_class=HTMLResponse, name="review_queue")
def review_queue(
    request: Request,
    kind: str | None = None,
    state: str = "pending",
    page: int = Query(1, ge=1, le=100_000),
    format: str | None = None,
    store: Store = Depends(get_store),
) -> Response:
    if kind and kind not in FACT_KINDS:
        raise HTTPException(status_code=400, detail=f"unknown kind {kind!r}")
    if state not in REVIEW_STATES:
        raise HTTPException(status_code=400, detail=f"unknown review state {state!r}")
    filters = {"kind": kind, "review": state}
    fmt = _format(format)
    if fmt:
        return download((_flat(f) for f in queries.all_facts(store.engine, filters)), FACT_COLUMNS, fmt, f"review-{state}")
    rows, total, capped = queries.facts(store.engine, filters, limit=QUEUE_SIZE, offset=(page - 1) * QUEUE_SIZE)
    return render(
        request, "review.html", facts=rows, total=total, capped=capped, page=page, page_size=QUEUE_SIZE,
        kind=kind, state=state, kinds=FACT_KINDS, states=REVIEW_STATES,
        reviews=queries.reviews_of(store.engine, [f["id"] for f in rows]),
        reviewer=current_reviewer(request, store), editable=_editable,
    )


def _editable(fact: dict[str, Any]) -> str:
    """The fields a reviewer may edit, as pretty JSON: the contract fact without storage columns and evidence."""
    hidden = {"id", "document_id", "document_key", "published", "review_state", "article_title", "evidence", "kind"}
    return json.dumps({k: v for k, v in fact.items() if k not in hidden}, ensure_ascii=False, indent=1)


@router.post("/review/{fact_id}", name="review_post")
def review_fact(
    request: Request,
    fact_id: int,
    background: BackgroundTasks,
    action: str = Form(...),
    comment: str = Form("", max_length=4000),
    changes: str = Form("", max_length=20_000),
    csrf_token: str = Form(""),
    next: str = Form("/review"),
    store: Store = Depends(get_store),
) -> Response:
    check_csrf(request, csrf_token)
    reviewer = current_reviewer(request, store)
    if reviewer is None:
        raise HTTPException(status_code=401, detail="Log in as a reviewer to review facts.")
    if action not in REVIEW_ACTIONS:
        raise HTTPException(status_code=400, detail=f"unknown action {action!r}; expected one of {', '.join(REVIEW_ACTIONS)}")
    edits = None
    try:
        if action == "edit":
            edits = _changed_fields(store.fact(fact_id), changes)
        store_review(store.engine, fact_id, reviewer, action, comment, edits)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except ConfigError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    if edits:
        # The merged records read the facts: rebuild them after the answer is sent.
        background.add_task(_rebuild, request.app, store)
    return _redirect(request, _safe_next(next))


def _rebuild(app: Any, store: Store) -> None:
    # One rebuild at a time (the API's lock when the app has one): two would refill the same keys.
    lock = getattr(app.state, "rebuild_lock", None)
    if lock is None:
        rebuild_records(store.engine)
        return
    with lock:
        rebuild_records(store.engine)


def _changed_fields(fact: dict[str, Any], changes: str) -> dict[str, Any]:
    """The fields of the edit form's JSON that differ from the stored fact."""
    try:
        edited = json.loads(changes)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"the edited fields are not valid JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(edited, dict):
        raise ConfigError("the edited fields must be a JSON object")
    changed = {key: value for key, value in edited.items() if fact.get(key) != value}
    if not changed:
        raise ConfigError("nothing was changed: edit a field, or accept the fact as it is")
    return changed
