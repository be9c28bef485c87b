"""The JSON contract: every output validates against the schema generated from the models."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.model import json_schema

REPO = Path(__file__).resolve().parents[2]
SCHEMA_FILE = REPO / "src" / "coalition" / "schema" / "extract.schema.json"


def test_committed_schema_is_the_generated_one():
    # Regenerate with `coalition schema > src/coalition/schema/extract.schema.json`.
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema()


def _contract_fields_of(schema: dict, name: str) -> set[str]:
    return set(schema["$defs"][name]["properties"])


def test_contract_fields_are_kept():
    # Fields may be added; none of these may be renamed (issue 2).
    schema = json_schema()
    assert {"document", "facts"} <= set(schema["properties"])
    assert {"id", "title", "url", "published", "text"} <= _contract_fields_of(schema, "Document")
    assert {"kind", "donor", "recipient", "category", "status", "amount", "currency", "items", "supplier", "date",
            "evidence", "confidence"} <= _contract_fields_of(schema, "Commitment")
    assert {"kind", "speaker", "role", "actor", "quote", "evidence"} <= _contract_fields_of(schema, "Statement")
    assert {"kind", "actor", "target", "stance", "evidence"} <= _contract_fields_of(schema, "Stance")
    assert {"kind", "actor", "mission", "status", "roles", "excluded", "evidence"} <= _contract_fields_of(schema, "Participation")
    assert {"kind", "proposers", "duration_days", "scope", "status", "responses", "evidence"} <= _contract_fields_of(schema, "Ceasefire")
    assert {"kind", "name", "leads", "size", "purpose", "contribution_types", "evidence"} <= _contract_fields_of(schema, "Coalition")


def _extract_lines(*paths: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["extract", *paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_examples_validate_and_offsets_hold():
    lines = _extract_lines(str(REPO / "examples"))
    assert len(lines) >= 5
    validator = jsonschema.Draft202012Validator(json_schema())
    total = 0
    for line in lines:
        validator.validate(line)
        text = line["document"]["text"]
        for fact in line["facts"]:
            ev = fact["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["text"]
            total += 1
    assert total >= 10


def test_devset_outputs_validate():
    devset = REPO / "tests" / "data" / "devset" / "articles"
    files = sorted(devset.glob("*.txt"))
    if not files:
        pytest.skip("no dev-set articles")
    validator = jsonschema.Draft202012Validator(json_schema())
    for line in _extract_lines(*map(str, files)):
        validator.validate(line)
        text = line["document"]["text"]
        for fact in line["facts"]:
            assert text[fact["evidence"]["start"] : fact["evidence"]["end"]] == fact["evidence"]["text"]


def test_output_order_is_input_order(tmp_path):
    a = tmp_path / "b-first.txt"
    b = tmp_path / "a-second.txt"
    a.write_text("Alpha headline\n\nGermany pledged €500 million in military aid to Ukraine on Monday.\n", encoding="utf-8")
    b.write_text("Beta headline\n\nNorway will send NOK 2 billion in air defence support to Ukraine.\n", encoding="utf-8")
    lines = _extract_lines(str(a), str(b))
    assert [line["document"]["title"] for line in lines] == ["Alpha headline", "Beta headline"]
    assert lines[0]["document"]["id"] != lines[1]["document"]["id"]
