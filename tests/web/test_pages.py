"""The server-rendered pages, through FastAPI's TestClient on a real SQLite file (issue 5).

The database holds the repository's example articles and, when present, the
seed article; tests that need the seed skip without it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from coalition.batch import ingest_paths
from coalition.store import Store
from coalition.store.users import add_user
from coalition.web.app import create_app
from coalition.web.session import COOKIE
from tests.conftest import REPO, SEED


@pytest.fixture(scope="module")
def db_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('pages') / 'coalition.db'}"
    paths = [str(REPO / "examples")] + ([str(SEED)] if SEED.exists() else [])
    failures = list(ingest_paths(paths, url))
    assert not failures, failures
    with Store.open(url) as store:
        store_engine = store.engine
        add_user(store_engine, "olena", "reviewer")
    return url


@pytest.fixture(scope="module")
def token(db_url) -> str:
    with Store.open(db_url) as store:
        return add_user(store.engine, "mykola", "reviewer")


@pytest.fixture
def client(db_url):
    with TestClient(create_app(db_url)) as opened:
        yield opened


def _documents(db_url) -> list[dict]:
    with Store.open(db_url) as store:
        return store.documents()


@pytest.fixture
def seed_id(db_url) -> int:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    return next(d["id"] for d in _documents(db_url) if "Coalition of the Willing" in (d["title"] or ""))


class _Marks(HTMLParser):
    """The text inside every ``<mark id=...>`` of a page, and every in-page link."""

    def __init__(self):
        super().__init__()
        self.ids: dict[str, str] = {}
        self.links: list[str] = []
        self._open: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "mark":
            self._open.append(attrs.get("id"))
            if attrs.get("id"):
                self.ids[attrs["id"]] = ""
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.links.append(attrs["href"][1:])

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open.pop()

    def handle_data(self, data):
        for mark_id in self._open:
            if mark_id:
                self.ids[mark_id] += data


def _csrf(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _login(client: TestClient, name: str, token: str) -> None:
    page = client.get("/login")
    response = client.post(
        "/login", data={"name": name, "token": token, "csrf_token": _csrf(page.text), "next": "/review"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/review"


# -- reading pages ------------------------------------------------------------------


def test_overview_shows_totals_charts_latest_commitments_and_landmarks(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.text
    assert "Commitments by donor, EUR" in html and "Commitments by category, EUR" in html
    assert html.count("<svg") >= 2
    assert "Latest commitments" in html and 'href="/actors/DEU"' in html
    assert "Open ceasefire proposals" in html and "Coalition membership" in html
    # Accessibility basics: a skip link to <main>, named navigation, a language.
    assert 'class="skip-link" href="#main"' in html and '<main id="main"' in html
    assert '<nav aria-label="Main">' in html and '<html lang="en">' in html
    assert "cdn" not in html.lower() and "https://" not in html.split("<footer")[0].split("</head>")[0]


def test_every_input_has_a_label(client):
    for path in ("/", "/facts", "/search?q=Ukraine", "/login", "/review"):
        html = client.get(path).text
        inputs = re.findall(r'<(?:input|select|textarea)\b(?![^>]*type="hidden")[^>]*\bid="([^"]+)"', html)
        unlabeled = [i for i in inputs if f'for="{i}"' not in html]
        assert inputs and not unlabeled, (path, unlabeled)


def test_session_cookie_is_http_only_lax_and_secure_only_over_https(db_url):
    with TestClient(create_app(db_url)) as plain:
        cookie = plain.get("/").headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Secure" not in cookie
    with TestClient(create_app(db_url), base_url="https://testserver") as tls:
        assert "Secure" in tls.get("/").headers["set-cookie"]


def test_article_page_marks_every_fact_and_links_each_key_point(client, db_url):
    document = next(d for d in _documents(db_url) if d["fact_count"])
    response = client.get(f"/articles/{document['id']}")
    assert response.status_code == 200
    with Store.open(db_url) as store:
        facts = [f for f in store.facts() if f["document_id"] == document["id"]]
    parser = _Marks()
    parser.feed(response.text)
    for fact in facts:
        anchor = f"fact-{fact['id']}"
        assert anchor in parser.ids, anchor
        assert anchor in parser.links
        # The marked text starts the fact's evidence (nested marks may split it).
        assert fact["evidence"]["text"].startswith(parser.ids[anchor].split("\n")[0][:20])
    if document["url"]:
        assert f'href="{document["url"]}"' in response.text


def test_seed_article_highlights_its_evidence(client, seed_id):
    html = client.get(f"/articles/{seed_id}").text
    parser = _Marks()
    parser.feed(html)
    marked = " ".join(parser.ids.values())
    assert "missile deal" in marked
    assert "Lavrov" in marked
    assert len(parser.ids) >= 10
    assert "Key points" in html


def test_missing_article_and_actor_are_404(client):
    assert client.get("/articles/999999").status_code == 404
    assert client.get("/actors/ZZZ").status_code == 404


def test_actor_page_has_a_timeline_chart_and_facts_by_kind(client):
    response = client.get("/actors/GBR")
    assert response.status_code == 200
    assert "GBR: facts over time" in response.text and "<circle" in response.text
    assert 'id="k-commitment"' in response.text


def test_facts_filter_and_downloads_agree(client):
    html = client.get("/facts", params={"kind": "commitment", "actor": "DEU"}).text
    total = int(re.search(r"<p>([\d,]+) matching facts", html).group(1).replace(",", ""))
    assert total >= 1
    body = client.get("/facts", params={"kind": "commitment", "actor": "DEU", "format": "csv"})
    assert body.headers["content-type"].startswith("text/csv")
    assert 'filename="facts.csv"' in body.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(body.text)))
    assert len(rows) == total and {r["kind"] for r in rows} == {"commitment"}
    assert all(r["donor"] == "DEU" or r["recipient"] == "DEU" for r in rows)
    as_json = client.get("/facts", params={"kind": "commitment", "actor": "DEU", "format": "json"}).json()
    assert [f["id"] for f in as_json] == [int(r["id"]) for r in rows]


def test_bad_filters_are_400(client):
    assert client.get("/facts", params={"kind": "rumour"}).status_code == 400
    assert client.get("/facts", params={"since": "March"}).status_code == 400
    assert client.get("/facts", params={"format": "xml"}).status_code == 400


def test_articles_list_downloads(client, db_url):
    rows = client.get("/articles", params={"format": "json"}).json()
    assert len(rows) == len(_documents(db_url))
    assert "IRIS-T" in client.get("/articles").text


def test_search_finds_articles_and_facts(client):
    html = client.get("/search", params={"q": "IRIS-T"}).text
    assert "Germany pledges 1.3 billion euros" in html
    assert re.search(r"Facts \([1-9]", html)
    rows = client.get("/search", params={"q": "IRIS-T", "format": "csv"}).text
    assert "article" in rows and "fact" in rows
    # LIKE wildcards in the query are literal characters.
    assert "No article matches." in client.get("/search", params={"q": "%_%"}).text


def test_static_files_only_from_their_folder(client):
    assert client.get("/static/site.css").status_code == 200
    assert client.get("/static/..%2fapp.py").status_code == 404
    assert client.get("/static/app.py").status_code == 404


# -- login and review ---------------------------------------------------------------


def test_login_needs_the_csrf_token_and_the_right_token(client, token):
    page = client.get("/login")
    assert client.post("/login", data={"name": "mykola", "token": token}).status_code == 403
    wrong = client.post("/login", data={"name": "mykola", "token": "nope", "csrf_token": _csrf(page.text)})
    assert wrong.status_code == 401 and "do not match" in wrong.text


def test_login_redirect_stays_on_this_site(client, token):
    page = client.get("/login")
    response = client.post(
        "/login", data={"name": "mykola", "token": token, "csrf_token": _csrf(page.text), "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert response.headers["location"] == "/"


def test_csrf_token_changes_at_login(client, token):
    before = _csrf(client.get("/login").text)
    _login(client, "mykola", token)
    after = _csrf(client.get("/review").text)
    assert before != after


def test_review_needs_login(client, db_url):
    with Store.open(db_url) as store:
        fact_id = store.facts(limit=1)[0]["id"]
    csrf = _csrf(client.get("/login").text)
    response = client.post(f"/review/{fact_id}", data={"action": "accept", "csrf_token": csrf})
    assert response.status_code == 401


def test_accept_with_comment_is_shown_everywhere(client, db_url, token):
    _login(client, "mykola", token)
    queue = client.get("/review", params={"kind": "commitment"}).text
    fact_id = int(re.search(r'action="/review/(\d+)"', queue).group(1))
    with Store.open(db_url) as store:
        fact = store.fact(fact_id)
    response = client.post(
        f"/review/{fact['id']}",
        data={"action": "accept", "comment": "checked against the wire copy", "csrf_token": _csrf(queue), "next": "/review"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    article = client.get(f"/articles/{fact['document_id']}").text
    assert "checked against the wire copy" in article
    assert re.search(rf'id="fact-{fact["id"]}" class="[^"]*review-accepted', article)
    assert f'action="/review/{fact["id"]}"' not in client.get("/review", params={"kind": "commitment"}).text
    assert f'/articles/{fact["document_id"]}#fact-{fact["id"]}' in client.get("/review", params={"state": "accepted"}).text
    facts_page = client.get("/facts", params={"review": "accepted"}).text
    assert f'#fact-{fact["id"]}"' in facts_page and "badge review-accepted" in facts_page


def test_edit_changes_the_fact_and_bad_edits_are_400(client, db_url, token):
    with Store.open(db_url) as store:
        fact = [f for f in store.facts(kind="commitment") if f.get("amount")][0]
    _login(client, "mykola", token)
    csrf = _csrf(client.get("/review").text)
    not_json = client.post(f"/review/{fact['id']}", data={"action": "edit", "changes": "{", "csrf_token": csrf})
    assert not_json.status_code == 400 and "not valid JSON" in not_json.json()["detail"]
    unchanged = client.post(f"/review/{fact['id']}", data={"action": "edit", "changes": "{}", "csrf_token": csrf})
    assert unchanged.status_code == 400
    edited = client.post(
        f"/review/{fact['id']}",
        data={"action": "edit", "changes": json.dumps({"amount": 123456789}), "comment": "typo", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert edited.status_code == 303
    with Store.open(db_url) as store:
        assert store.fact(fact["id"])["amount"] == 123456789


def test_reject_marks_the_fact_rejected(client, db_url, token):
    with Store.open(db_url) as store:
        fact = store.facts(kind="statement", limit=1)[0]
    _login(client, "mykola", token)
    csrf = _csrf(client.get("/review").text)
    client.post(f"/review/{fact['id']}", data={"action": "reject", "comment": "not a quote", "csrf_token": csrf})
    html = client.get(f"/articles/{fact['document_id']}").text
    assert re.search(rf'id="fact-{fact["id"]}" class="[^"]*review-rejected', html) and "not a quote" in html


def test_logout_needs_csrf_and_ends_the_session(client, token):
    _login(client, "mykola", token)
    page = client.get("/review").text
    assert "Signed in as" in page
    assert client.post("/logout", data={}).status_code == 403
    client.post("/logout", data={"csrf_token": _csrf(page)})
    assert "Signed in as" not in client.get("/review").text


def test_forged_cookie_is_anonymous(client):
    client.cookies.set(COOKIE, "eyJ1c2VyIjoib2xlbmEifQ.forged.sig")
    assert "Signed in as" not in client.get("/").text


def test_private_server_sends_anonymous_readers_to_the_login_form(db_url, token, monkeypatch):
    monkeypatch.delenv("COALITION_PRIVATE", raising=False)
    with TestClient(create_app(db_url, private=True)) as private:
        for path in ("/", "/facts?kind=commitment", "/articles", "/search?q=Ukraine", "/review", "/facts?format=csv"):
            response = private.get(path, follow_redirects=False)
            assert response.status_code == 303, path
            location = response.headers["location"]
            assert location.startswith("/login?next="), location
            assert "Ukraine" not in response.text and "<svg" not in response.text
        # The login form, its post and the static files stay open.
        assert private.get("/login").status_code == 200
        assert private.get("/static/site.css").status_code == 200
        # Logging in follows ``next`` back to the page asked for, which then opens.
        asked = private.get("/facts?kind=commitment", follow_redirects=False).headers["location"]
        form = private.get(asked)
        assert 'name="next" value="/facts?kind=commitment"' in form.text
        response = private.post(
            "/login", data={"name": "mykola", "token": token, "csrf_token": _csrf(form.text),
                            "next": "/facts?kind=commitment"}, follow_redirects=False,
        )
        assert response.status_code == 303 and response.headers["location"] == "/facts?kind=commitment"
        assert private.get("/facts?kind=commitment").status_code == 200
        assert private.get("/").status_code == 200


def test_private_setting_comes_from_the_environment_too(db_url, monkeypatch):
    monkeypatch.setenv("COALITION_PRIVATE", "1")
    with TestClient(create_app(db_url)) as private:
        assert private.get("/", follow_redirects=False).status_code == 303
        assert private.get("/login").status_code == 200
    monkeypatch.setenv("COALITION_PRIVATE", "0")
    with TestClient(create_app(db_url)) as public:
        assert public.get("/", follow_redirects=False).status_code == 200
