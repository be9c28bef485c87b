"""Reading for the web API: filtered, sorted pages of facts and articles, and one of each in full (issue 5).

    rows, count, capped = fact_page(engine, FactFilter(kind="commitment", donor="GBR"), sort="-date", limit=50, offset=0)
    rows, total = article_page(engine, q="storm shadow", limit=20, offset=0)
    article(engine, 3)        # with its text and facts; DocumentNotFound
    fact(engine, 27)          # with its article, merged record and review history; FactNotFound

Facts come back as in :meth:`Store.facts` (the contract fact plus ``id``,
``document_id``, ``document_key``, ``published``) with their ``review_state``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.orm import aliased

from coalition.errors import ConfigError, DocumentNotFound, FactNotFound, StoreError
from coalition.model import FACT_KINDS
from coalition.store.database import connected, reading
from coalition.store.schema import REVIEW_STATES, DocumentRow, FactActorRow, FactRow
from coalition.store.search import document_match, fact_match

# What a fact is dated by: its own date, else its article's (as in Store.facts).
EFFECTIVE_DATE = func.coalesce(FactRow.fact_date, DocumentRow.published)

FACT_SORTS = {
    "id": (FactRow.id,),
    "date": (EFFECTIVE_DATE, FactRow.id),
    "confidence": (FactRow.confidence, FactRow.id),
    "kind": (FactRow.kind, FactRow.id),
}


@dataclass(frozen=True)
class FactFilter:
    """Every filter is optional; those given must all hold. Dates are inclusive."""

    kind: str | None = None
    actor: str | None = None          # any role: donor, recipient, speaker, proposer, lead, member...
    donor: str | None = None
    recipient: str | None = None
    category: str | None = None
    status: str | None = None         # a commitment's, ceasefire's or participation's status; a stance's value
    review_state: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    document_id: int | None = None
    q: str | None = None              # words of the evidence (full-text search)

    def given(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) not in (None, "")}


# A list filtered by an actor is read from that actor's rows of ``fact_actors``
# (index actor, fact_id, ...): they come in fact id order, so a page stops after
# its rows instead of first gathering every fact of the actor (an ``IN``
# subquery collects them all: tens of thousands for a big donor). The index
# also holds each fact's kind and effective date and whether the row is the
# actor's first role in the fact (0005), so counting an actor's matches reads
# the index alone.
_BY_ACTOR = aliased(FactActorRow, name="by_actor")


def _leading_actor(where: FactFilter) -> tuple[str, str] | None:
    """The (role, actor) the query is driven by: the first actor filter given ("" for any role)."""
    for role, actor in (("", where.actor), ("donor", where.donor), ("recipient", where.recipient)):
        if actor:
            return role, actor
    return None


def fact_sort(sort: str, where: FactFilter | None = None) -> tuple:
    """``"date"`` oldest first, ``"-date"`` newest first; also id, confidence, kind.

    With ``where``, the order for :func:`filtered_facts` of ``where``: the id
    is read from the actor's index row when an actor leads the query.
    """
    descending = sort.startswith("-")
    columns = FACT_SORTS.get(sort.lstrip("-"))
    if columns is None:
        choices = ", ".join(f"{name}, -{name}" for name in FACT_SORTS)
        raise ConfigError(f"cannot sort facts by {sort!r}; expected one of {choices}")
    if where is not None and _leading_actor(where):
        columns = tuple(_BY_ACTOR.fact_id if c is FactRow.id else c for c in columns)
    return tuple(c.desc() if descending else c.asc() for c in columns)


def _fact_columns():
    return (
        FactRow.id, FactRow.data, FactRow.document_id, DocumentRow.doc_key, DocumentRow.published,
        FactRow.review_state,
    )


def _fact_dict(fact_id, data, document_id, doc_key, published, state) -> dict[str, Any]:
    return {
        "id": fact_id, **data, "document_id": document_id, "document_key": doc_key,
        "published": published, "review_state": state,
    }


def _check(where: FactFilter) -> None:
    if where.kind and where.kind not in FACT_KINDS:
        raise ConfigError(f"unknown fact kind {where.kind!r}; expected one of {', '.join(FACT_KINDS)}")
    if where.review_state and where.review_state not in REVIEW_STATES:
        raise ConfigError(
            f"unknown review state {where.review_state!r}; expected one of {', '.join(REVIEW_STATES)}"
        )


def filtered_facts(engine: Engine, query: Select, where: FactFilter, *, rows: bool = True) -> Select:
    """``query`` on facts joined to their articles, restricted by ``where``; order it by :func:`fact_sort` of ``where``.

    ``rows=False`` is for :func:`counting_query`, which selects only ids: the
    facts and articles are then joined only when a filter needs them.
    """
    _check(where)
    leading = _leading_actor(where)
    on_facts = rows or bool(
        where.review_state or where.category or where.status or where.document_id is not None or where.q
        or sum(1 for actor in (where.actor, where.donor, where.recipient) if actor) > 1
    )
    if leading:
        role, actor = leading
        query = query.select_from(_BY_ACTOR).where(_BY_ACTOR.actor == actor)
        # One row per fact: an actor with two roles in a fact is read by its first role only.
        query = query.where(_BY_ACTOR.role == role) if role else query.where(_BY_ACTOR.first_role.is_(True))
        if where.kind:
            query = query.where(_BY_ACTOR.kind == where.kind)
        if where.since:
            query = query.where(_BY_ACTOR.day >= _iso(where.since))
        if where.until:
            query = query.where(_BY_ACTOR.day <= _iso(where.until))
        if on_facts:
            query = query.join(FactRow, FactRow.id == _BY_ACTOR.fact_id)
    else:
        query = query.select_from(FactRow)
        if where.kind:
            query = query.where(FactRow.kind == where.kind)
        if where.since:
            query = query.where(EFFECTIVE_DATE >= _iso(where.since))
        if where.until:
            query = query.where(EFFECTIVE_DATE <= _iso(where.until))
    if rows or (not leading and (where.since or where.until)):
        query = query.join(DocumentRow, FactRow.document_id == DocumentRow.id)
    if where.review_state:
        query = query.where(FactRow.review_state == where.review_state)
    if where.category:
        query = query.where(FactRow.category == where.category)
    if where.status:
        query = query.where(FactRow.status == where.status)
    if where.document_id is not None:
        query = query.where(FactRow.document_id == where.document_id)
    for role, actor in (("", where.actor), ("donor", where.donor), ("recipient", where.recipient)):
        if actor and (role, actor) != leading:
            # A subquery, not a join: an actor with two roles in a fact must not list it twice.
            taking_part = select(FactActorRow.fact_id).where(FactActorRow.actor == actor)
            if role:
                taking_part = taking_part.where(FactActorRow.role == role)
            query = query.where(FactRow.id.in_(taking_part))
    match = fact_match(engine, where.q)
    if match is not None:
        query = query.where(match)
    return query


def counting_query(engine: Engine, where: FactFilter, cap: int) -> Select:
    """How many facts match ``where``, counted up to ``cap + 1``: one past the cap tells "more than"."""
    fact_id = _BY_ACTOR.fact_id if _leading_actor(where) else FactRow.id
    matching = filtered_facts(engine, select(fact_id), where, rows=False).limit(cap + 1).subquery()
    return select(func.count()).select_from(matching)


# Counting stops here: past it ``fact_page`` reports the cap and says so, so a
# filter matching most of a million facts costs no more than one matching few
# (an exact total of 400,000 would read all 400,000 rows on every page).
COUNT_CAP = 1_000


def fact_page(
    engine: Engine, where: FactFilter, *, sort: str = "id", limit: int = 50, offset: int = 0,
    count_cap: int | None = None,
) -> tuple[list[dict[str, Any]], int, bool]:
    """One page of matching facts, how many match (at most ``count_cap``, default :data:`COUNT_CAP`),
    and whether the count was capped.

    Ordered by ``sort`` with the id last, so every order is total and pages
    neither repeat nor skip a fact; sorting by id (the default) walks an index.
    """
    count_cap = COUNT_CAP if count_cap is None else count_cap
    order = fact_sort(sort, where)
    query = filtered_facts(engine, select(*_fact_columns()), where).order_by(*order).offset(offset).limit(limit)
    counting = counting_query(engine, where, count_cap)
    with connected(engine) as connection:
        found = connection.execute(query).all()
        total = connection.scalar(counting) or 0
    return [_fact_dict(*row) for row in found], min(total, count_cap), total > count_cap


def fact(engine: Engine, fact_id: int) -> dict[str, Any]:
    """One fact with its article, the merged record it belongs to (its sources) and its reviews."""
    from coalition.store.records import explain
    from coalition.store.reviews import fact_reviews

    query = (
        select(*_fact_columns(), DocumentRow.title, DocumentRow.url)
        .join(DocumentRow, FactRow.document_id == DocumentRow.id)
        .where(FactRow.id == fact_id)
    )
    with reading(engine) as session:
        row = session.execute(query).first()
    if row is None:
        raise FactNotFound(fact_id)
    found = _fact_dict(*row[:6])
    found["article"] = {"id": row.document_id, "title": row.title, "url": row.url, "published": row.published}
    try:
        found["record"] = explain(engine, fact_id)
    except FactNotFound:
        raise
    except StoreError:  # in no record until the records are rebuilt
        found["record"] = None
    found["reviews"] = fact_reviews(engine, fact_id)
    return found


_ARTICLE_COLUMNS = (
    DocumentRow.id, DocumentRow.doc_key, DocumentRow.title, DocumentRow.url, DocumentRow.published,
    DocumentRow.outlet, DocumentRow.source, DocumentRow.ingested_at,
)


def article_page(
    engine: Engine, *, q: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """Stored articles, newest published first (then newest stored), each with its number of facts."""
    fact_count = (
        select(func.count(FactRow.id)).where(FactRow.document_id == DocumentRow.id)
        .correlate(DocumentRow).scalar_subquery()
    )
    query = select(*_ARTICLE_COLUMNS, fact_count.label("fact_count"))
    counting = select(func.count(DocumentRow.id))
    match = document_match(engine, q)
    if match is not None:
        query = query.where(match)
        counting = counting.where(match)
    query = query.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc()).offset(offset).limit(limit)
    with reading(engine) as session:
        rows = [_article_dict(row) for row in session.execute(query).mappings()]
        total = session.scalar(counting) or 0
    return rows, total


def article(engine: Engine, document_id: int) -> dict[str, Any]:
    """One article with its text and its facts in article order."""
    with reading(engine) as session:
        row = session.execute(select(*_ARTICLE_COLUMNS, DocumentRow.text).where(DocumentRow.id == document_id)).mappings().first()
        if row is None:
            raise DocumentNotFound(document_id)
        facts = session.execute(
            select(*_fact_columns()).join(DocumentRow, FactRow.document_id == DocumentRow.id)
            .where(FactRow.document_id == document_id).order_by(FactRow.position)
        ).all()
    found = _article_dict(row)
    found["facts"] = [_fact_dict(*f) for f in facts]
    found["fact_count"] = len(found["facts"])
    return found


def _article_dict(row) -> dict[str, Any]:
    found = dict(row)
    found["key"] = found.pop("doc_key")
    at = found.get("ingested_at")
    found["ingested_at"] = at.isoformat() if at is not None else None
    return found


def _iso(value: date | str) -> str:
    return value.isoformat() if isinstance(value, date) else value


def article_id(engine: Engine, digest: str) -> int:
    """The id of the article whose text has this sha256; :class:`DocumentNotFound` if none."""
    with reading(engine) as session:
        found = session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == digest))
    if found is None:
        raise DocumentNotFound(digest)
    return found
