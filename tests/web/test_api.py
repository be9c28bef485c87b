"""The REST API on a real SQLite file: every endpoint, filters, pagination, auth and errors (issue 5)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from coalition.web.app import create_app
from tests.web.conftest import fill


def _ids(page: dict) -> list[int]:
    return [row["id"] for row in page["data"]]


# -- schema and docs ------------------------------------------------------------


def test_openapi_and_docs_are_served(reader):
    schema = reader.get("/api/v1/openapi.json").json()
    assert schema["info"]["title"] == "Coalition Tracker"
    for path in ("/api/v1/articles", "/api/v1/facts", "/api/v1/facts/{fact_id}/review", "/api/v1/summary", "/api/v1/users"):
        assert path in schema["paths"]
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    docs = reader.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()


# -- articles ---------------------------------------------------------------------


def test_articles_are_listed_newest_first_with_fact_counts(reader):
    page = reader.get("/api/v1/articles").json()
    assert page["count"] == 2 and page["page"] == 1 and page["per_page"] == 50
    assert [a["key"] for a in page["data"]] == ["test-002", "test-001"]
    assert {a["fact_count"] for a in page["data"]} == {6}
    assert "text" not in page["data"][0]
    second = reader.get("/api/v1/articles", params={"per_page": 1, "page": 2}).json()
    assert [a["key"] for a in second["data"]] == ["test-001"] and second["count"] == 2
    assert reader.get("/api/v1/articles", params={"page": 3, "per_page": 1}).json()["data"] == []


def test_articles_are_searched(reader):
    found = reader.get("/api/v1/articles", params={"q": "later"}).json()
    assert [a["key"] for a in found["data"]] == ["test-002"] and found["count"] == 1
    # Words as prefixes, any case; FTS5 syntax in a query is plain text.
    assert reader.get("/api/v1/articles", params={"q": "BRIT pledg"}).json()["count"] == 2
    assert reader.get("/api/v1/articles", params={"q": 'NEAR("x" AND ) *'}).json()["count"] == 0
    assert reader.get("/api/v1/articles", params={"q": "nothing-like-this-anywhere"}).json()["count"] == 0
    assert reader.get("/api/v1/articles", params={"q": "!!!"}).json()["count"] == 2  # no words: no filter


def test_one_article_has_its_text_and_facts(reader):
    listed = reader.get("/api/v1/articles").json()["data"][-1]
    article = reader.get(f"/api/v1/articles/{listed['id']}").json()
    assert article["text"].startswith("Britain will give Ukraine")
    assert [f["kind"] for f in article["facts"]] == [
        "commitment", "statement", "ceasefire", "participation", "stance", "coalition",
    ]
    for fact in article["facts"]:
        evidence = fact["evidence"]
        assert article["text"][evidence["start"]:evidence["end"]] == evidence["text"]
        assert fact["review_state"] == "pending"


def test_missing_article_is_404(reader):
    response = reader.get("/api/v1/articles/999999")
    assert response.status_code == 404 and response.json() == {"detail": "no article with id 999999"}


TEXT = (
    "Germany will send Ukraine four more IRIS-T air defence systems worth €500 million, "
    "the defence minister said on Tuesday."
)


def test_adding_an_article_extracts_and_stores_its_facts(api, tokens):
    body = {"text": TEXT, "title": "Germany pledges IRIS-T", "url": "https://example.org/de", "published": "2025-05-06"}
    assert api.post("/api/v1/articles", json=body).status_code == 401
    response = api.post("/api/v1/articles", json=body, headers=tokens.header())
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["status"] == "stored"
    assert created["article"]["title"] == "Germany pledges IRIS-T"
    assert created["article"]["published"] == "2025-05-06"
    assert any(f["kind"] == "commitment" and f["donor"] == "DEU" for f in created["facts"])
    assert all(f["id"] and f["review_state"] == "pending" for f in created["facts"])
    # Stored: listed, and its facts merged into records once the answer is sent.
    assert api.get("/api/v1/articles").json()["count"] == 3
    donors = api.get("/api/v1/summary").json()["by"]["donor"]
    assert "DEU" in donors
    # The same text again is not stored twice.
    again = api.post("/api/v1/articles", json=body, headers=tokens.header("admin"))
    assert again.status_code == 200 and again.json()["status"] == "skipped"
    assert [f["id"] for f in again.json()["facts"]] == [f["id"] for f in created["facts"]]


def test_adding_an_html_article(api, tokens):
    html = (
        "<html><head><title>Aid</title></head><body><article><h1>Aid</h1>"
        f"<p>{TEXT}</p><p>Officials gave no further details about the delivery schedule.</p>"
        "</article></body></html>"
    )
    response = api.post("/api/v1/articles", json={"html": html}, headers=tokens.header())
    assert response.status_code == 201, response.text
    assert "IRIS-T" in api.get(f"/api/v1/articles/{response.json()['article']['id']}").json()["text"]


@pytest.mark.parametrize(
    "body, message",
    [
        ({}, "exactly one of text and html"),
        ({"text": "a", "html": "<p>a</p>"}, "exactly one of text and html"),
        ({"text": "   "}, "text is empty"),
        ({"text": "Some text.", "published": "May 2025"}, "published"),
        ({"text": "Some text.", "colour": "red"}, "colour"),
    ],
)
def test_bad_articles_are_422(reader, shared_tokens, body, message):
    response = reader.post("/api/v1/articles", json=body, headers=shared_tokens.header())
    assert response.status_code == 422
    assert message in response.json()["detail"]
    assert response.json()["errors"]


def test_html_without_an_article_is_422(reader, shared_tokens):
    response = reader.post("/api/v1/articles", json={"html": "<html><body></body></html>"}, headers=shared_tokens.header())
    assert response.status_code == 422 and "no article text" in response.json()["detail"]


def test_malformed_json_is_422(reader, shared_tokens):
    response = reader.post(
        "/api/v1/articles", content=b"{not json", headers={**shared_tokens.header(), "Content-Type": "application/json"}
    )
    assert response.status_code == 422 and isinstance(response.json()["detail"], str)


# -- facts ----------------------------------------------------------------------


def test_facts_are_paged_with_a_total(reader):
    first = reader.get("/api/v1/facts", params={"per_page": 5}).json()
    assert first["count"] == 12 and len(first["data"]) == 5 and first["page"] == 1
    assert first["count_capped"] is False
    rest = [reader.get("/api/v1/facts", params={"per_page": 5, "page": p}).json() for p in (2, 3)]
    ids = _ids(first) + _ids(rest[0]) + _ids(rest[1])
    assert ids == sorted(ids) and len(set(ids)) == 12
    fact = first["data"][0]
    assert {"id", "kind", "evidence", "document_id", "document_key", "published", "review_state"} <= set(fact)


def test_the_count_stops_at_the_cap_and_says_so(reader, monkeypatch):
    from coalition.store import browse

    monkeypatch.setattr(browse, "COUNT_CAP", 5)
    page = reader.get("/api/v1/facts", params={"per_page": 3, "page": 2}).json()
    assert page["count"] == 5 and page["count_capped"] is True and len(page["data"]) == 3
    beyond = reader.get("/api/v1/facts", params={"per_page": 5, "page": 3}).json()
    assert len(beyond["data"]) == 2 and beyond["count_capped"] is True  # pages go on past the cap
    exact = reader.get("/api/v1/facts", params={"kind": "commitment"}).json()
    assert exact["count"] == 2 and exact["count_capped"] is False
    schema = reader.get("/api/v1/openapi.json").json()["components"]["schemas"]["FactsPage"]
    assert "count_capped" in schema["properties"] and "1,000" in schema["properties"]["count"]["description"]


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"kind": "commitment"}, 2),
        ({"actor": "GBR"}, 8),          # commitment donor, statement, ceasefire proposer, coalition lead
        ({"actor": "RUS"}, 2),          # ceasefire respondent
        ({"donor": "GBR"}, 2),
        ({"recipient": "UKR"}, 2),
        ({"donor": "UKR"}, 0),
        ({"category": "military"}, 2),
        ({"category": "humanitarian"}, 0),
        ({"status": "oppose"}, 2),      # a stance's value
        ({"status": "announced"}, 2),
        ({"review_state": "pending"}, 12),
        ({"review_state": "accepted"}, 0),
        ({"since": "2025-04-01"}, 5),   # the second article's facts, less its dated commitment (2025-03-01)
        ({"until": "2025-03-01"}, 2),   # the commitments are dated 2025-03-01
        ({"since": "2025-03-02", "until": "2025-03-02"}, 5),
        ({"q": "ceasefire"}, 2),
        ({"q": "ceasefire", "kind": "stance"}, 0),
        ({"kind": "statement", "actor": "GBR", "since": "2025-04-01"}, 1),
    ],
)
def test_facts_are_filtered(reader, params, expected):
    page = reader.get("/api/v1/facts", params=params).json()
    assert page["count"] == expected, page
    assert len(page["data"]) == expected


def test_an_actor_with_two_roles_in_a_fact_lists_it_once(api, api_url):
    from sqlalchemy import create_engine, text

    coalition = api.get("/api/v1/facts", params={"kind": "coalition", "actor": "GBR"}).json()["data"][0]
    engine = create_engine(api_url)
    with engine.begin() as conn:  # GBR both leads and is a member of the coalition
        conn.execute(text("INSERT INTO fact_actors (fact_id, role, actor) VALUES (:id, 'member', 'GBR')"),
                     {"id": coalition["id"]})
    engine.dispose()
    for sort in ("id", "-id", "-date"):
        page = api.get("/api/v1/facts", params={"actor": "GBR", "sort": sort}).json()
        assert page["count"] == 8 and len(_ids(page)) == len(set(_ids(page))) == 8, sort
    ids = _ids(api.get("/api/v1/facts", params={"actor": "GBR", "sort": "-id"}).json())
    assert ids == sorted(ids, reverse=True)
    both = api.get("/api/v1/facts", params={"actor": "GBR", "donor": "GBR"}).json()
    assert both["count"] == 2 and {f["kind"] for f in both["data"]} == {"commitment"}


def test_facts_of_one_article(reader):
    article_id = reader.get("/api/v1/articles").json()["data"][0]["id"]
    page = reader.get("/api/v1/facts", params={"article_id": article_id}).json()
    assert page["count"] == 6 and {f["document_id"] for f in page["data"]} == {article_id}


def test_facts_are_sorted(reader):
    by_id = _ids(reader.get("/api/v1/facts", params={"sort": "-id"}).json())
    assert by_id == sorted(by_id, reverse=True)
    newest = reader.get("/api/v1/facts", params={"sort": "-date"}).json()["data"]
    days = [f.get("date") or f["published"] for f in newest]
    assert days == sorted(days, reverse=True)
    confidences = [f["confidence"] for f in reader.get("/api/v1/facts", params={"sort": "confidence"}).json()["data"]]
    assert confidences == sorted(confidences)


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "rumour"},
        {"review_state": "maybe"},
        {"category": "snacks"},
        {"since": "2025-13-01"},
        {"until": "yesterday"},
        {"sort": "amount"},
        {"page": 0},
        {"per_page": 501},
        {"article_id": 0},
    ],
)
def test_bad_fact_filters_are_422(reader, params):
    response = reader.get("/api/v1/facts", params=params)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str) and response.json()["detail"]


def test_one_fact_has_its_article_record_and_reviews(reader):
    commitment = reader.get("/api/v1/facts", params={"kind": "commitment"}).json()["data"][0]
    fact = reader.get(f"/api/v1/facts/{commitment['id']}").json()
    assert fact["donor"] == "GBR" and fact["review_state"] == "pending"
    assert fact["article"]["url"] == "https://example.org/news/1"
    # Both articles report the same pledge: one record, two sources.
    assert fact["record"]["kind"] == "commitment"
    assert {s["fact_id"] for s in fact["record"]["sources"]} >= {commitment["id"]}
    assert fact["record"]["source_count"] == 2
    assert fact["reviews"] == []


def test_missing_fact_is_404(reader, shared_tokens):
    assert reader.get("/api/v1/facts/999999").status_code == 404
    assert reader.get("/api/v1/facts/999999/reviews").status_code == 404
    response = reader.post("/api/v1/facts/999999/review", json={"action": "accept"}, headers=shared_tokens.header())
    assert response.status_code == 404 and response.json() == {"detail": "no fact with id 999999"}
    assert reader.get("/api/v1/facts/not-a-number").status_code == 422
    assert reader.get("/api/v1/facts/99999999999999999999").status_code == 422
    assert reader.get("/api/v1/nowhere").json() == {"detail": "Not Found"}


# -- reviewing ----------------------------------------------------------------------


def test_review_flow_with_audit_log(api, tokens):
    commitment, statement = api.get("/api/v1/facts", params={"per_page": 2}).json()["data"]
    url = f"/api/v1/facts/{commitment['id']}"

    accepted = api.post(f"/api/v1/facts/{statement['id']}/review", json={"action": "accept", "comment": "checked"},
                        headers=tokens.header())
    assert accepted.status_code == 201
    assert accepted.json()["user"] == "olena" and accepted.json()["after"] == {"review_state": "accepted"}

    edited = api.post(f"{url}/review", headers=tokens.header("admin"), json={
        "action": "edit", "comment": "the source says two billion", "edits": {"amount": 2_000_000_000},
    })
    assert edited.status_code == 201, edited.text
    entry = edited.json()
    assert entry["user"] == "ann" and entry["action"] == "edit"
    assert entry["before"]["fact"]["amount"] == 1_600_000_000 and entry["after"]["fact"]["amount"] == 2_000_000_000
    assert entry["before"]["review_state"] == "pending" and entry["after"]["review_state"] == "edited"

    fact = api.get(url).json()
    assert fact["amount"] == 2_000_000_000 and fact["review_state"] == "edited"
    assert [r["action"] for r in fact["reviews"]] == ["edit"]
    assert fact["reviews"][0]["comment"] == "the source says two billion" and fact["reviews"][0]["at"]

    rejected = api.post(f"{url}/review", json={"action": "reject", "comment": "not a pledge"}, headers=tokens.header())
    assert rejected.status_code == 201
    history = api.get(f"{url}/reviews").json()
    assert history["count"] == 2 and [r["action"] for r in history["data"]] == ["edit", "reject"]
    assert history["data"][1]["before"] == {"review_state": "edited"}

    states = {f["id"]: f["review_state"] for f in api.get("/api/v1/facts").json()["data"]}
    assert states[commitment["id"]] == "rejected" and states[statement["id"]] == "accepted"
    assert api.get("/api/v1/facts", params={"review_state": "rejected"}).json()["count"] == 1
    assert api.get("/api/v1/facts", params={"review_state": "pending"}).json()["count"] == 10


@pytest.mark.parametrize(
    "body, status, message",
    [
        ({"action": "approve"}, 422, "action"),
        ({"action": "edit"}, 400, "needs edits"),
        ({"action": "edit", "edits": {"kind": "stance"}}, 400, "cannot change a fact's kind"),
        ({"action": "edit", "edits": {"amount": "lots"}}, 400, "not valid: amount"),
        ({"action": "edit", "edits": {"colour": "red"}}, 400, "not valid: colour"),
        ({"action": "accept", "edits": {"amount": 1}}, 400, "takes no edits"),
        ({"action": "accept", "comment": "x" * 5000}, 422, "comment"),
    ],
)
def test_bad_reviews_are_refused(reader, shared_tokens, body, status, message):
    fact_id = reader.get("/api/v1/facts", params={"kind": "commitment"}).json()["data"][0]["id"]
    response = reader.post(f"/api/v1/facts/{fact_id}/review", json=body, headers=shared_tokens.header())
    assert response.status_code == status, response.text
    assert message in response.json()["detail"]
    assert reader.get(f"/api/v1/facts/{fact_id}/reviews").json()["count"] == 0


# -- auth -------------------------------------------------------------------------------


def test_writing_needs_a_valid_token(reader, shared_tokens):
    fact_id = reader.get("/api/v1/facts").json()["data"][0]["id"]
    url = f"/api/v1/facts/{fact_id}/review"
    missing = reader.post(url, json={"action": "accept"})
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert missing.json() == {"detail": "a bearer token is needed"}
    wrong = reader.post(url, json={"action": "accept"}, headers={"Authorization": "Bearer not-a-token"})
    assert wrong.status_code == 401 and wrong.json() == {"detail": "unknown or inactive token"}
    basic = reader.post(url, json={"action": "accept"}, headers={"Authorization": "Basic YTpi"})
    assert basic.status_code == 401
    # A bad token is refused even where reading is open.
    assert reader.get("/api/v1/facts", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_user_management_is_for_admins(api, tokens):
    assert api.get("/api/v1/users").status_code == 401
    forbidden = api.get("/api/v1/users", headers=tokens.header("reviewer"))
    assert forbidden.status_code == 403 and forbidden.json() == {"detail": "only an admin may manage users"}
    assert api.post("/api/v1/users", json={"name": "x"}, headers=tokens.header()).status_code == 403

    admin = tokens.header("admin")
    assert [u["name"] for u in api.get("/api/v1/users", headers=admin).json()] == ["ann", "olena"]
    created = api.post("/api/v1/users", json={"name": "taras", "role": "reviewer"}, headers=admin)
    assert created.status_code == 201
    token = created.json()["token"]
    assert created.json()["user"] == {**created.json()["user"], "name": "taras", "role": "reviewer", "active": True}
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()["name"] == "taras"
    assert api.post("/api/v1/users", json={"name": "taras"}, headers=admin).status_code == 409
    assert api.post("/api/v1/users", json={"name": "no spaces"}, headers=admin).status_code == 422
    assert api.post("/api/v1/users", json={"name": "x", "role": "owner"}, headers=admin).status_code == 422

    assert api.get("/api/v1/users/taras", headers=admin).json()["role"] == "reviewer"
    assert api.get("/api/v1/users/nobody", headers=admin).status_code == 404
    promoted = api.patch("/api/v1/users/taras", json={"role": "admin"}, headers=admin)
    assert promoted.json()["role"] == "admin"
    renewed = api.post("/api/v1/users/taras/token", headers=admin).json()["token"]
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {renewed}"}).status_code == 200
    switched_off = api.patch("/api/v1/users/taras", json={"active": False}, headers=admin)
    assert switched_off.json()["active"] is False
    assert api.get("/api/v1/me", headers={"Authorization": f"Bearer {renewed}"}).status_code == 401
    # No admin can lock themselves out.
    assert api.patch("/api/v1/users/ann", json={"active": False}, headers=admin).status_code == 400
    assert api.get("/api/v1/me").status_code == 401


def test_private_server_needs_a_token_to_read(api_url, tokens, monkeypatch):
    monkeypatch.setenv("COALITION_PRIVATE", "1")
    with TestClient(create_app(api_url)) as client:
        for path in ("/api/v1/facts", "/api/v1/articles", "/api/v1/summary", "/api/v1/actors"):
            response = client.get(path)
            assert response.status_code == 401, path
            assert "private" in response.json()["detail"]
            assert client.get(path, headers=tokens.header()).status_code == 200
    with TestClient(create_app(api_url, private=False)) as client:
        assert client.get("/api/v1/facts").status_code == 200


# -- records -------------------------------------------------------------------------------


def test_actors(reader):
    page = reader.get("/api/v1/actors").json()
    codes = {a["code"] for a in page["data"]}
    assert {"GBR", "FRA", "UKR", "RUS", "IRL", "ITA"} <= codes and page["count"] == len(page["data"])
    people = reader.get("/api/v1/actors", params={"kind": "person"}).json()["data"]
    assert [p["code"] for p in people] == ["Keir Starmer"]
    gbr = reader.get("/api/v1/actors/GBR").json()
    assert gbr["entries"][0]["kind"] == "country" and gbr["entries"][0]["fact_count"] >= 1
    assert reader.get("/api/v1/actors/XXX").status_code == 404
    assert reader.get("/api/v1/actors", params={"kind": "planet"}).status_code == 422


def test_coalitions_ceasefires_commitments_and_summary(reader):
    coalitions = reader.get("/api/v1/coalitions").json()
    assert coalitions["count"] == 1 and coalitions["data"][0]["data"]["name"] == "coalition of the willing"
    ceasefires = reader.get("/api/v1/ceasefires").json()
    assert ceasefires["count"] == 1 and ceasefires["data"][0]["source_count"] == 2
    commitments = reader.get("/api/v1/commitments").json()
    assert commitments["count"] == 1 and commitments["data"][0]["donor"] == "GBR"
    assert reader.get("/api/v1/commitments", params={"page": 2}).json()["data"] == []
    summary = reader.get("/api/v1/summary").json()
    assert summary["commitments"] == 1 and summary["total_eur"] > 1_600_000_000
    assert list(summary["by"]) == ["donor", "recipient", "category", "month"]
    assert summary["ceasefires"][0]["proposers"] == ["FRA", "GBR"]


# -- body limits -----------------------------------------------------------------------------


def test_bodies_over_the_limit_are_413(api_url, tokens):
    with TestClient(create_app(api_url, max_body=1000)) as client:
        big = {"text": "Britain will give Ukraine money. " * 100}
        response = client.post("/api/v1/articles", json=big, headers=tokens.header())
        assert response.status_code == 413 and "too large" in response.json()["detail"]

        def chunks():  # no Content-Length: counted while reading
            for _ in range(50):
                yield b"x" * 100

        streamed = client.post(
            "/api/v1/articles", content=chunks(), headers={**tokens.header(), "Content-Type": "application/json"}
        )
        assert streamed.status_code == 413
        small = client.post("/api/v1/facts/1/review", json={"action": "accept"}, headers=tokens.header())
        assert small.status_code == 201


def test_the_default_limit_is_two_megabytes(reader, shared_tokens):
    body = b'{"text": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    response = reader.post("/api/v1/articles", content=body, headers={**shared_tokens.header(), "Content-Type": "application/json"})
    assert response.status_code == 413 and "limit 2 MB" in response.json()["detail"]


# -- PostgreSQL ------------------------------------------------------------------------------


def test_filters_and_review_on_every_database(db_url):
    # db_url: SQLite, and PostgreSQL when CI provides one (the LIKE search fallback there).
    tokens = fill(db_url)
    with TestClient(create_app(db_url)) as client:
        assert client.get("/api/v1/facts", params={"actor": "GBR", "since": "2025-04-01"}).json()["count"] == 3
        assert client.get("/api/v1/facts", params={"q": "Ceasefire"}).json()["count"] == 2
        assert client.get("/api/v1/articles", params={"q": "later NEWS"}).json()["count"] == 1
        assert client.get("/api/v1/articles", params={"q": "50%_"}).json()["count"] == 0
        fact_id = client.get("/api/v1/facts", params={"kind": "stance"}).json()["data"][0]["id"]
        response = client.post(
            f"/api/v1/facts/{fact_id}/review", json={"action": "edit", "edits": {"stance": "support"}},
            headers=tokens.header(),
        )
        assert response.status_code == 201, response.text
        assert client.get("/api/v1/facts", params={"status": "support"}).json()["count"] == 1
        assert client.get(f"/api/v1/facts/{fact_id}").json()["reviews"][0]["after"]["fact"]["stance"] == "support"
