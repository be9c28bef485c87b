"""Users with hashed tokens, and reviews with their audit log (issue 5), on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.errors import ConfigError, FactNotFound, UserExists, UserNotFound
from coalition.store.reviews import fact_reviews, review_fact
from coalition.store.schema import FactActorRow, FactRow, UserRow
from coalition.store.users import (
    add_user,
    get_user,
    hash_token,
    list_users,
    new_token,
    update_user,
    user_for_token,
    verify_login,
)
from tests.store.sample import build_article


def test_a_token_is_shown_once_and_stored_hashed(store):
    token = add_user(store.engine, "olena", "reviewer")
    assert len(token) >= 40
    with Session(store.engine) as session:
        row = session.scalar(select(UserRow))
    assert row.token_hash == hash_token(token) and token not in row.token_hash
    user = user_for_token(store.engine, token)
    assert (user.name, user.role, user.active, user.can_review, user.is_admin) == ("olena", "reviewer", True, True, False)
    assert user_for_token(store.engine, token + "x") is None
    assert user_for_token(store.engine, "") is None
    assert verify_login(store.engine, "olena", token).name == "olena"
    assert verify_login(store.engine, "olena", "wrong") is None
    assert verify_login(store.engine, "nobody", token) is None


def test_users_are_managed(store):
    token = add_user(store.engine, "ann", "admin")
    add_user(store.engine, "bo", "reviewer")
    with pytest.raises(UserExists):
        add_user(store.engine, "bo", "admin")
    with pytest.raises(ConfigError, match="unknown role"):
        add_user(store.engine, "cy", "owner")
    with pytest.raises(ConfigError, match="bad user name"):
        add_user(store.engine, "a b", "admin")
    assert [u.name for u in list_users(store.engine)] == ["ann", "bo"]
    assert update_user(store.engine, "bo", role="admin").role == "admin"
    update_user(store.engine, "ann", active=False)
    assert user_for_token(store.engine, token) is None
    assert verify_login(store.engine, "ann", token) is None
    fresh = new_token(store.engine, "bo")
    assert user_for_token(store.engine, fresh).name == "bo"
    assert get_user(store.engine, "ann").active is False
    with pytest.raises(UserNotFound):
        update_user(store.engine, "zed", active=False)


def test_reviews_change_the_state_and_are_logged(store):
    store.add(build_article(), source="a")
    commitment, statement = store.facts()[:2]
    add_user(store.engine, "olena", "reviewer")

    entry = review_fact(store.engine, statement["id"], "olena", "accept", " checked ")
    assert entry["action"] == "accept" and entry["comment"] == "checked" and entry["user"] == "olena"
    assert entry["before"] == {"review_state": "pending"} and entry["after"] == {"review_state": "accepted"}

    edit = review_fact(
        store.engine, commitment["id"], "olena", "edit", "donor is France", edits={"donor": "FRA", "amount": 2_000_000_000}
    )
    assert edit["before"]["fact"]["donor"] == "GBR"
    assert edit["after"]["fact"]["donor"] == "FRA" and edit["after"]["review_state"] == "edited"
    stored = store.fact(commitment["id"])
    assert stored["donor"] == "FRA" and stored["amount"] == 2_000_000_000
    # The actor index follows the edit: GBR is no longer in the fact.
    with Session(store.engine) as session:
        actors = set(session.execute(select(FactActorRow.role, FactActorRow.actor).where(FactActorRow.fact_id == commitment["id"])))
        assert ("donor", "FRA") in actors and ("donor", "GBR") not in actors
        assert session.get(FactRow, commitment["id"]).review_state == "edited"
    review_fact(store.engine, commitment["id"], "olena", "reject", "not a pledge after all")
    history = fact_reviews(store.engine, commitment["id"])
    assert [h["action"] for h in history] == ["edit", "reject"]
    assert history[1]["before"] == {"review_state": "edited"}


def test_bad_reviews_are_refused(store):
    store.add(build_article(), source="a")
    fact_id = store.facts()[0]["id"]
    with pytest.raises(FactNotFound):
        review_fact(store.engine, 999999, "olena", "accept")
    with pytest.raises(FactNotFound):
        fact_reviews(store.engine, 999999)
    with pytest.raises(ConfigError, match="unknown review action"):
        review_fact(store.engine, fact_id, "olena", "approve")
    with pytest.raises(ConfigError, match="needs edits"):
        review_fact(store.engine, fact_id, "olena", "edit")
    with pytest.raises(ConfigError, match="cannot change a fact's kind"):
        review_fact(store.engine, fact_id, "olena", "edit", edits={"kind": "stance"})
    with pytest.raises(ConfigError, match="not valid: category"):
        review_fact(store.engine, fact_id, "olena", "edit", edits={"category": "snacks"})
    with pytest.raises(ConfigError, match="takes no edits"):
        review_fact(store.engine, fact_id, "olena", "accept", edits={"amount": 1})
    assert fact_reviews(store.engine, fact_id) == []
    assert store.fact(fact_id)["category"] == "military"


def test_an_edit_keeps_the_actor_index_columns_in_step(store):
    # The lists filter an actor's facts by the kind and date copied into fact_actors (0005).
    store.add(build_article(), source="a")
    commitment = store.facts()[0]
    add_user(store.engine, "olena", "reviewer")

    def copied():
        with Session(store.engine) as session:
            return set(session.execute(
                select(FactActorRow.actor, FactActorRow.kind, FactActorRow.day, FactActorRow.first_role)
                .where(FactActorRow.fact_id == commitment["id"])
            ))

    before = copied()
    assert before and {kind for _, kind, _, _ in before} == {"commitment"}
    review_fact(store.engine, commitment["id"], "olena", "edit", "dated", edits={"date": "2025-03-09", "recipient": "GBR"})
    after = copied()
    assert {day for _, _, day, _ in after} == {"2025-03-09"}
    # GBR is now donor and recipient: one of its two rows is its first role.
    assert sorted(first for actor, _, _, first in after if actor == "GBR") == [False, True]
