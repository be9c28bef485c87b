"""What merging works with and makes: a stored fact with its article's keys (:class:`SourceFact`),
and the record of one real-world thing with the reports behind it (:class:`MergedRecord`).

Kept apart from the rules in :mod:`coalition.resolve.merge` (commitments) and
:mod:`coalition.resolve.keyed_merge` (the kinds merged by a key), which both build records.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SourceFact:
    """A stored fact with what merging needs to know about its article."""

    fact_id: int
    document_id: int
    content_hash: str
    position: int
    published: str | None
    data: dict

    @property
    def day(self) -> str | None:
        """The fact's own date, else its article's publication date."""
        return self.data.get("date") or self.published

    @property
    def order(self) -> tuple:
        # Only content: never row ids, which depend on ingest order.
        return (self.day or "9999-99-99", self.content_hash, self.position)


@dataclass
class Source:
    fact: SourceFact
    reason: str


@dataclass
class MergedRecord:
    """One real-world thing and the facts that report it (first report first)."""

    key: str
    kind: str
    sources: list[Source]
    actor: str | None = None
    target: str | None = None
    category: str | None = None
    status: str | None = None
    first_date: str | None = None
    latest_date: str | None = None
    amount: float | None = None
    currency: str | None = None
    amount_eur: float | None = None
    amount_usd: float | None = None
    rate_eur: float | None = None
    rate_usd: float | None = None
    rate_date: str | None = None
    rate_note: str | None = None
    flag: str | None = None
    conflict: bool = False
    conflict_with: list[str] = field(default_factory=list)
    data: dict = field(default_factory=dict)


def new_record(kind: str, sources: list[Source]) -> MergedRecord:
    first = sources[0].fact
    days = [s.fact.day for s in sources if s.fact.day]
    return MergedRecord(
        key=f"{kind[:4]}-{first.content_hash[:12]}-{first.position}",
        kind=kind,
        sources=sources,
        first_date=min(days, default=None),
        latest_date=max(days, default=None),
    )


def fact_ref(fact: SourceFact) -> str:
    """A fact's name that does not depend on ingest order (row ids do): article hash and position."""
    return f"{fact.content_hash[:12]}-{fact.position}"
