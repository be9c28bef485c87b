"""``/api/v1`` actors, coalitions, ceasefires, commitments and summary: the merged records (issue 4)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from sqlalchemy import Engine

from coalition.store import records
from coalition.store.schema import ACTOR_KINDS
from coalition.web.api.models import Page
from coalition.web.deps import Pagination, get_engine, pagination, require_reader

router = APIRouter(tags=["records"], dependencies=[Depends(require_reader)])

ActorKind = Literal[ACTOR_KINDS]  # type: ignore[valid-type]


@router.get("/actors", response_model=Page, summary="Actors named by the facts")
def list_actors(
    kind: ActorKind | None = Query(None),
    paging: Pagination = Depends(pagination),
    engine: Engine = Depends(get_engine),
) -> dict:
    """Countries, organisations, companies and people, by kind then code, with names, aliases and fact counts."""
    return paging.slice(records.actors(engine, kind=kind))


@router.get("/actors/{code}", summary="One actor")
def get_actor(code: str = Path(max_length=200), engine: Engine = Depends(get_engine)) -> dict:
    """The actor's entries (a code can name a country and a person's country at once);
    its facts are at ``/api/v1/facts?actor=CODE``."""
    found = [a for a in records.actors(engine) if a["code"] == code]
    if not found:
        raise HTTPException(404, f"no actor with code {code!r}")
    return {"code": code, "entries": found}


@router.get("/coalitions", response_model=Page, summary="Coalitions (merged records)")
def list_coalitions(paging: Pagination = Depends(pagination), engine: Engine = Depends(get_engine)) -> dict:
    return paging.slice(records.records(engine, kind="coalition"))


@router.get("/ceasefires", response_model=Page, summary="Ceasefire proposals and answers (merged records)")
def list_ceasefires(paging: Pagination = Depends(pagination), engine: Engine = Depends(get_engine)) -> dict:
    return paging.slice(records.records(engine, kind="ceasefire"))


@router.get("/commitments", response_model=Page, summary="Commitments, one per pledge (merged records)")
def list_commitments(paging: Pagination = Depends(pagination), engine: Engine = Depends(get_engine)) -> dict:
    """One row per commitment however many articles report it, in EUR and USD, as `coalition export` writes."""
    return paging.slice(records.commitments(engine))


@router.get("/summary", summary="Totals by donor, recipient, category and month; ceasefires; stances")
def get_summary(engine: Engine = Depends(get_engine)) -> dict:
    """As `coalition summary --format json`: each commitment counted once; running totals
    and sub-allocations left out of the sums."""
    return records.summary(engine)
