"""``coalition actors``, ``explain``, ``summary`` and ``export`` on a real database."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.store.records import records, records_engine
from tests.store.test_records import CV90, PACKAGE, THALES, ingest


@pytest.fixture
def filled(db_url) -> str:
    ingest(db_url, [*THALES, *CV90, PACKAGE])
    return db_url


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("command", ["actors", "explain", "summary", "export"])
def test_every_command_has_help_with_an_example(command):
    assert "Example:" in run(command, "--help")


def test_explain_shows_the_sources_and_why(filled):
    with records_engine(filled) as engine:
        [thales] = [r for r in records(engine, kind="commitment") if r["data"]["supplier"] == "Thales"]
    out = run("explain", str(thales["sources"][1]["fact_id"]), "--db", filled)
    assert out.startswith(f"record {thales['key']} (commitment), 3 source(s)")
    assert "ECB rate of 2025-02-28" in out
    assert out.count("why: same donor GBR→UKR, amounts 1.6bn GBP ≈") == 2


def test_explain_an_unknown_fact(filled):
    result = CliRunner().invoke(cli, ["explain", "999", "--db", filled])
    assert result.exit_code == 1 and "no fact with id 999" in result.output


def test_actors_by_kind(filled):
    rows = [json.loads(line) for line in run("actors", "--kind", "country", "--format", "json", "--db", filled).splitlines()]
    assert {"GBR", "UKR", "SWE"} <= {row["code"] for row in rows}
    assert {row["kind"] for row in rows} == {"country"}
    assert "Thales" in run("actors", "--kind", "company", "--db", filled)


def test_summary_text_and_json(filled):
    assert "left out of sums: 1 cumulative, 1 sub_allocation" in run("summary", "--db", filled)
    data = json.loads(run("summary", "--format", "json", "--db", filled))
    assert data["by"]["donor"]["GBR"]["commitments"] == 2  # the Thales deal and the £450m package
    assert data["by"]["donor"]["GBR"]["sources"] == 4


def test_export_csv_to_stdout_has_the_tracker_columns(filled):
    rows = list(csv.DictReader(io.StringIO(run("export", "--db", filled))))
    assert len(rows) == 1 + 2 + 3
    thales = next(r for r in rows if r["supplier"] == "Thales")
    assert (thales["donor"], thales["recipient"], thales["announced"], thales["currency"]) == ("GBR", "UKR", "2025-03-02", "GBP")
    assert thales["sources"] == "3" and len(thales["source_urls"].split()) == 3


def test_export_json_lines(filled):
    out = run("export", "--format", "json", "--db", filled)
    assert len(out.splitlines()) == 6


def test_export_xlsx_and_parquet_need_a_file(filled, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--format", "xlsx", "--db", filled])
    assert result.exit_code == 1 and "-o FILE" in result.output
    openpyxl = pytest.importorskip("openpyxl")
    pq = pytest.importorskip("pyarrow.parquet")
    run("export", "--format", "xlsx", "-o", str(tmp_path / "c.xlsx"), "--db", filled)
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["record", "donor", "recipient"]
    assert sheet.max_row == 7
    run("export", "--format", "parquet", "-o", str(tmp_path / "c.parquet"), "--db", filled)
    assert pq.read_table(tmp_path / "c.parquet").num_rows == 6
