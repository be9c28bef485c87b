"""A hand-built article with one fact of every kind, and the contract dicts to compare with."""

from __future__ import annotations

from coalition.model import (
    ArticleResult,
    Ceasefire,
    CeasefireResponse,
    Coalition,
    Commitment,
    Document,
    Evidence,
    Participation,
    Stance,
    Statement,
)

TEXT = (
    "Britain will give Ukraine £1.6bn for air defence missiles, built by Thales. "
    '"We will not stand by," the prime minister, Keir Starmer, said. '
    "France and Britain proposed a one-month ceasefire in the air and at sea. "
    "Russia rejected the ceasefire proposal, while Ukraine accepted it. "
    "Ireland is open to joining a reassurance force. "
    "Italy opposes sending troops. "
    "The coalition of the willing, led by Britain and France, has 30 members."
)


def evidence(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(text=sentence, start=start, end=start + len(sentence))


def build_article(
    *, doc_id: str = "test-001", published: str | None = "2025-03-02", postscript: str = ""
) -> ArticleResult:
    """An article with one fact of every kind; a ``postscript`` makes its text a new one."""
    text = TEXT + postscript
    return ArticleResult(
        document=Document(
            id=doc_id,
            title="Britain pledges air defence",
            url="https://example.org/news/1",
            published=published,
            text=text,
            outlet="Example News",
        ),
        facts=[
            Commitment(
                donor="GBR",
                recipient="UKR",
                category="military",
                status="announced",
                amount=1600000000,
                currency="GBP",
                items=["air defence missiles"],
                supplier="Thales",
                date="2025-03-01",
                evidence=evidence(text, "Britain will give Ukraine £1.6bn for air defence missiles, built by Thales."),
                confidence=0.9,
            ),
            Statement(
                speaker="Keir Starmer",
                role="prime minister",
                actor="GBR",
                quote="We will not stand by,",
                evidence=evidence(text, '"We will not stand by," the prime minister, Keir Starmer, said.'),
            ),
            Ceasefire(
                proposers=["FRA", "GBR"],
                duration_days=30,
                scope=["air", "sea"],
                status="proposed",
                responses=[
                    CeasefireResponse(actor="RUS", response="rejected"),
                    CeasefireResponse(actor="UKR", response="accepted"),
                ],
                evidence=evidence(text, "Russia rejected the ceasefire proposal, while Ukraine accepted it."),
            ),
            Participation(
                actor="IRL",
                mission="reassurance force",
                status="open",
                evidence=evidence(text, "Ireland is open to joining a reassurance force."),
            ),
            Stance(
                actor="ITA",
                target="sending troops",
                stance="oppose",
                evidence=evidence(text, "Italy opposes sending troops."),
                confidence=0.7,
            ),
            Coalition(
                name="coalition of the willing",
                leads=["GBR", "FRA"],
                size=30,
                evidence=evidence(
                    text, "The coalition of the willing, led by Britain and France, has 30 members."
                ),
            ),
        ],
    )


def contract_facts(result: ArticleResult) -> list[dict]:
    return [fact.model_dump(mode="json") for fact in result.facts]


def without_store_keys(fact: dict) -> dict:
    """A stored fact dict less what the store adds: the contract fact again."""
    return {k: v for k, v in fact.items() if k not in {"id", "document_id", "document_key", "published"}}
