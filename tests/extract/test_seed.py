"""Acceptance on the founding article (issue 2): what `coalition extract` must find in it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from coalition.cli import cli


@pytest.fixture(scope="module")
def seed_result(request):
    from tests.conftest import SEED

    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 1
    return json.loads(lines[0])


def facts(result, kind):
    return [f for f in result["facts"] if f["kind"] == kind]


def test_every_evidence_points_at_its_text(seed_result):
    text = seed_result["document"]["text"]
    assert seed_result["facts"]
    for fact in seed_result["facts"]:
        ev = fact["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"], fact


def test_no_fact_from_page_furniture(seed_result):
    text = seed_result["document"]["text"]
    for line in ("Key points", "AI Image", "There are no comments to display", "Comments\n", "\nBack\n", "\nTop"):
        assert line not in text
    for fact in seed_result["facts"]:
        assert "Comments" not in fact["evidence"]["text"]


def test_coalition(seed_result):
    [coalition] = [c for c in facts(seed_result, "coalition") if c["name"] == "coalition of the willing"]
    assert coalition["leads"] == ["GBR", "FRA"]
    assert coalition["size"] == 20
    assert {"troops", "logistics", "economic", "intelligence"} <= set(coalition["contribution_types"])


def _one(found, **want):
    hits = [f for f in found if all(f.get(k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, found)
    return hits[0]


def test_commitments(seed_result):
    commitments = facts(seed_result, "commitment")
    missiles = _one(commitments, donor="GBR", amount=1600000000, currency="GBP")
    assert missiles["recipient"] == "UKR"
    assert missiles["category"] == "military"
    assert missiles["status"] == "announced"
    assert "missiles" in missiles["items"]
    drones = _one(commitments, donor="GBR", amount=30000000, currency="GBP")
    assert drones["supplier"] == "Anduril"
    assert "attack drones" in drones["items"]
    assert drones["recipient"] == "UKR"
    altius = [c for c in commitments if any("Altius" in i for i in c["items"])]
    assert len(altius) == 1 and altius[0]["donor"] == "GBR"
    assert altius[0]["status"] == "planned" and altius[0]["amount"] is None
    # "pauses military assistance and intelligence-sharing": one commitment per kind (ADJUDICATION 49)
    paused = _one(commitments, donor="USA", status="paused", category="military")
    assert paused["recipient"] == "UKR"
    assert "military assistance" in paused["items"]
    shared = _one(commitments, donor="USA", status="paused", category="intelligence")
    assert shared["recipient"] == "UKR"
    assert {"intelligence sharing"} <= {i.replace("-", " ") for i in shared["items"]}
    eu = _one(commitments, donor="EU", amount=800000000000, currency="EUR")
    assert eu["category"] == "defence_spending"
    assert eu["recipient"] != "UKR"
    # The £670bn conversion is the same amount, not a second commitment.
    assert not [c for c in commitments if c["amount"] == 670000000000]
    assert {"amount": 670000000000, "currency": "GBP"} in eu["conversions"]


def test_ceasefire(seed_result):
    [ceasefire] = facts(seed_result, "ceasefire")
    assert set(ceasefire["proposers"]) == {"GBR", "FRA"}
    assert ceasefire["duration_days"] == 30
    assert set(ceasefire["scope"]) == {"air", "sea", "energy_infrastructure"}
    assert ceasefire["status"] == "rejected"
    assert {"actor": "RUS", "response": "rejected"} in ceasefire["responses"]


def test_positions(seed_result):
    stances = facts(seed_result, "stance")
    assert any(s["actor"] == "RUS" and s["stance"] == "oppose" and s["target"] == "coalition of the willing" for s in stances)
    part = {p["actor"]: p for p in facts(seed_result, "participation")}
    assert part["TUR"]["status"] == "considering" and part["TUR"]["mission"] == "peacekeeping"
    assert part["IRL"]["status"] == "conditional"
    assert "troops" in part["IRL"]["roles"] and "deterrent force" in part["IRL"]["excluded"]
    assert part["AUS"]["status"] == "open" and "troops" in part["AUS"]["roles"]


def test_statements(seed_result):
    text = seed_result["document"]["text"]
    statements = facts(seed_result, "statement")
    by_speaker = {}
    for s in statements:
        by_speaker.setdefault(s["speaker"], []).append(s)
        assert s["quote"] in text
    assert by_speaker["Sergei Lavrov"][0]["actor"] == "RUS"
    assert by_speaker["Sergei Lavrov"][0]["quote"].startswith("This would amount to the direct, official")
    starmer = [s["quote"] for s in by_speaker["Keir Starmer"]]
    assert any(q.startswith("It would be a big mistake") for q in starmer)
    assert any(q.startswith("If there is a deal") for q in starmer)
    assert all(s["actor"] == "GBR" for s in by_speaker["Keir Starmer"])
    assert by_speaker["Ursula von der Leyen"][0]["actor"] == "EU"
    assert by_speaker["Volodymyr Zelensky"][0]["actor"] == "UKR"
    assert by_speaker["Volodymyr Zelensky"][0]["quote"].startswith("We are very thankful")
    assert by_speaker["Maria Zakharova"][0]["actor"] == "RUS"
    assert by_speaker["Maria Zakharova"][0]["quote"].endswith("absolutely unacceptable.")
    # one-word scare quotes ("open") are not statements
    assert not [s for s in statements if s["quote"] == "open"]
