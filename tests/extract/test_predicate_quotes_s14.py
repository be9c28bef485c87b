"""A short quote that opens on a modal inside the speaker's clause is a statement of five words or
more (adjudication 8), not a term the clause goes on after (fourteenth session). Made-up sentences."""

from __future__ import annotations

from coalition.extract import extract
from coalition.model import Article


def quotes(text: str) -> list[tuple]:
    result = extract(Article(text="Headline\n\n" + text, source="case"))
    return [(f.speaker, f.quote) for f in result.facts if f.kind == "statement"]


def test_a_modal_predicate_quoted_mid_sentence_is_a_statement():
    found = quotes('Foreign Minister Sergei Lavrov said the jets "would be destroyed within days" and warned the West.')
    assert any(q and q.startswith("would be destroyed") for _, q in found)


def test_a_term_the_clause_goes_on_after_is_still_no_statement():
    found = quotes('Chancellor Olaf Scholz said he did not want "boots on the ground in Ukraine" at any time.')
    assert found == []
