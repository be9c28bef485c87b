"""``/api/v1/articles``: list and search, one with its text and facts, and adding one."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends, Path, Query, Request, Response
from sqlalchemy import Engine

from coalition.model import Article, content_hash
from coalition.store import Store
from coalition.store.browse import article, article_id, article_page
from coalition.web.api.models import ArticleCreate, ArticleCreated, Page
from coalition.web.deps import (
    Pagination,
    get_engine,
    get_store,
    pagination,
    rebuild_records_later,
    require_reader,
    require_reviewer,
)
from coalition.web.errors import AUTH_RESPONSES

router = APIRouter(prefix="/articles", tags=["articles"])
MAX_ID = 2**31 - 1


@router.get("", response_model=Page, dependencies=[Depends(require_reader)], summary="List or search articles")
def list_articles(
    q: str | None = Query(None, max_length=200, description="Words that must all appear in the title or text."),
    paging: Pagination = Depends(pagination),
    engine: Engine = Depends(get_engine),
) -> dict:
    """Articles, newest published first, each with its number of facts (no text: get one for that)."""
    rows, total = article_page(engine, q=q, limit=paging.per_page, offset=paging.offset)
    return paging.envelope(rows, total)


@router.get("/{article_id}", dependencies=[Depends(require_reader)], summary="One article with its text and facts")
def get_article(article_id: int = Path(ge=1, le=MAX_ID), engine: Engine = Depends(get_engine)) -> dict:
    return article(engine, article_id)


@router.post(
    "",
    response_model=ArticleCreated,
    status_code=201,
    responses={**AUTH_RESPONSES, 200: {"model": ArticleCreated, "description": "The same text was stored before"}},
    summary="Extract an article's facts and store them",
)
def add_article(
    body: ArticleCreate,
    request: Request,
    response: Response,
    background: BackgroundTasks,
    store: Store = Depends(get_store),
    _user=Depends(require_reviewer),
) -> dict:
    """Extract the facts of an article given as text or HTML, store both, and return them.

    The same text sent again is not stored twice: the answer is then 200 with
    ``status: skipped`` and the facts stored the first time. Merged records
    (actors, summary) are refreshed after the answer is sent.
    """
    from coalition.extract import extract

    result = extract(_article(body))
    status = store.add(result, source=body.url or "api")
    if status == "stored":
        rebuild_records_later(request, background)
    else:
        response.status_code = 200
    stored = article(store.engine, article_id(store.engine, content_hash(result.document.text)))
    facts = stored.pop("facts")
    return {"status": status, "article": stored, "facts": facts}


def _article(body: ArticleCreate) -> Article:
    source = body.url or "api"
    if body.html is not None:
        from coalition.read.html import article_from_html

        found = article_from_html(body.html, source)
    else:
        from coalition.read.text import normalise

        found = Article(text=normalise(body.text or ""), source=source)
    for name in ("title", "url", "published", "outlet"):
        value = getattr(body, name)
        if value:
            setattr(found, name, value)
    return found
