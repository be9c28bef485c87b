"""Migrating: an empty database to head, the schema the models expect, and cascades."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from coalition.errors import StoreError
from coalition.store import Store, migrate
from coalition.store.database import open_engine, pending
from coalition.store.schema import Base, include_name
from tests.store.rows import snapshot
from tests.store.sample import build_article


@pytest.fixture
def engine(db_url):
    engine = open_engine(db_url)
    yield engine
    engine.dispose()


def test_an_empty_database_is_migrated_to_head(db_url, engine):
    assert migrate(db_url) == ["0001", "0002", "0003", "0004", "0005"]
    assert {"documents", "facts", "fact_actors", "actors", "records", "record_sources", "alembic_version"} <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == "0005"
        assert pending(conn) == []
    assert migrate(db_url) == []


def test_the_migrations_build_the_schema_the_models_describe(db_url, engine):
    migrate(db_url)
    with engine.connect() as conn:
        # The SQLite FTS5 tables of 0003 have no models (schema.include_name).
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_constraints_have_the_conventional_names(db_url, engine):
    migrate(db_url)
    found = inspect(engine)
    assert {c["name"] for c in found.get_check_constraints("facts")} == {
        "ck_facts_evidence_span",
        "ck_facts_confidence_range",
    }
    assert {i["name"] for i in found.get_indexes("fact_actors")} == {"ix_fact_actors_actor_fact_id_cover"}
    assert {fk["name"] for fk in found.get_foreign_keys("facts")} == {"fk_facts_document_id_documents"}


def test_deleting_a_document_deletes_its_facts_and_actors(db_url, engine):
    # On SQLite this holds only because every connection turns foreign keys on.
    with Store.open(db_url) as store:
        store.add(build_article(), source="a")
        store.add(build_article(doc_id="b", postscript=" More."), source="b")
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM documents WHERE doc_key = 'test-001'"))
    rows = snapshot(db_url)
    assert len(rows["documents"]) == 1
    assert len(rows["facts"]) == 6
    fact_ids = {row[0] for row in rows["facts"]}
    assert {row[0] for row in rows["fact_actors"]} <= fact_ids


def test_a_fact_needs_an_existing_document(db_url, engine):
    migrate(db_url)
    with pytest.raises(Exception, match="(?i)foreign key"):
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO facts (document_id, position, kind, data, evidence_start,"
                    " evidence_end, evidence_text, confidence) VALUES (42, 0, 'stance', '{}', 0, 1, 'x', 0.5)"
                )
            )


def test_a_database_from_a_newer_version_is_refused(db_url):
    migrate(db_url)
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"^cannot open database .*revision '9999'.*newer version"):
        Store.open(db_url)


def test_0005_fills_the_actor_index_columns_of_facts_already_stored(db_url, engine):
    # A database at 0004 with one article, stored the way 0004 stored facts.
    from alembic import command

    from coalition.store.database import _alembic_config

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0004")
        conn.execute(text(
            "INSERT INTO documents (id, doc_key, content_hash, title, url, published, outlet, text, source)"
            " VALUES (1, 'd', 'h', 't', NULL, '2025-03-02', NULL, 'GBR pledged.', 's')"
        ))
        for fact_id, kind, day in ((1, "commitment", "2025-03-01"), (2, "coalition", None)):
            conn.execute(text(
                "INSERT INTO facts (id, document_id, position, kind, data, evidence_start, evidence_end,"
                " evidence_text, confidence, fact_date) VALUES (:id, 1, :id, :kind, '{}', 0, 1, 'x', 0.5, :day)"
            ), {"id": fact_id, "kind": kind, "day": day})
        conn.execute(text(
            "INSERT INTO fact_actors (fact_id, role, actor) VALUES"
            " (1, 'donor', 'GBR'), (1, 'recipient', 'UKR'), (2, 'lead', 'GBR'), (2, 'member', 'GBR')"
        ))
    assert migrate(db_url) == ["0005"]
    with engine.connect() as conn:
        rows = set(conn.execute(text("SELECT fact_id, role, actor, kind, day, first_role FROM fact_actors")))
    assert rows == {
        (1, "donor", "GBR", "commitment", "2025-03-01", 1),
        (1, "recipient", "UKR", "commitment", "2025-03-01", 1),
        # No date of its own: its article's; GBR's first role by name is "lead".
        (2, "lead", "GBR", "coalition", "2025-03-02", 1),
        (2, "member", "GBR", "coalition", "2025-03-02", 0),
    }
