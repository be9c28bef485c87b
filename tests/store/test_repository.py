"""Adding articles and reading facts back, on SQLite and (in CI) PostgreSQL."""

from __future__ import annotations

import pytest

from coalition.errors import ConfigError, FactNotFound
from coalition.model import content_hash
from tests.store.sample import TEXT, build_article, contract_facts, without_store_keys


def test_round_trip_gives_the_contract_facts(store):
    article = build_article()
    assert store.add(article, source="tests/article.txt") == "stored"

    facts = store.facts()
    assert [without_store_keys(fact) for fact in facts] == contract_facts(article)
    assert [fact["kind"] for fact in facts] == [
        "commitment", "statement", "ceasefire", "participation", "stance", "coalition",
    ]
    ids = [fact["id"] for fact in facts]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    assert {fact["document_key"] for fact in facts} == {"test-001"}
    assert {fact["published"] for fact in facts} == {"2025-03-02"}
    assert len({fact["document_id"] for fact in facts}) == 1
    # Exact types survive the JSON column: an int stays an int.
    assert facts[0]["amount"] == 1600000000 and isinstance(facts[0]["amount"], int)


def test_documents_lists_metadata_and_fact_count(store):
    article = build_article()
    store.add(article, source="tests/article.txt")

    [document] = store.documents()
    assert document["doc_key"] == "test-001"
    assert document["title"] == "Britain pledges air defence"
    assert document["url"] == "https://example.org/news/1"
    assert document["published"] == "2025-03-02"
    assert document["outlet"] == "Example News"
    assert document["source"] == "tests/article.txt"
    assert document["content_hash"] == content_hash(TEXT)
    assert document["fact_count"] == 6
    assert store.count_documents() == 1


def test_the_same_text_is_stored_once(store):
    article = build_article()
    assert store.add(article, source="first.jsonl:1") == "stored"
    # Same text under another id and source: still the same article.
    again = build_article(doc_id="other-id")
    assert store.add(again, source="second.jsonl:7") == "skipped"

    assert store.count_documents() == 1
    assert store.count_facts() == 6
    assert store.documents()[0]["source"] == "first.jsonl:1"


def test_an_article_without_facts_is_stored(store):
    article = build_article()
    article.facts.clear()
    assert store.add(article, source="empty") == "stored"
    assert store.documents()[0]["fact_count"] == 0
    assert store.facts() == []


def test_filter_by_kind(store):
    store.add(build_article(), source="a")
    assert [f["kind"] for f in store.facts(kind="ceasefire")] == ["ceasefire"]
    assert store.count_facts(kind="commitment") == 1
    with pytest.raises(ConfigError, match="unknown fact kind 'treaty'"):
        store.facts(kind="treaty")


@pytest.mark.parametrize(
    ("actor", "kinds"),
    [
        # A respondent to a ceasefire is found like any other participant.
        ("RUS", ["ceasefire"]),
        ("UKR", ["commitment", "ceasefire"]),
        ("GBR", ["commitment", "statement", "ceasefire", "coalition"]),
        ("FRA", ["ceasefire", "coalition"]),
        ("IRL", ["participation"]),
        ("ITA", ["stance"]),
        ("Thales", ["commitment"]),
        ("DEU", []),
    ],
)
def test_filter_by_actor_in_any_role(store, actor, kinds):
    store.add(build_article(), source="a")
    assert [f["kind"] for f in store.facts(actor=actor)] == kinds
    assert store.count_facts(actor=actor) == len(kinds)


def test_an_actor_in_two_roles_lists_the_fact_once(store):
    article = build_article()
    ceasefire = article.facts[2]
    ceasefire.responses[0].actor = "FRA"  # FRA both proposes and answers
    store.add(article, source="a")
    assert [f["kind"] for f in store.facts(actor="FRA")] == ["ceasefire", "coalition"]


def test_filter_by_date_uses_the_fact_date_then_the_published_date(store):
    # Every built article has a commitment dated 2025-03-01 and five undated facts.
    store.add(build_article(published="2025-03-02"), source="a")
    store.add(build_article(doc_id="test-002", published="2025-04-10", postscript=" Later."), source="b")
    store.add(build_article(doc_id="test-003", published=None, postscript=" Undated."), source="c")

    since = store.facts(since="2025-03-02")
    # The commitments are dated the day before; test-003's undated facts have
    # no published date to fall back on, so no date range includes them.
    assert [(f["document_key"], f["kind"]) for f in since] == [
        (key, kind)
        for key in ("test-001", "test-002")
        for kind in ("statement", "ceasefire", "participation", "stance", "coalition")
    ]
    on_the_first = store.facts(since="2025-03-01", until="2025-03-01")
    assert [(f["document_key"], f["kind"]) for f in on_the_first] == [
        ("test-001", "commitment"),
        ("test-002", "commitment"),
        ("test-003", "commitment"),
    ]
    assert store.count_facts(until="2025-03-31") == 6 + 1 + 1
    assert store.count_facts(since="2025-04-01", kind="stance") == 1
    assert store.count_facts(since="2025-04-11") == 0


def test_filters_combine(store):
    store.add(build_article(), source="a")
    assert [f["kind"] for f in store.facts(actor="GBR", kind="coalition", since="2025-03-02")] == ["coalition"]
    assert store.facts(actor="RUS", kind="commitment") == []


@pytest.mark.parametrize("bad", ["2025-3-1", "01/03/2025", "20250301", "2025-02-30", ""])
def test_a_bad_date_filter_is_refused(store, bad):
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        store.facts(since=bad)


def test_limit_and_offset_page_in_id_order(store):
    store.add(build_article(), source="a")
    every = [f["id"] for f in store.facts()]
    assert [f["id"] for f in store.facts(limit=2)] == every[:2]
    assert [f["id"] for f in store.facts(limit=2, offset=2)] == every[2:4]
    assert [f["id"] for f in store.facts(offset=5)] == every[5:]
    assert store.facts(limit=0) == []
    with pytest.raises(ConfigError):
        store.facts(offset=-1)


def test_one_fact_by_id(store):
    store.add(build_article(), source="a")
    first = store.facts(limit=1)[0]
    assert store.fact(first["id"]) == first
    with pytest.raises(FactNotFound, match="no fact with id 9999"):
        store.fact(9999)
