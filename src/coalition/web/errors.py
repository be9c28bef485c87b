"""Errors as JSON: every API error is ``{"detail": "<one line>"}`` with the status that fits.

    400  a value the library refuses (ConfigError): a bad sort, an edit that makes an invalid fact
    401  no bearer token, or one that is unknown or switched off (with ``WWW-Authenticate: Bearer``)
    403  a valid token whose role may not do this
    404  no such fact, article, user or route (NotFound)
    409  a user with that name already exists (UserExists)
    413  a body over the limit (see :mod:`coalition.web.limits`)
    422  a request that does not match the schema (also: an article with no text to extract)
    503  the database failed (StoreError)

A 422 also carries ``errors``: ``[{"loc": [...], "msg": ...}]``, one per problem.
Pages (paths outside ``/api/``) keep FastAPI's own handling, so the pages
module can render its errors as HTML.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from coalition.errors import (
    CoalitionError,
    ConfigError,
    ExtractError,
    NotFound,
    ReadError,
    StoreError,
    UserExists,
)


class ErrorBody(BaseModel):
    detail: str


class ValidationErrorBody(BaseModel):
    detail: str
    errors: list[dict] = []


def _error(description: str) -> dict:
    return {"model": ErrorBody, "description": description}


ERROR_RESPONSES: dict[int | str, dict] = {
    400: _error("A value the server refuses"),
    404: _error("Not found"),
    413: _error("Request body too large"),
    422: {"model": ValidationErrorBody, "description": "The request does not match the schema"},
}
AUTH_RESPONSES: dict[int | str, dict] = {
    401: _error("No bearer token, or an unknown one"),
    403: _error("The token's role may not do this"),
}


def status_for(error: CoalitionError) -> int:
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, UserExists):
        return 409
    if isinstance(error, (ReadError, ExtractError)):
        return 422
    if isinstance(error, ConfigError):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 500


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def _http_error(request: Request, exc: StarletteHTTPException):
    if not _is_api(request):
        return await http_exception_handler(request, exc)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError):
    if not _is_api(request):
        return await request_validation_exception_handler(request, exc)
    problems = [
        {"loc": list(error.get("loc", ())), "msg": error.get("msg", ""), "type": error.get("type", "")}
        for error in exc.errors()
    ]
    detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in problems) or "invalid request"
    return JSONResponse(jsonable_encoder({"detail": detail, "errors": problems}), status_code=422)


async def _library_error(request: Request, exc: CoalitionError):
    return JSONResponse({"detail": str(exc)}, status_code=status_for(exc))


def install(app: FastAPI) -> None:
    """Register the JSON error handlers on ``app``."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(CoalitionError, _library_error)
