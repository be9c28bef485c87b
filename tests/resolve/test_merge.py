"""The merge rules on hand-built facts (no database, no extractor)."""

from __future__ import annotations

import random

from coalition.resolve.actor_index import index_actors
from coalition.resolve.merge import SourceFact, merge_facts

_EVIDENCE = {"text": "x", "start": 0, "end": 1}


def fact(n: int, published: str, **data) -> SourceFact:
    data.setdefault("evidence", _EVIDENCE)
    return SourceFact(fact_id=n, document_id=n, content_hash=f"{n:064x}", position=0, published=published, data=data)


def commitment(n: int, published: str, **data) -> SourceFact:
    base = {"kind": "commitment", "donor": "GBR", "recipient": "UKR", "category": "financial", "status": "announced",
            "items": [], "date": None, "part_of": None, "per": None}
    return fact(n, published, **{**base, **data})


def test_stages_of_one_pledge_are_one_record_with_a_history():
    # The UK's £2.26bn ERA loan: announced in October 2024, signed in March 2025.
    facts = [
        commitment(1, "2024-10-17", amount=2.26e9, currency="GBP", items=["loan"]),
        commitment(2, "2025-03-01", amount=2.26e9, currency="GBP", items=["loan"], status="contracted"),
    ]
    [record] = merge_facts(facts)
    assert record.status == "contracted"
    assert [h["status"] for h in record.data["history"]] == ["announced", "contracted"]
    assert "a later stage (contracted) 135 days later" in record.sources[1].reason


def test_the_same_amount_months_apart_at_the_same_stage_is_two_records():
    facts = [
        commitment(1, "2024-01-10", amount=1e9, currency="EUR"),
        commitment(2, "2024-09-10", amount=1e9, currency="EUR"),
    ]
    assert len(merge_facts(facts)) == 2


def test_reports_without_amounts_merge_on_items_and_close_dates():
    facts = [
        commitment(1, "2025-04-01", items=["Patriot launchers"]),
        commitment(2, "2025-04-05", items=["patriot launchers", "military aid"]),
        commitment(3, "2025-06-01", items=["patriot launchers"]),
    ]
    records = merge_facts(facts)
    assert [r.data["history"][0]["date"] for r in records] == ["2025-04-01", "2025-06-01"]
    assert records[0].sources[1].reason == "same donor GBR→UKR, same items (patriot launchers) 4 days apart"


def test_a_yearly_amount_is_not_the_same_as_a_one_off():
    facts = [
        commitment(1, "2025-01-16", amount=3e9, currency="GBP"),
        commitment(2, "2025-01-16", amount=3e9, currency="GBP", per="year"),
    ]
    assert len(merge_facts(facts)) == 2


def test_quotes_of_one_speaker_merge_whatever_the_spelling():
    quote = "We need security guarantees that work, not just words on paper"
    facts = [
        fact(1, "2025-03-02", kind="statement", speaker="Volodymyr Zelensky", actor="UKR", quote=quote),
        fact(2, "2025-03-03", kind="statement", speaker="Zelenskyy", actor="UKR", quote=quote.replace("We", "we", 1) + " at all"),
        fact(3, "2025-03-03", kind="statement", speaker="Zelenskyy", actor="UKR", quote="Ukraine will never recognise occupied land as Russian"),
    ]
    records = merge_facts(facts)
    assert [r.data["quote"] for r in records][0].endswith("at all")
    assert [len(r.sources) for r in records] == [2, 1]
    [person] = [a for a in index_actors((f.data, f.day) for f in facts) if a.kind == "person"]
    assert person.fact_count == 3 and {"Zelensky", "Zelenskyy"} <= set(person.aliases)


def test_a_stance_keeps_the_latest_position_and_its_history():
    facts = [
        fact(1, "2025-02-17", kind="stance", actor="DEU", target="reassurance force", stance="oppose"),
        fact(2, "2025-03-20", kind="stance", actor="DEU", target="reassurance force", stance="considering"),
    ]
    [record] = merge_facts(reversed(facts))
    assert record.status == "considering"
    assert [h["stance"] for h in record.data["history"]] == ["oppose", "considering"]


def test_the_order_of_the_input_does_not_matter():
    facts = [
        commitment(i, f"2025-03-{i + 1:02d}", amount=amount, currency=currency, items=["air defence missiles"])
        for i, (amount, currency) in enumerate([(1.6e9, "GBP"), (2e9, "USD"), (1.9e9, "EUR"), (5e9, "EUR"), (1e8, "GBP")])
    ]
    expected = merge_facts(facts)
    for seed in range(5):
        assert merge_facts(random.Random(seed).sample(facts, len(facts))) == expected
    assert [len(r.sources) for r in expected] == [3, 1, 1]
    assert expected[0].conflict and expected[0].conflict_with == [expected[1].key, expected[2].key]
