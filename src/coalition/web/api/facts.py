"""``/api/v1/facts``: filter, sort and page; one fact with its sources and reviews; reviewing."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, BackgroundTasks, Depends, Path, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
import orjson
from sqlalchemy import Engine

from coalition.model import FACT_KINDS, Category
from coalition.store.browse import FactFilter, fact, fact_page
from coalition.store.reviews import fact_reviews, review_fact
from coalition.store.schema import REVIEW_STATES
from coalition.store.users import User
from coalition.web.api.models import FactsPage, ReviewCreate, ReviewPublic
from coalition.web.deps import (
    Pagination,
    get_engine,
    pagination,
    rebuild_records_later,
    require_reader,
    require_reviewer,
)
from coalition.web.errors import AUTH_RESPONSES

router = APIRouter(prefix="/facts", tags=["facts"])
MAX_ID = 2**31 - 1

Kind = Literal[FACT_KINDS]  # type: ignore[valid-type]
ReviewState = Literal[REVIEW_STATES]  # type: ignore[valid-type]
Sort = Literal["id", "-id", "date", "-date", "confidence", "-confidence", "kind", "-kind"]
_CODE = {"max_length": 100}


@router.get(
    "", response_model=FactsPage, dependencies=[Depends(require_reader)], summary="Filter, sort and page facts"
)
async def list_facts(
    kind: Kind | None = Query(None),
    actor: str | None = Query(None, description="An actor taking part in any role (GBR, RUS, EU, NATO…).", **_CODE),
    donor: str | None = Query(None, description="A commitment's donor.", **_CODE),
    recipient: str | None = Query(None, description="A commitment's recipient.", **_CODE),
    category: Category | None = Query(None, description="A commitment's category."),
    status: str | None = Query(
        None, max_length=32, description="A commitment's, ceasefire's or participation's status, or a stance (oppose…)."
    ),
    review_state: ReviewState | None = Query(None),
    since: date | None = Query(None, description="Dated (or published) on or after this day."),
    until: date | None = Query(None, description="Dated (or published) on or before this day."),
    article_id: int | None = Query(None, ge=1, le=MAX_ID, description="Only the facts of this article."),
    q: str | None = Query(None, max_length=200, description="Words that must all appear in the evidence."),
    sort: Sort = Query("id", description="A field, oldest or smallest first; '-' before it for the reverse."),
    paging: Pagination = Depends(pagination),
    engine: Engine = Depends(get_engine),
) -> Response:
    """Every filter given must hold. ``count`` is the number of matching facts, counted up to
    1,000: when more match, ``count`` is 1,000 and ``count_capped`` is true, so a filter that
    matches most of a million facts answers as fast as a narrow one. Pages follow ``sort``
    with the id as the tie-break; the default order (by id) is read straight from an index."""
    where = FactFilter(
        kind=kind, actor=actor, donor=donor, recipient=recipient, category=category, status=status,
        review_state=review_state, since=since, until=until, document_id=article_id, q=q,
    )
    rows, count, capped = await run_in_threadpool(
        fact_page, engine, where, sort=sort, limit=paging.per_page, offset=paging.offset
    )
    # Written with orjson and not validated against FactsPage again: the facts
    # were validated as contract facts when they were stored, and at a million
    # facts every tenth of a millisecond of a list request counts under load.
    # The OpenAPI schema still describes the page as a FactsPage.
    return Response(orjson.dumps({**paging.envelope(rows, count), "count_capped": capped}), media_type="application/json")


@router.get("/{fact_id}", dependencies=[Depends(require_reader)], summary="One fact with its sources and reviews")
def get_fact(fact_id: int = Path(ge=1, le=MAX_ID), engine: Engine = Depends(get_engine)) -> dict:
    """The fact, its article, the merged record it belongs to (every source reporting the
    same thing, and why they were merged) and its review history, oldest first."""
    return fact(engine, fact_id)


@router.get(
    "/{fact_id}/reviews", dependencies=[Depends(require_reader)], summary="A fact's review history (audit log)"
)
def get_reviews(fact_id: int = Path(ge=1, le=MAX_ID), engine: Engine = Depends(get_engine)) -> dict:
    reviews = fact_reviews(engine, fact_id)
    return {"data": reviews, "count": len(reviews)}


@router.post(
    "/{fact_id}/review",
    response_model=ReviewPublic,
    status_code=201,
    responses=AUTH_RESPONSES,
    summary="Accept, edit or reject a fact",
)
def post_review(
    body: ReviewCreate,
    request: Request,
    background: BackgroundTasks,
    fact_id: int = Path(ge=1, le=MAX_ID),
    user: User = Depends(require_reviewer),
    engine: Engine = Depends(get_engine),
) -> dict:
    """Needs a reviewer's or admin's token. An edit changes the stored fact (``edits``
    holds the fields to change) and must leave a valid fact of the same kind;
    the log keeps the fact before and after."""
    entry = review_fact(engine, fact_id, user, body.action, body.comment, body.edits)
    if body.action == "edit":
        rebuild_records_later(request, background)
    return entry
