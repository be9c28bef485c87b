"""Merged records on real databases: articles in tests/data/merge/ go through the real extractor (issue 4).

The articles, written for these tests:

- ``thales-{gbp,usd,eur}.txt``: the UK's £1.6bn Thales missile deal for Ukraine
  (2 March 2025), reported on three days as £1.6bn, $2 billion and up to €1.9bn;
- ``sweden-cv90-{2bn,5bn}.txt``: one CV90 deal reported a day apart with
  amounts that disagree;
- ``uk-450m-package.txt``: a package with a sub-allocation and a running total.
"""

from __future__ import annotations

import itertools
import random

import pytest
from sqlalchemy import delete

from coalition.batch import ingest_paths
from coalition.store.records import commitments, explain, records, records_engine, summary
from coalition.store.schema import DocumentRow
from coalition.store import Store
from tests.conftest import DATA

MERGE = DATA / "merge"
THALES = [MERGE / f"thales-{currency}.txt" for currency in ("gbp", "usd", "eur")]
CV90 = [MERGE / "sweden-cv90-2bn.txt", MERGE / "sweden-cv90-5bn.txt"]
PACKAGE = MERGE / "uk-450m-package.txt"
ALL = sorted(MERGE.glob("*.txt"))


def ingest(url: str, paths) -> None:
    failures = list(ingest_paths([str(p) for p in paths], url))
    assert failures == []


@pytest.fixture
def engine(db_url):
    with records_engine(db_url) as opened:
        yield opened


def _thales(engine) -> list[dict]:
    return [r for r in records(engine, kind="commitment") if r["data"]["supplier"] == "Thales"]


def test_three_reports_in_three_currencies_are_one_commitment(db_url, engine):
    ingest(db_url, THALES)
    [record] = _thales(engine)
    assert record["source_count"] == 3
    assert (record["actor"], record["target"], record["status"]) == ("GBR", "UKR", "announced")
    # Shown in the donor's currency, whichever outlet reported first.
    assert (record["amount"], record["currency"]) == (1.6e9, "GBP")
    assert record["first_date"] == "2025-03-02" and record["latest_date"] == "2025-03-04"
    reasons = [s["reason"] for s in record["sources"]]
    assert reasons[0] == "first report"
    assert all(r.startswith("same donor GBR→UKR, amounts 1.6bn GBP ≈ ") and "within 12%" in r for r in reasons[1:])
    assert len({s["document"] for s in record["sources"]}) == 3
    assert not record["conflict"] and record["flag"] is None


def test_explain_names_every_source_and_why(db_url, engine):
    ingest(db_url, THALES)
    [record] = _thales(engine)
    for source in record["sources"]:
        explained = explain(engine, source["fact_id"])
        assert explained["key"] == record["key"]
        assert [s["reason"] for s in explained["sources"]] == [s["reason"] for s in record["sources"]]


def test_the_ecb_rate_of_the_commitment_date_is_stored(db_url, engine):
    ingest(db_url, THALES)
    [record] = _thales(engine)
    # 2 March 2025 was a Sunday: the ECB's last rate before it is Friday 28 February,
    # when one euro bought 0.82608 pounds and 1.0411 dollars.
    assert record["rate_date"] == "2025-02-28"
    assert record["rate_eur"] == pytest.approx(1 / 0.82608)
    assert record["rate_usd"] == pytest.approx(1.0411 / 0.82608)
    assert record["amount_eur"] == pytest.approx(1.6e9 / 0.82608)
    assert record["amount_usd"] == pytest.approx(1.6e9 * 1.0411 / 0.82608)
    assert "commitment date 2025-03-02" in record["rate_note"]
    assert "no rate on 2025-03-02" in record["rate_note"]


def test_different_amounts_for_one_deal_are_a_conflict_kept_side_by_side(db_url, engine):
    ingest(db_url, CV90)
    found = [r for r in records(engine, kind="commitment") if r["actor"] == "SWE"]
    assert sorted(r["amount"] for r in found) == [2e9, 5e9]  # never averaged
    one, other = found
    assert one["conflict"] and other["conflict"]
    assert one["conflict_with"] == [other["key"]] and other["conflict_with"] == [one["key"]]
    assert "amounts differ: 2bn SEK vs 5bn SEK" in one["data"]["conflict_reasons"][0]
    assert summary(engine)["conflicts"] == 2


def test_sums_leave_out_running_totals_and_sub_allocations(db_url, engine):
    ingest(db_url, [PACKAGE])
    found = {r["amount"]: r for r in records(engine, kind="commitment")}
    assert found[450e6]["flag"] is None
    assert found[160e6]["flag"] == "sub_allocation"
    assert found[4.5e9]["flag"] == "cumulative"
    totals = summary(engine)
    assert totals["commitments"] == 1
    assert totals["excluded"] == {"cumulative": 1, "sub_allocation": 1}
    assert totals["total_eur"] == pytest.approx(found[450e6]["amount_eur"])
    assert totals["by"]["donor"]["GBR"]["eur"] == pytest.approx(found[450e6]["amount_eur"])
    assert totals["by"]["month"]["2025-04"]["commitments"] == 1
    rows = {row["amount"]: row for row in commitments(engine)}
    assert [rows[a]["counted"] for a in (450e6, 160e6, 4.5e9)] == [True, False, False]


def _snapshot(engine) -> list[dict]:
    """Records without row ids, which depend on the ingest order."""
    out = []
    for record in records(engine):
        record = dict(record)
        record["sources"] = [{k: v for k, v in s.items() if k != "fact_id"} for s in record["sources"]]
        out.append(record)
    return out


def test_any_ingest_order_gives_the_same_records(db_url, engine):
    orders = [ALL, list(reversed(ALL))] + [random.Random(seed).sample(ALL, len(ALL)) for seed in (1, 2)]
    assert len({tuple(order) for order in orders}) == 4
    snapshots = []
    for order in orders:
        with Store.open(db_url) as store, store.engine.begin() as conn:
            conn.execute(delete(DocumentRow))  # facts and record sources go with their documents
        ingest(db_url, order)
        snapshots.append(_snapshot(engine))
    assert len(snapshots[0]) == 1 + 2 + 3  # Thales merged; CV90 in conflict; package, part and total
    for snapshot in snapshots[1:]:
        assert snapshot == snapshots[0]


def test_one_article_at_a_time_gives_the_same_records_as_one_batch(db_url, engine, tmp_path):
    for path in itertools.chain(reversed(THALES), CV90):
        ingest(db_url, [path])
    batch_url = f"sqlite:///{tmp_path / 'batch.db'}"
    ingest(batch_url, [*THALES, *CV90])
    with records_engine(batch_url) as other:
        assert _snapshot(engine) == _snapshot(other)
