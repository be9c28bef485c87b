"""Page sessions: a signed cookie that says who is logged in, and the CSRF token of every form.

The cookie (``coalition_session``) holds ``{"csrf": <random>, "user": <name or null>}``
signed with itsdangerous, so a browser can read neither a password nor a token
in it and cannot forge another user. It is HTTP-only, ``SameSite=Lax`` and
``Secure`` when the request came over HTTPS. Every visitor gets one on the first
page (anonymous, with a CSRF token), so the login form is protected too.

CSRF: the token is bound to the session; every form carries it in a hidden
``csrf_token`` field and :func:`check_csrf` compares the two in constant time.
Logging in or out issues a new token (a token seen before login is worthless
after it).

The signing key comes from ``COALITION_SECRET_KEY``; without it a random key is
made per process, so sessions end when the server restarts (fine for one
process, wrong for several workers: set the variable then).
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass

from fastapi import HTTPException, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "coalition_session"
# Two weeks: a reviewer logs in once per sprint, not once per day.
MAX_AGE = 14 * 24 * 3600
SECRET_ENV = "COALITION_SECRET_KEY"
_SALT = "coalition.web.session"


@dataclass
class PageSession:
    """What the cookie holds for one request; ``changed`` makes the response send it again."""

    csrf: str
    user: str | None = None
    changed: bool = False


def _serializer(request: Request) -> URLSafeTimedSerializer:
    state = request.app.state
    key = getattr(state, "session_secret", None)
    if key is None:
        key = os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32)
        state.session_secret = key
    return URLSafeTimedSerializer(key, salt=_SALT)


def load_session(request: Request) -> PageSession:
    """The request's session (cached on ``request.state``); a fresh anonymous one if the cookie is missing or bad."""
    cached = getattr(request.state, "page_session", None)
    if cached is not None:
        return cached
    session = None
    raw = request.cookies.get(COOKIE)
    if raw:
        try:
            data = _serializer(request).loads(raw, max_age=MAX_AGE)
        except BadSignature:  # also SignatureExpired
            data = None
        if isinstance(data, dict) and isinstance(data.get("csrf"), str):
            user = data.get("user")
            session = PageSession(csrf=data["csrf"], user=user if isinstance(user, str) else None)
    if session is None:
        session = PageSession(csrf=secrets.token_urlsafe(24), changed=True)
    request.state.page_session = session
    return session


def log_in(request: Request, user: str) -> None:
    session = load_session(request)
    session.user = user
    session.csrf = secrets.token_urlsafe(24)
    session.changed = True


def log_out(request: Request) -> None:
    session = load_session(request)
    session.user = None
    session.csrf = secrets.token_urlsafe(24)
    session.changed = True


def save_session(request: Request, response: Response) -> Response:
    """Set the cookie on ``response`` when the session is new or changed."""
    session = getattr(request.state, "page_session", None)
    if session is not None and session.changed:
        value = _serializer(request).dumps({"csrf": session.csrf, "user": session.user})
        response.set_cookie(
            COOKIE,
            value,
            max_age=MAX_AGE,
            path="/",
            httponly=True,
            samesite="lax",
            secure=is_https(request),
        )
    return response


def is_https(request: Request) -> bool:
    # Behind a TLS-terminating proxy, uvicorn's --proxy-headers turns
    # X-Forwarded-Proto into the scheme seen here.
    return request.url.scheme == "https"


def check_csrf(request: Request, token: str | None) -> None:
    """403 unless ``token`` (the form's ``csrf_token``) is this session's token."""
    session = load_session(request)
    if session.changed or not token or not hmac.compare_digest(token, session.csrf):
        raise HTTPException(status_code=403, detail="The form has expired or did not come from this site; reload the page and try again.")
