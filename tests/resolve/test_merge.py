"""The merge rules on hand-built facts (no database, no extractor)."""

from __future__ import annotations

import random

from coalition.resolve.actor_index import index_actors
from coalition.resolve.merge import SourceFact, merge_facts, partition_key

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


def test_items_named_again_without_the_amount_in_the_same_article_are_another_pledge():
    # Denmark's 23rd package (DKK 2.1bn, with F-16 support) and, further down the same
    # article, "Copenhagen pledged 19 F-16s in August 2023": not one commitment.
    package = commitment(1, "2025-03-10", donor="DNK", amount=2.1e9, currency="DKK", items=["F-16s", "air defence"])
    recalled = SourceFact(fact_id=2, document_id=1, content_hash=package.content_hash, position=3,
                          published="2025-03-10", data={**package.data, "amount": None, "currency": None, "items": ["F-16s"]})
    assert len(merge_facts([package, recalled])) == 2
    # The same items without an amount in another article still merge.
    elsewhere = commitment(3, "2025-03-11", donor="DNK", items=["F-16s"])
    [record] = merge_facts([package, elsewhere])
    assert record.sources[1].reason == "same donor DNK→UKR, same items (f-16s) 1 days apart"


def test_partitions_merged_apart_give_the_records_of_all_at_once():
    facts = [
        commitment(1, "2025-03-02", amount=1.6e9, currency="GBP", items=["missiles"]),
        commitment(2, "2025-03-03", amount=2e9, currency="USD", items=["missiles"]),
        commitment(3, "2025-03-03", donor="SWE", amount=2e9, currency="SEK", items=["CV90"]),
        commitment(4, "2025-03-04", donor="SWE", amount=5e9, currency="SEK", items=["CV90"]),
        fact(5, "2025-03-02", kind="statement", speaker="Volodymyr Zelensky", actor="UKR", quote="We need guarantees that work"),
        fact(6, "2025-03-03", kind="statement", speaker="Zelenskyy", actor="UKR", quote="we need guarantees that work now"),
        fact(7, "2025-03-03", kind="statement", speaker=None, actor=None, quote="an unattributed quote of some length"),
        fact(8, "2025-03-04", kind="stance", actor="RUS", target="peacekeeping force", stance="oppose"),
        fact(9, "2025-03-05", kind="ceasefire", proposers=["GBR", "FRA"], scope=["air", "sea"], duration_days=30,
             status="proposed", responses=[]),
        fact(10, "2025-03-06", kind="ceasefire", proposers=["FRA", "GBR"], scope=["sea", "air"], duration_days=30,
             status="rejected", responses=[{"actor": "RUS", "response": "rejected"}]),
    ]
    partitions: dict = {}
    alone = []
    for f in facts:
        key = partition_key(f.data)
        (alone.append(f) if key is None else partitions.setdefault(key, []).append(f))
    apart = [r for part in partitions.values() for r in merge_facts(part)] + [r for f in alone for r in merge_facts([f])]
    together = merge_facts(facts)
    first = lambda r: (r.kind, r.sources[0].fact.fact_id)  # noqa: E731
    assert sorted(apart, key=first) == sorted(together, key=first)
    # The missiles; two CV90 reports in conflict; one Zelensky quote and the unattributed one; the stance; the ceasefire.
    assert len(together) == 7
    assert [r for r in together if r.kind == "ceasefire"][0].data["responses"][0]["actor"] == "RUS"


def test_a_relative_date_keeps_the_phrase_it_came_from():
    # Published on Monday 3 March 2025; "on Sunday" is 2 March.
    evidence = {"text": "Britain agreed on Sunday to give Ukraine £1.6bn for missiles.", "start": 0, "end": 62}
    [record] = merge_facts([commitment(1, "2025-03-03", amount=1.6e9, currency="GBP", date="2025-03-02", evidence=evidence)])
    assert (record.data["date"], record.data["date_phrase"]) == ("2025-03-02", "on Sunday")
    assert record.data["date_source"] == "000000000000-0"
