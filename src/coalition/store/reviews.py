"""Reviewing facts: accept, edit or reject, each kept in an audit log (issue 5).

    review_fact(engine, 27, user, "accept", "checked against the source")
    review_fact(engine, 27, "olena", "edit", "amount is in euros", edits={"currency": "EUR"})
    review_fact(engine, 27, user, "reject", "not a pledge")
    fact_reviews(engine, 27)        # oldest first

``user`` is a :class:`~coalition.store.users.User` or a user name; the
caller checks who may review (the web lets reviewers and admins). Each call
returns the log entry it wrote::

    {"id": 3, "fact_id": 27, "user": "olena", "action": "edit", "comment": "...",
     "before": {"review_state": "pending", "fact": {...}},
     "after": {"review_state": "edited", "fact": {...}}, "at": "2026-11-15T10:00:00+00:00"}

``before``/``after`` carry ``"fact"`` (the contract fact) only for edits.
The fact's ``review_state`` becomes ``accepted``, ``edited`` or ``rejected``
(it starts ``pending``). An edit changes the stored fact: ``edits`` is a
partial contract fact (``{"amount": 2e9, "items": ["tanks"]}``); the result
must still be a valid fact of the same kind, else :class:`ConfigError`.

Records are not rebuilt here: call :func:`coalition.store.records.rebuild_records`
after edits when the merged records should show them (the web app does).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.errors import ConfigError, FactNotFound, StoreError
from coalition.model import Fact
from coalition.store.database import reason
from coalition.store.schema import (
    REVIEW_ACTIONS,
    FactActorRow,
    FactRow,
    ReviewRow,
    fact_actor_rows,
)

_STATE_AFTER = {"accept": "accepted", "edit": "edited", "reject": "rejected"}
_FACT = TypeAdapter(Fact)
MAX_COMMENT = 4000


def review_fact(
    engine: Engine,
    fact_id: int,
    user: Any,
    action: str,
    comment: str = "",
    edits: dict | None = None,
) -> dict[str, Any]:
    """Record one review of a fact and set its review state; returns the log entry."""
    name = user if isinstance(user, str) else user.name
    if action not in REVIEW_ACTIONS:
        raise ConfigError(f"unknown review action {action!r}; expected one of {', '.join(REVIEW_ACTIONS)}")
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise ConfigError(f"comment too long ({len(comment)} characters, limit {MAX_COMMENT})")
    if action == "edit" and not edits:
        raise ConfigError("an edit needs edits: the fields to change, e.g. {\"amount\": 2000000000}")
    if action != "edit" and edits:
        raise ConfigError(f"only an edit changes the fact; {action!r} takes no edits")
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            row = session.get(FactRow, fact_id, with_for_update=True)
            if row is None:
                raise FactNotFound(fact_id)
            before: dict[str, Any] = {"review_state": row.review_state}
            after: dict[str, Any] = {"review_state": _STATE_AFTER[action]}
            if action == "edit":
                data = _edited(row.data, edits or {})
                before["fact"] = row.data
                after["fact"] = data
                _set_data(row, data)
            row.review_state = _STATE_AFTER[action]
            review = ReviewRow(
                fact_id=fact_id, user_name=name, action=action, comment=comment, before=before, after=after
            )
            session.add(review)
            session.flush()
            return _review_dict(review)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot review fact {fact_id}: {reason(exc)}") from exc


def fact_reviews(engine: Engine, fact_id: int) -> list[dict[str, Any]]:
    """Every review of a fact, oldest first; :class:`FactNotFound` if there is no such fact."""
    try:
        with Session(engine) as session:
            if session.get(FactRow, fact_id) is None:
                raise FactNotFound(fact_id)
            query = select(ReviewRow).where(ReviewRow.fact_id == fact_id).order_by(ReviewRow.at, ReviewRow.id)
            return [_review_dict(row) for row in session.scalars(query)]
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read the reviews of fact {fact_id}: {reason(exc)}") from exc


def _edited(data: dict, edits: dict) -> dict:
    if not isinstance(edits, dict):
        raise ConfigError("edits must be an object of fact fields")
    if "kind" in edits and edits["kind"] != data.get("kind"):
        raise ConfigError(f"an edit cannot change a fact's kind (it is a {data.get('kind')})")
    merged = {**data, **edits}
    try:
        fact = _FACT.validate_python(merged)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'][1:]) or 'fact'}: {error['msg']}" for error in exc.errors()
        )
        raise ConfigError(f"the edited fact is not valid: {problems}") from None
    return fact.model_dump(mode="json")


def _set_data(row: FactRow, data: dict) -> None:
    evidence = data["evidence"]
    row.data = data
    row.evidence_start = evidence["start"]
    row.evidence_end = evidence["end"]
    row.evidence_text = evidence["text"]
    row.confidence = data["confidence"]
    row.fact_date = data.get("date")
    row.category = data.get("category")
    row.status = data.get("status") or data.get("stance")
    row.actors = [FactActorRow(**columns) for columns in fact_actor_rows(data, row.document.published)]


def _review_dict(row: ReviewRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "fact_id": row.fact_id,
        "user": row.user_name,
        "action": row.action,
        "comment": row.comment,
        "before": row.before,
        "after": row.after,
        "at": _iso(row.at),
    }


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
