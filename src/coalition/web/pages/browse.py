"""Reading pages: overview, facts, articles, an actor, search; each list also as CSV or JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from coalition.model import FACT_KINDS
from coalition.store import Store
from coalition.store.schema import REVIEW_STATES
from coalition.web.deps import get_store
from coalition.web.pages import queries
from coalition.web.pages.charts import LANE_COLOURS, STANCE_COLOURS, bar_chart, timeline
from coalition.web.pages.downloads import FORMATS, download
from coalition.web.pages.highlight import fact_spans, highlight
from coalition.web.pages.render import render

router = APIRouter()

PAGE_SIZE = 50
FACT_COLUMNS = ("id", "kind", "review_state", "published", "document_id", "article_title", "summary",
                "evidence_text", "donor", "recipient", "category", "status", "amount", "currency",
                "speaker", "actor", "quote", "stance", "target", "date")


def _format(fmt: str | None) -> str | None:
    if fmt in (None, "", "html"):
        return None
    if fmt not in FORMATS:
        raise HTTPException(status_code=400, detail=f"unknown format {fmt!r}; expected csv or json")
    return fmt


def _flat(fact: dict[str, Any]) -> dict[str, Any]:
    """A fact as one CSV row: the common columns plus its evidence text and summary line."""
    from coalition.cli.articles import fact_line

    return {**fact, "summary": fact_line(fact), "evidence_text": (fact.get("evidence") or {}).get("text")}


@router.get("/", response_class=HTMLResponse, name="overview")
def overview(request: Request, store: Store = Depends(get_store)) -> Response:
    data = queries.overview(store.engine)
    fact_ids = [r["fact_id"] for r in data["latest"] + data["ceasefires"] if r["fact_id"]]
    states = queries.review_states(store.engine, fact_ids)
    return render(
        request, "overview.html", data=data, states=states,
        donor_chart=bar_chart([(k, eur) for k, eur, _ in data["by"]["donor"]], title="Commitments by donor, EUR"),
        category_chart=bar_chart([(k, eur) for k, eur, _ in data["by"]["category"]], title="Commitments by category, EUR"),
    )


def _date_param(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(status_code=400, detail=f"{name}: {value!r} is not a date in the form YYYY-MM-DD") from None


@router.get("/facts", response_class=HTMLResponse, name="facts")
async def facts(
    request: Request,
    kind: str | None = None,
    actor: str | None = None,
    category: str | None = None,
    status: str | None = None,
    review: str | None = None,
    since: str | None = None,
    until: str | None = None,
    page: int = Query(1, ge=1, le=100_000),
    format: str | None = None,
    store: Store = Depends(get_store),
) -> Response:
    if kind and kind not in FACT_KINDS:
        raise HTTPException(status_code=400, detail=f"unknown kind {kind!r}; expected one of {', '.join(FACT_KINDS)}")
    if review and review not in REVIEW_STATES:
        raise HTTPException(status_code=400, detail=f"unknown review state {review!r}; expected one of {', '.join(REVIEW_STATES)}")
    filters = {"kind": kind, "actor": actor.strip().upper() if actor else None, "category": category or None,
               "status": status or None, "review": review, "since": _date_param("since", since),
               "until": _date_param("until", until)}
    fmt = _format(format)
    if fmt:
        rows = (_flat(fact) for fact in queries.all_facts(store.engine, filters))
        return download(rows, FACT_COLUMNS, fmt, "facts")
    # The query in the thread pool, the page rendered here: the most-read page
    # makes one hop, not one for the handler and one per dependency.
    rows, total, capped = await run_in_threadpool(
        queries.facts, store.engine, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    return render(
        request, "facts.html", facts=rows, total=total, capped=capped, page=page, page_size=PAGE_SIZE,
        filters=filters, kinds=FACT_KINDS, review_states=REVIEW_STATES,
    )


@router.get("/articles", response_class=HTMLResponse, name="articles")
def articles(
    request: Request,
    page: int = Query(1, ge=1, le=100_000),
    format: str | None = None,
    store: Store = Depends(get_store),
) -> Response:
    fmt = _format(format)
    if fmt:
        rows = store.documents()
        return download(rows, ("id", "doc_key", "title", "url", "published", "outlet", "source", "fact_count"), fmt, "articles")
    rows = store.documents(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return render(request, "articles.html", articles=rows, total=store.count_documents(), page=page, page_size=PAGE_SIZE)


@router.get("/articles/{document_id}", response_class=HTMLResponse, name="article")
def article(request: Request, document_id: int, format: str | None = None, store: Store = Depends(get_store)) -> Response:
    found = queries.article(store.engine, document_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no article with id {document_id}")
    facts = found["facts"]
    ids = [fact["id"] for fact in facts]
    states = queries.review_states(store.engine, ids)
    for fact in facts:
        fact["review_state"] = states.get(fact["id"], "pending")
    fmt = _format(format)
    if fmt:
        return download((_flat(f) | {"published": found["published"]} for f in facts), FACT_COLUMNS, fmt, f"article-{document_id}-facts")
    text = highlight(found["text"], fact_spans(facts, states, len(found["text"])))
    return render(request, "article.html", article=found, text=text, facts=facts,
                  reviews=queries.reviews_of(store.engine, ids))


@router.get("/actors/{code}", response_class=HTMLResponse, name="actor")
def actor(request: Request, code: str, format: str | None = None, store: Store = Depends(get_store)) -> Response:
    data = queries.actor(store.engine, code)
    if not data["counts"]:
        raise HTTPException(status_code=404, detail=f"no facts involve the actor {code!r}")
    every = [fact for kind in data["facts"].values() for fact in kind]
    states = queries.review_states(store.engine, [fact["id"] for fact in every])
    for fact in every:
        fact["review_state"] = states.get(fact["id"], "pending")
    fmt = _format(format)
    if fmt:
        return download((_flat(f) for f in every), FACT_COLUMNS, fmt, f"actor-{code}-facts")
    lanes = [kind for kind in ("commitment", "statement", "stance", "participation") if kind in data["facts"]]
    events = [
        {
            "date": fact.get("day"), "lane": fact["kind"],
            "label": fact.get("stance") or fact.get("status") or fact.get("quote") or fact["kind"],
            "colour": STANCE_COLOURS.get(fact.get("stance") or "") if fact["kind"] == "stance" else LANE_COLOURS.get(fact["kind"]),
            "href": f"/articles/{fact['document_id']}#fact-{fact['id']}",
        }
        for fact in every
    ]
    return render(
        request, "actor.html", actor=data,
        timeline_chart=timeline(events, title=f"{code}: facts over time", lanes=lanes or ["commitment"]),
        month_chart=bar_chart(data["by_month"], title=f"{code}: commitments by month, EUR") if data["by_month"] else None,
    )


@router.get("/search", response_class=HTMLResponse, name="search")
def search(request: Request, q: str = Query("", max_length=200), format: str | None = None,
           store: Store = Depends(get_store)) -> Response:
    q = q.strip()
    results = _search(store, q) if q else {"articles": [], "facts": []}
    states = queries.review_states(store.engine, [fact["id"] for fact in results["facts"]])
    for fact in results["facts"]:
        fact["review_state"] = states.get(fact["id"], "pending")
    fmt = _format(format)
    if fmt:
        rows = [{"type": "article", **a} for a in results["articles"]] + [{"type": "fact", **_flat(f)} for f in results["facts"]]
        return download(rows, ("type", "id", "title", "published", "url", "snippet", "kind", "summary", "evidence_text",
                               "document_id", "review_state"), fmt, "search")
    return render(request, "search.html", q=q, results=results)


def _search(store: Store, q: str) -> dict[str, Any]:
    """The store's full-text search (FTS5 on SQLite, LIKE elsewhere); the pages' own LIKE without it."""
    try:
        from coalition.store.search import search as full_text
    except ImportError:
        return queries.like_search(store.engine, q)
    return full_text(store.engine, q, limit=50)
