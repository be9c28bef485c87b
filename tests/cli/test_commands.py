"""The command line end to end, on real SQLite files."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.store import Store

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"

GOOD = "Headline\n\nSweden will send SEK 1.2 billion in military aid to Ukraine, including air defence, the government said on Monday.\n"


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), env=env)


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        commands = command.commands.items() if hasattr(command, "commands") else [(name, command)]
        for sub_name, sub in commands:
            args = [name, sub_name] if sub is not command else [name]
            result = run(*args, "--help")
            assert result.exit_code == 0, (args, result.output)
            if not hasattr(sub, "commands"):
                assert "Example" in result.output, f"`coalition {' '.join(args)} --help` has no example"


def test_ingest_examples_then_query(db_path):
    result = run("ingest", str(EXAMPLES), "--db", str(db_path))
    assert result.exit_code == 0, result.output
    stored = int(result.output.split("stored ")[1].split(",")[0])
    assert stored >= 5
    assert "failed 0" in result.output
    # the same articles again: stored once
    again = run("ingest", str(EXAMPLES), "--db", str(db_path))
    assert again.exit_code == 0
    assert f"stored 0, skipped {stored}, failed 0" in again.output

    table = run("facts", "--db", str(db_path))
    assert table.exit_code == 0 and "commitment" in table.output
    as_json = run("facts", "--db", str(db_path), "--kind", "commitment", "--format", "json")
    rows = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert rows and all(r["kind"] == "commitment" for r in rows)
    donors = {r["donor"] for r in rows}
    some = sorted(d for d in donors if d)[0]
    by_actor = run("facts", "--db", str(db_path), "--actor", some, "--format", "json")
    assert all(some in json.dumps(json.loads(line)) for line in by_actor.stdout.splitlines())
    as_csv = run("facts", "--db", str(db_path), "--format", "csv", "--limit", "3")
    parsed = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert parsed[0][:3] == ["id", "document_key", "kind"] and len(parsed) == 4
    docs = run("documents", "--db", str(db_path), "--format", "json")
    assert len(docs.stdout.splitlines()) == stored


def test_facts_since_filters_by_date(db_path):
    a = db_path.parent / "a.jsonl"
    a.write_text(
        json.dumps({"id": "old", "text": GOOD, "published": "2023-01-05"}) + "\n"
        + json.dumps({"id": "new", "text": GOOD.replace("1.2", "2.4"), "published": "2025-01-05"}) + "\n",
        encoding="utf-8",
    )
    assert run("ingest", str(a), "--db", str(db_path)).exit_code == 0
    out = run("facts", "--db", str(db_path), "--since", "2024-01-01", "--format", "json")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert rows and {r["document_key"] for r in rows} == {"new"}


def test_db_from_environment(tmp_path):
    path = tmp_path / "env.db"
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    result = run("ingest", str(art), env={"COALITION_DB": str(path)})
    assert result.exit_code == 0, result.output
    assert path.exists()


def test_bad_inputs_in_one_batch(tmp_path):
    db = tmp_path / "store.db"
    first = tmp_path / "first.txt"
    first.write_text(GOOD, encoding="utf-8")
    assert run("ingest", str(first), "--db", str(db)).exit_code == 0
    with Store.open(f"sqlite:///{db}") as store:
        before_docs = store.documents()
        before_facts = store.facts()

    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-empty.txt").write_text("", encoding="utf-8")
    (batch / "b-binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (batch / "c-latin1.txt").write_bytes("Caf\xe9 headline\n\nText".encode("latin-1"))
    (batch / "d-lines.jsonl").write_text(
        json.dumps({"id": "ok-1", "text": GOOD.replace("Sweden", "Norway").replace("SEK", "NOK")}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "ok-2", "text": GOOD.replace("Sweden", "Denmark").replace("SEK", "DKK")}) + "\n",
        encoding="utf-8",
    )
    (batch / "e-empty.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    big = batch / "f-huge.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    missing = tmp_path / "nope.txt"

    result = run("ingest", str(batch), str(missing), "--db", str(db))
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    expected = {
        "a-empty.txt": "empty",
        "b-binary.txt": "binary",
        "c-latin1.txt": "UTF-8",
        "d-lines.jsonl:2": "JSON",
        "e-empty.html": "no article text",
        "f-huge.txt": "too large",
        "nope.txt": "no such file",
    }
    for name, reason in expected.items():
        hits = [e for e in errors if name in e and reason in e]
        assert len(hits) == 1, (name, reason, errors)
    assert len(errors) == len(expected)
    assert "stored 2, skipped 0, failed 7" in result.stdout

    with Store.open(f"sqlite:///{db}") as store:
        docs = store.documents()
        assert {d["doc_key"] for d in docs} >= {d["doc_key"] for d in before_docs} | {"ok-1", "ok-2"}
        after = {f["id"]: f for f in store.facts()}
        for fact in before_facts:
            assert after[fact["id"]] == fact


def test_extract_touches_no_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(art))
    assert result.exit_code == 0
    assert not (tmp_path / "coalition.db").exists()
    line = json.loads(result.stdout)
    assert line["facts"][0]["donor"] == "SWE"


def test_unusable_database_is_one_line(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    result = run("ingest", str(art), "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot open database" in lines[0]


def test_bad_published_option(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(art), "--published", "March 2")
    assert result.exit_code != 0
    assert "published" in result.output.lower()


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_extract_formats(tmp_path, fmt):
    art = tmp_path / "a.txt"
    art.write_text(GOOD, encoding="utf-8")
    result = run("extract", str(art), "--format", fmt)
    assert result.exit_code == 0
    assert "SWE" in result.stdout
