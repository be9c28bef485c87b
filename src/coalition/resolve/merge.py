"""Merging facts from many articles into one record per real-world thing (issue 4).

The same £1.6bn missile deal is reported by dozens of outlets, in pounds,
dollars and euros, over several days and at several stages. This module
decides which facts are one thing; it touches no database (the store calls
:func:`merge_facts` with every stored fact and writes what it returns).

The rules, by kind:

- **commitment**: the same donor and recipient, and either amounts equal in
  EUR (each at its own ECB rate) within :data:`AMOUNT_TOLERANCE` with dates
  within :data:`AMOUNT_WINDOW_DAYS` (or a later stage of the same pledge, at
  any distance), or, when a report has no amount, the same specific items
  within :data:`DATE_WINDOW_DAYS`. Reports of what looks like one deal (same
  parties, shared specific items, close dates) whose amounts differ beyond the
  tolerance stay separate records, both flagged ``conflict`` and linked; they
  are never averaged. Running totals, sub-allocations and domestic defence
  spending are kept as records with a ``flag`` (``cumulative``,
  ``sub_allocation``, ``domestic``) and only merge among themselves, so sums
  can leave them out.
- **statement**: the same speaker and a quote whose words overlap by at least
  :data:`QUOTE_OVERLAP` (of the shorter quote's words).
- **stance**, **participation**: one record per actor and target (mission);
  its value is the latest report's, and every report stays in its history.
- **ceasefire**: one record per proposers, scope and duration, with every
  party's latest answer; **coalition**: one record per name.

Determinism: facts are sorted by a key made only of their content (date,
article text hash, position in the article) before any decision, so
ingesting the same articles in any order gives the same records, with the
same keys.

Partitions: no rule ever compares facts with different
:func:`partition_key` values, so merging each partition on its own gives
exactly the records that merging everything at once gives. The store uses
that to hold one partition in memory at a time, not the whole corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from coalition.resolve.currency import conversions
from coalition.resolve.keyed_merge import (
    QUOTE_OVERLAP,
    ceasefire_key,
    coalition_name,
    merge_ceasefires,
    merge_coalitions,
    merge_positions,
    merge_statements,
    speaker_name,
)
from coalition.resolve.merged import MergedRecord, Source, SourceFact, fact_ref as _ref, new_record as _record

__all__ = ["QUOTE_OVERLAP", "MergedRecord", "Source", "SourceFact", "commitment_flag", "merge_facts", "partition_key"]

AMOUNT_TOLERANCE = 0.12
# Same amount, same parties: one pledge if reported within this many days
# (reports trail an announcement by weeks); a later stage merges at any distance.
AMOUNT_WINDOW_DAYS = 90
# A later stage (announced → contracted → delivered) of the same amount, in the
# same category, merges up to a year apart: the UK's £2.26bn ERA loan was
# announced in October 2024 and signed in March 2025.
STAGE_WINDOW_DAYS = 365
DATE_WINDOW_DAYS = 14

# Stages of a pledge, in order; a record's status is the furthest stage
# reported, unless its latest report pauses or cancels it.
_STAGE = {"considering": 0, "planned": 1, "announced": 1, "contracted": 2, "delivered": 3}

# Items too general to say two reports are about the same deal.
_GENERIC_ITEMS = frozenset({
    "weapons", "equipment", "arms", "aid", "assistance", "support", "forces", "personnel",
    "military", "humanitarian", "financial", "package", "funding", "money",
    "military aid", "military assistance", "military support", "security assistance",
    "humanitarian aid", "financial aid", "financial support", "budget support", "defence aid",
})

# Wording that gives a running total rather than new money (DOMAIN.md:
# "bringing UK military aid to £3bn", "has given $65bn since 2022").
_RUNNING_TOTAL = re.compile(
    r"\b(bring(s|ing)?|brought|takes?|taking|rais(es|ing))\b[^.]{0,120}?\bto "
    r"(a record |a total of |more than |nearly |almost |about |over |some |roughly |up to )*(C\$|A\$|[£$€¥])?\d"
    r"|\bin total\b|\baltogether\b|\bso far\b|\bto date\b|\btotal(ling)? of\b"
    r"|\b(has|have|had) (now )?(pledged|given|provided|committed|sent|spent)\b(?:(?!annually)[^.]){0,80}\b(this year|since)\b"
    r"|\bsince (the )?(start|beginning) of the (war|invasion)|\bsince (the )?(full-scale )?invasion"
    r"|\bsince (\w+ )?20\d\d, [^.]{0,40}\b(has|have)\b",
    re.IGNORECASE,
)

# The currency a donor reports in, so a record shows "£1.6bn" for a UK deal
# however the first outlet to report it wrote the amount.
_HOME_CURRENCY = {
    "GBR": "GBP", "USA": "USD", "CAN": "CAD", "JPN": "JPY", "NOR": "NOK", "SWE": "SEK",
    "DNK": "DKK", "POL": "PLN", "CZE": "CZK", "AUS": "AUD", "KOR": "KRW", "CHE": "CHF",
    "HUN": "HUF", "ROU": "RON", "NZL": "NZD", "ISL": "ISK", "TUR": "TRY",
}
_EURO = {"EU", "DEU", "FRA", "ITA", "ESP", "NLD", "BEL", "AUT", "FIN", "IRL", "PRT", "GRC", "EST",
         "LVA", "LTU", "SVK", "SVN", "LUX", "MLT", "CYP", "HRV"}


def merge_facts(facts: Iterable[SourceFact]) -> list[MergedRecord]:
    """Every fact in exactly one record; records in a stable order (kind, first report)."""
    ordered = sorted(facts, key=lambda f: f.order)
    by_kind: dict[str, list[SourceFact]] = {}
    for fact in ordered:
        by_kind.setdefault(fact.data.get("kind", "?"), []).append(fact)
    records: list[MergedRecord] = []
    records += _merge_commitments(by_kind.pop("commitment", []))
    records += merge_statements(by_kind.pop("statement", []))
    records += merge_positions(by_kind.pop("stance", []), "stance", "target", "stance")
    records += merge_positions(by_kind.pop("participation", []), "participation", "mission", "status")
    records += merge_ceasefires(by_kind.pop("ceasefire", []))
    records += merge_coalitions(by_kind.pop("coalition", []))
    for kind in sorted(by_kind):  # kinds added to the contract later: one record per fact
        for fact in by_kind[kind]:
            records.append(_record(kind, [Source(fact, "first report")]))
    return records


def partition_key(data: dict) -> tuple | None:
    """The facts a fact can be merged with all share its partition key; None: it stands alone.

    Commitments by donor and recipient (conflicts are only looked for between
    records of the same parties), statements by canonical speaker, stances
    and participation by actor and target, ceasefires by proposers, scope and
    duration, coalitions by name. A statement without a speaker and a kind
    without merge rules are always a record of their own.
    """
    kind = data.get("kind")
    if kind == "commitment":
        return (kind, data.get("donor"), data.get("recipient"))
    if kind == "statement":
        speaker = speaker_name(data)
        return None if speaker is None else (kind, speaker)
    if kind == "stance":
        return (kind, data.get("actor"), data.get("target"))
    if kind == "participation":
        return (kind, data.get("actor"), data.get("mission"))
    if kind == "ceasefire":
        return (kind, *ceasefire_key(data))
    if kind == "coalition":
        return (kind, coalition_name(data))
    return None


# -- commitments ---------------------------------------------------------


@dataclass
class _Cluster:
    sources: list[Source]
    eur: float | None = None  # the first amount's value in EUR
    raw: tuple[float, str] | None = None  # the first amount as written
    # Kept up to date as facts join, so that matching a fact against a cluster
    # does not walk every fact already in it (a much-reported deal has hundreds).
    items: set[str] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    days: list[date] = field(default_factory=list)  # in order: facts join in date order
    stage: int = -1

    def add(self, source: Source) -> None:
        fact = source.fact
        self.sources.append(source)
        self.items |= _specific(fact.data.get("items") or [])
        self.documents.add(fact.document_id)
        day = _day(fact)
        if day is not None:
            self.days.append(day)
        self.stage = max(self.stage, _STAGE.get(fact.data.get("status"), -1))

    @property
    def facts(self) -> list[SourceFact]:
        return [s.fact for s in self.sources]


def commitment_flag(fact: SourceFact) -> tuple[str | None, str | None]:
    """``(flag, why)``: whether the commitment is left out of sums."""
    data = fact.data
    if data.get("status") == "cumulative":
        return "cumulative", "reported as a cumulative total"
    if data.get("category") == "defence_spending":
        return "domestic", "a country's own defence spending, not support to Ukraine (DOMAIN.md)"
    if data.get("part_of") is not None:
        return "sub_allocation", f"part of the package in fact {data['part_of']} of the same article"
    if data.get("amount") is not None and _RUNNING_TOTAL.search(data.get("evidence", {}).get("text", "")):
        return "cumulative", "running-total wording in the evidence"
    return None, None


def _merge_commitments(facts: list[SourceFact]) -> list[MergedRecord]:
    buckets: dict[tuple, list[_Cluster]] = {}
    order: list[_Cluster] = []
    for fact in facts:
        data = fact.data
        flag, _ = commitment_flag(fact)
        bucket = buckets.setdefault((data.get("donor"), data.get("recipient"), flag, data.get("per")), [])
        for cluster in bucket:
            reason = _commitment_match(cluster, fact)
            if reason:
                cluster.add(Source(fact, reason))
                if cluster.eur is None and cluster.raw is None:
                    cluster.eur, cluster.raw = _eur(fact), _raw(fact)
                break
        else:
            cluster = _Cluster([], _eur(fact), _raw(fact))
            cluster.add(Source(fact, "first report"))
            bucket.append(cluster)
            order.append(cluster)

    records = [_commitment_record(cluster) for cluster in order]
    index = {id(cluster): record for cluster, record in zip(order, records)}
    for bucket in buckets.values():
        for i, one in enumerate(bucket):
            for other in bucket[i + 1:]:
                why = _conflict(one, other)
                if why:
                    for a, b in ((one, other), (other, one)):
                        record = index[id(a)]
                        record.conflict = True
                        record.conflict_with.append(index[id(b)].key)
                        record.data.setdefault("conflict_reasons", []).append(why)
    return records


def _commitment_match(cluster: _Cluster, fact: SourceFact) -> str | None:
    data = fact.data
    parties = f"same donor {data.get('donor') or '?'}→{data.get('recipient') or '?'}"
    # Facts come in date order, so the closest of the cluster's dates is its latest.
    day = _day(fact)
    days = (day - cluster.days[-1]).days if day is not None and cluster.days else None
    if days is not None and days > STAGE_WINDOW_DAYS:
        return None  # further than any rule reaches
    compared = _compare(cluster, fact)
    if compared is not None:
        within, detail = compared
        if not within or days is None:
            return None
        if fact.document_id in cluster.documents and _raw(fact) != cluster.raw:
            return None  # one article giving two amounts ($1.25bn PDA and $1.22bn USAI) describes two things
        if days <= AMOUNT_WINDOW_DAYS:
            return f"{parties}, {detail}, {days} days apart"
        later_stage = _STAGE.get(data.get("status"), -1) > cluster.stage
        same_category = data.get("category") == cluster.sources[0].fact.data.get("category")
        if later_stage and same_category and days <= STAGE_WINDOW_DAYS:
            return f"{parties}, {detail}, a later stage ({data.get('status')}) {days} days later"
        return None
    # At most one side has an amount: the items and the dates have to agree.
    if days is None or days > DATE_WINDOW_DAYS:
        return None
    if fact.document_id in cluster.documents and (cluster.raw is None) != (_raw(fact) is None):
        # An article that gives a package's amount and names the same items again
        # without it is mostly recalling another pledge: Denmark's 19 F-16s of
        # 2023 beside its 23rd package, Norway's NASAMS of 2023 beside a 2025
        # contract (dev set). Reports of it elsewhere still merge on items.
        return None
    shared = _shared_with(cluster.items, fact)
    if shared:
        return f"{parties}, same items ({', '.join(shared)}) {days} days apart"
    return None


def _compare(cluster: _Cluster, fact: SourceFact) -> tuple[bool, str] | None:
    """Whether the fact's amount equals the cluster's, and how it was compared; None if either has none."""
    eur, raw = _eur(fact), _raw(fact)
    if raw is None or cluster.raw is None:
        return None
    tol = f"{AMOUNT_TOLERANCE:.0%}"
    if eur is not None and cluster.eur is not None:
        within = _close(eur, cluster.eur)
        first = f"{_money(*cluster.raw)} ≈ {_money(*raw)}" if within else f"{_money(*cluster.raw)} vs {_money(*raw)}"
        return within, f"amounts {first} within {tol} (EUR {_short(cluster.eur)} vs {_short(eur)})"
    if raw[1] == cluster.raw[1]:
        within = _close(raw[0], cluster.raw[0])
        return within, f"amounts {_money(*cluster.raw)} and {_money(*raw)} within {tol}"
    return None  # no ECB rate for one of them (UAH): amounts cannot be compared


def _conflict(one: _Cluster, other: _Cluster) -> str | None:
    """Why two records of the same parties look like one deal with different amounts, if they do."""
    if one.raw is None or other.raw is None:
        return None
    if one.documents & other.documents:
        return None  # one article giving two amounts describes two things
    gap = _closest(one.days, other.days)
    if gap is None or gap > DATE_WINDOW_DAYS:
        return None
    shared = _shared_sets(other.items, one.items)
    if not shared:
        return None
    return (
        f"same donor and recipient, same items ({', '.join(shared)}) {gap} days apart, "
        f"but amounts differ: {_money(*one.raw)} vs {_money(*other.raw)}"
    )


def _commitment_record(cluster: _Cluster) -> MergedRecord:
    facts = cluster.facts
    first = facts[0]
    record = _record("commitment", cluster.sources)
    record.actor, record.target = first.data.get("donor"), first.data.get("recipient")
    record.category = Counter(f.data.get("category") for f in facts).most_common(1)[0][0]
    record.flag, why = commitment_flag(first)
    with_amount = [f for f in facts if f.data.get("amount") is not None]
    home = "EUR" if record.actor in _EURO else _HOME_CURRENCY.get(record.actor or "")
    chosen = next((f for f in with_amount if f.data.get("currency") == home), with_amount[0] if with_amount else None)
    dated = sorted(f.data["date"] for f in facts if f.data.get("date"))
    history = _history(facts)
    record.status = _commitment_status(history)
    items = list(dict.fromkeys(item for f in facts for item in f.data.get("items") or []))
    record.data = {
        "donor": record.actor,
        "recipient": record.target,
        "category": record.category,
        "items": items,
        "supplier": next((f.data["supplier"] for f in facts if f.data.get("supplier")), None),
        "history": history,
    }
    if why:
        record.data["flag_reason"] = why
    if dated:
        # The commitment's date and the words it was resolved from ("on Sunday" in
        # an article of Monday 3 March 2025 is 2025-03-02), so a reader can check it.
        giver = min((f for f in facts if f.data.get("date") == dated[0]), key=lambda f: f.order)
        record.data.update(date=dated[0], date_phrase=_date_phrase(giver), date_source=_ref(giver))
    if chosen is not None:
        cdata = chosen.data
        record.amount, record.currency = float(cdata["amount"]), cdata.get("currency")
        record.data.update(
            amount_qualifier=cdata.get("amount_qualifier"), amount_max=cdata.get("amount_max"), per=cdata.get("per")
        )
        # The commitment's date, else the publication date of its first report.
        on = dated[0] if dated else None
        published = min((f.published for f in facts if f.published), default=None)
        if record.currency:
            for conversion in conversions(record.amount, record.currency, on, published):
                if conversion.currency == "EUR":
                    record.amount_eur, record.rate_eur = conversion.amount, conversion.rate
                else:
                    record.amount_usd, record.rate_usd = conversion.amount, conversion.rate
                record.rate_date = conversion.rate_date.isoformat()
                basis = f"rate of the commitment date {on}" if on else f"no commitment date: rate of the publication date {published}"
                record.rate_note = basis if conversion.note is None else f"{basis}; {conversion.note}"
    return record


def _date_phrase(fact: SourceFact) -> str | None:
    """The phrase of the fact's evidence that its date was resolved from, against its article's date."""
    from coalition.resolve.dates import find_dates

    for found in find_dates(fact.data.get("evidence", {}).get("text", ""), fact.published):
        if found.date is not None and found.date.isoformat() == fact.data["date"]:
            return found.phrase
    return None


def _commitment_status(history: list[dict]) -> str | None:
    if not history:
        return None
    latest = history[-1]["status"]
    if latest in ("paused", "cancelled", "cumulative"):
        return latest
    return max(history, key=lambda h: _STAGE.get(h["status"], -1))["status"]


def _history(facts: list[SourceFact]) -> list[dict]:
    """The stages in date order: each status the first time a report gives it."""
    seen: set[str] = set()
    history = []
    for fact in sorted(facts, key=lambda f: f.order):
        status = fact.data.get("status") or fact.data.get("stance")
        if status not in seen:
            seen.add(status)
            history.append({"date": fact.day, "status": status, "source": _ref(fact)})
    return history


@lru_cache(maxsize=4096)
def _eur_of(amount: float, currency: str, on: str | None, published: str | None) -> float | None:
    for conversion in conversions(amount, currency, on, published):
        if conversion.currency == "EUR":
            return conversion.amount
    return None


def _eur(fact: SourceFact) -> float | None:
    raw = _raw(fact)
    return None if raw is None else _eur_of(raw[0], raw[1], fact.data.get("date"), fact.published)


def _raw(fact: SourceFact) -> tuple[float, str] | None:
    amount, currency = fact.data.get("amount"), fact.data.get("currency")
    if amount is None or not currency:
        return None
    return float(amount), str(currency).upper()


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= AMOUNT_TOLERANCE * max(abs(a), abs(b))


def _specific(items: Iterable[str]) -> set[str]:
    return {i.strip().lower() for i in items if i and i.strip().lower() not in _GENERIC_ITEMS}


def _shared_with(theirs: set[str], fact: SourceFact) -> list[str]:
    return _shared_sets(_specific(fact.data.get("items") or []), theirs)


def _shared_sets(mine: set[str], theirs: set[str]) -> list[str]:
    return sorted(a for a in mine if any(a == b or _inside(a, b) or _inside(b, a) for b in theirs))


def _closest(one: list[date], other: list[date]) -> int | None:
    """The fewest days between a date of ``one`` and a date of ``other`` (both sorted)."""
    best: int | None = None
    i = j = 0
    while i < len(one) and j < len(other):
        gap = abs((one[i] - other[j]).days)
        best = gap if best is None else min(best, gap)
        if one[i] < other[j]:
            i += 1
        else:
            j += 1
    return best


def _inside(short: str, long: str) -> bool:
    return re.search(rf"\b{re.escape(short)}\b", long) is not None


def _day(fact: SourceFact) -> date | None:
    try:
        return date.fromisoformat(fact.day) if fact.day else None
    except ValueError:  # a date the extractor got wrong ("2025-02-30") is stored, not compared
        return None


# -- shared ----------------------------------------------------------------


def _money(amount: float, currency: str) -> str:
    return f"{_short(amount)} {currency}"


def _short(amount: Any) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(amount) >= scale:
            return f"{amount / scale:.3g}{suffix}"
    return f"{amount:.3g}"
