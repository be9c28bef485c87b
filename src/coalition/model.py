"""The public data model: what ``coalition extract --format json`` writes.

This module is the one source of the JSON contract (issue 2). Every line of
``coalition extract --format json`` is an :class:`ArticleResult`; the JSON
Schema in ``schema/extract.schema.json`` is generated from these classes
(``coalition schema``) and the tests validate every output against it.

Fields may be added; none may be renamed or change meaning.

Naming, as in spaCy's conventions: ``article`` is what a reader yields (text
plus metadata, before extraction), ``document`` is its contract form,
``fact`` any extracted record, ``evidence`` the sentence a fact came from,
``actor`` a canonical code such as ``GBR``, ``EU`` or ``NATO``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field

DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
IsoDate = Annotated[str, Field(pattern=DATE_PATTERN)]

Category = Literal[
    "military",
    "financial",
    "humanitarian",
    "troops",
    "training",
    "intelligence",
    "logistics",
    "defence_spending",
    "other",
]
CommitmentStatus = Literal[
    "announced",
    "planned",
    "contracted",
    "delivered",
    "considering",
    "paused",
    "cancelled",
    "cumulative",
]
StanceValue = Literal["support", "oppose", "open", "considering", "conditional"]
ParticipationStatus = Literal["committed", "considering", "open", "conditional", "declined"]
CeasefireScope = Literal["air", "sea", "energy_infrastructure", "land", "full"]
CeasefireStatus = Literal["proposed", "accepted", "rejected", "in_force", "violated"]
ResponseValue = Literal["accepted", "rejected", "conditional"]


@dataclass
class Article:
    """One article as a reader yields it, before extraction.

    ``source`` names where it came from (``path`` or ``path:line``) so that
    errors can name the input.
    """

    text: str
    source: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    """sha256 of the article text: the identity used for de-duplication."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    """A span of ``document.text``: ``document.text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(_Model):
    id: str
    title: str | None = None
    url: str | None = None
    published: IsoDate | None = None
    text: str
    outlet: str | None = None


class _Fact(_Model):
    evidence: Evidence
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)


class Commitment(_Fact):
    kind: Literal["commitment"] = "commitment"
    donor: str | None
    recipient: str | None = None
    category: Category
    status: CommitmentStatus
    amount: int | float | None = None
    currency: str | None = None
    items: list[str] = Field(default_factory=list)
    supplier: str | None = None
    date: IsoDate | None = None
    # Added fields (issue 3): index of the parent package in the same
    # article's facts, and how the amount was qualified ("up to", "more than").
    part_of: int | None = None
    amount_qualifier: Literal["exact", "about", "up_to", "more_than", "at_least", "range"] | None = None
    amount_max: int | float | None = None
    per: Literal["year", "month"] | None = None
    conversions: list[dict] = Field(default_factory=list)


class Statement(_Fact):
    kind: Literal["statement"] = "statement"
    speaker: str | None
    role: str | None = None
    actor: str | None = None
    quote: str
    # Added: the sentence that names the speaker, when it is not the quote's own.
    attribution: Evidence | None = None
    # Added: ``speaker`` is the name as the article writes it ("Volodymyr Zelenskiy");
    # ``person`` is the canonical name from the office-holders table ("Volodymyr
    # Zelensky"), or null when the table does not know the speaker.
    person: str | None = None


class Stance(_Fact):
    kind: Literal["stance"] = "stance"
    actor: str
    target: str
    stance: StanceValue


class Participation(_Fact):
    kind: Literal["participation"] = "participation"
    actor: str
    mission: str
    status: ParticipationStatus
    roles: list[str] = Field(default_factory=list)
    excluded: list[str] = Field(default_factory=list)


class CeasefireResponse(_Model):
    actor: str
    response: ResponseValue


class Ceasefire(_Fact):
    kind: Literal["ceasefire"] = "ceasefire"
    proposers: list[str] = Field(default_factory=list)
    duration_days: int | None = None
    scope: list[CeasefireScope] = Field(default_factory=list)
    status: CeasefireStatus
    responses: list[CeasefireResponse] = Field(default_factory=list)


class Coalition(_Fact):
    kind: Literal["coalition"] = "coalition"
    name: str
    leads: list[str] = Field(default_factory=list)
    size: int | None = None
    purpose: str | None = None
    contribution_types: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    # Added: further sentences that the coalition's attributes came from.
    more_evidence: list[Evidence] = Field(default_factory=list)


Fact = Annotated[
    Union[Commitment, Statement, Stance, Participation, Ceasefire, Coalition],
    Field(discriminator="kind"),
]
FACT_KINDS = ("commitment", "statement", "stance", "participation", "ceasefire", "coalition")


class ArticleResult(_Model):
    """One line of ``coalition extract --format json``."""

    document: Document
    facts: list[Fact] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of one output line, generated from the models."""
    schema = ArticleResult.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "coalition extract output line"
    return schema
