"""Aid-item words that are a verb in their sentence: "Denmark, Norway and Sweden followed, jointly
financing a second package of about $500 million". A gerund of paying ("financing", "funding")
followed at once by a determiner has an object: it is the clause's verb, and what it pays for
(the package after it) is the aid, not "financing". "Training the pilots" stays an item: training
is aid given by the verb itself (the training commitments)."""

from __future__ import annotations

from spacy.tokens import Span


def verb_with_object(table, sent: Span, item, words: dict) -> bool:
    """Whether ``item`` (start, end, text, category) is a paying gerund followed by its object."""
    start, end, text, _ = item
    if end - start != 1 or text.lower() not in words["paying_gerunds"] or end >= sent.end:
        return False
    return table.lower[end] in words["object_openers"]
