"""Request and response bodies of the API, named by role as ``<Thing>Create``, ``<Thing>Public``, ``<Things>Page``.

Facts are the contract's fact objects (see ``coalition schema``) plus where
they are stored (``id``, ``document_id``, ``document_key``, ``published``)
and their ``review_state``; they are typed loosely here (``dict``) because
each kind has its own fields.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from coalition.model import DATE_PATTERN
from coalition.store.reviews import MAX_COMMENT

ReviewAction = Literal["accept", "edit", "reject"]
Role = Literal["reviewer", "admin"]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(BaseModel):
    """One page of a list: ``count`` is the number of items matching in all pages."""

    data: list[dict[str, Any]]
    count: int
    page: int
    per_page: int


class FactsPage(Page):
    """One page of facts. ``count`` is the number of matching facts, or the cap (1,000) when more match."""

    count: int = Field(
        description="How many facts match in all pages; when more than 1,000 match, 1,000 (see count_capped)."
    )
    count_capped: bool = Field(
        default=False,
        description="True when more facts match than were counted: count is then the cap (1,000), a lower bound.",
    )


class ArticleCreate(_Body):
    """An article to extract and store: ``text`` (plain text) or ``html`` (a whole page), not both."""

    text: str | None = Field(default=None, description="The article text; the first line is not taken as a title.")
    html: str | None = Field(default=None, description="An HTML page; the article, title, date and URL are found in it.")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(default=None, pattern=DATE_PATTERN, description="YYYY-MM-DD")
    outlet: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _one_source(self) -> ArticleCreate:
        given = [name for name in ("text", "html") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text and html")
        if not (self.text or self.html or "").strip():
            raise ValueError(f"{given[0]} is empty")
        return self


class ArticleCreated(BaseModel):
    status: Literal["stored", "skipped"] = Field(description="skipped: the same text was stored before")
    article: dict[str, Any]
    facts: list[dict[str, Any]]


class ReviewCreate(_Body):
    action: ReviewAction
    comment: str = Field(default="", max_length=MAX_COMMENT)
    edits: dict[str, Any] | None = Field(
        default=None, description="For an edit: the fact's fields to change, e.g. {\"amount\": 2000000000}."
    )


class ReviewPublic(BaseModel):
    id: int
    fact_id: int
    user: str
    action: ReviewAction
    comment: str
    before: dict[str, Any]
    after: dict[str, Any]
    at: str | None


class UserPublic(BaseModel):
    name: str
    role: Role
    active: bool
    created_at: str | None


class UserCreate(_Body):
    name: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
    role: Role = "reviewer"


class UserUpdate(_Body):
    role: Role | None = None
    active: bool | None = None


class UserWithToken(BaseModel):
    user: UserPublic
    token: str = Field(description="Shown once: only its hash is stored.")
