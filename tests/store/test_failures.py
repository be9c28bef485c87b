"""A failing article leaves the database exactly as it was; bad URLs fail in one line.

The failures are real database errors (a CHECK constraint, a NOT NULL column)
on a real SQLite file or PostgreSQL database: nothing is mocked.
"""

from __future__ import annotations

import pytest

from coalition.errors import StoreError
from coalition.model import ArticleResult, Evidence, Stance
from coalition.store import Store, migrate
from tests.store.rows import snapshot
from tests.store.sample import build_article


def _with_bad_fact(bad_fact, *, postscript: str = " Second article.") -> ArticleResult:
    """A new article whose good facts come first, so the failure happens after
    the document and some facts were already written in its transaction."""
    article = build_article(doc_id="bad-001", postscript=postscript)
    # model_construct skips validation, as a buggy extractor's output could.
    return ArticleResult.model_construct(document=article.document, facts=[*article.facts, bad_fact])


def _backwards_span() -> Stance:
    return Stance.model_construct(
        actor="POL",
        target="sending troops",
        stance="support",
        confidence=0.8,
        evidence=Evidence.model_construct(text="x", start=40, end=10),
    )


def _confidence_above_one() -> Stance:
    return Stance.model_construct(
        actor="POL",
        target="sending troops",
        stance="support",
        confidence=1.5,
        evidence=Evidence(text="Britain", start=0, end=7),
    )


def _no_evidence_text() -> Stance:
    return Stance.model_construct(
        actor="POL",
        target="sending troops",
        stance="support",
        confidence=0.8,
        evidence=Evidence.model_construct(text=None, start=0, end=7),
    )


@pytest.mark.parametrize(
    ("bad_fact", "why"),
    [
        (_backwards_span, "evidence_span"),
        (_confidence_above_one, "confidence_range"),
        (_no_evidence_text, "evidence_text"),
    ],
)
def test_a_failing_article_leaves_the_database_as_it_was(db_url, bad_fact, why):
    with Store.open(db_url) as store:
        assert store.add(build_article(), source="good.jsonl:1") == "stored"
        before = snapshot(db_url)

        with pytest.raises(StoreError) as raised:
            store.add(_with_bad_fact(bad_fact()), source="bad.jsonl:2")

        message = str(raised.value)
        assert "\n" not in message
        assert message.startswith("bad.jsonl:2: document 'bad-001' not stored: fact 6 (stance): ")
        assert why in message
        assert snapshot(db_url) == before
        assert store.count_documents() == 1
        assert store.count_facts() == 6

        # The store is still usable, and the rejected text was not recorded as seen.
        fixed = build_article(doc_id="bad-001", postscript=" Second article.")
        assert store.add(fixed, source="bad.jsonl:2") == "stored"
        assert store.count_facts() == 12


def test_a_fact_that_cannot_be_serialised_is_rejected_whole(db_url):
    with Store.open(db_url) as store:
        before = snapshot(db_url)
        article = build_article()
        broken = ArticleResult.model_construct(document=article.document, facts=[*article.facts, "not a fact"])
        with pytest.raises(StoreError, match=r"^src\.jsonl:1: document 'test-001' not stored: fact 6 \(\?\): "):
            store.add(broken, source="src.jsonl:1")
        assert snapshot(db_url) == before


def test_reopening_keeps_data_and_migrates_nothing(db_url):
    with Store.open(db_url) as store:
        store.add(build_article(), source="a")
        before = snapshot(db_url)

    assert migrate(db_url) == []
    with Store.open(db_url) as store:
        assert store.count_facts() == 6
        assert store.add(build_article(), source="again") == "skipped"
    assert snapshot(db_url) == before


def _bad_urls(tmp_path):
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_bytes(b"this is not a SQLite file, just text " * 200)
    return [
        (f"sqlite:///{tmp_path}/no/such/dir/coalition.db", "unable to open database file"),
        (f"sqlite:///{not_a_database}", "file is not a database"),
        ("postgresql+psycopg://bob:s3cret@127.0.0.1:1/coalition", "Connection refused"),
        ("postgresql+psycopg://bob:s3cret@localhost:port/coalition", "not a database URL"),
        ("nosuchdb://bob:s3cret@localhost/coalition", "nosuchdb"),
        ("://no-scheme", "not a database URL"),
    ]


@pytest.mark.parametrize("case", range(6))
def test_an_unusable_url_gives_one_line_store_error(tmp_path, case):
    url, why = _bad_urls(tmp_path)[case]
    with pytest.raises(StoreError) as raised:
        Store.open(url)
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith("cannot open database ")
    assert why in message
    assert "s3cret" not in message
    if "bob" in url:
        assert "bob:***@" in message
