"""Whom a pronoun subject of a stance stands for ("He has also said Ukraine should drop its bid"):
the person the speaker resolver picks for "he" or "she" (the subject of the latest sentence naming
people, a person of the pronoun's gender, not one named inside a quote or only as a possessor),
rather than the last person named at all ("… after meeting President Zelensky in Uzhhorod, he
said …" is still the article's subject).

Separate from ``clause_groups.py`` because the resolver is the statement finder's
(``speakers.referents``, built once per article and shared with it).
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, Mention
from coalition.extract.speakers import referents


def pronoun_person(ctx: ArticleContext, before_char: int, padded: str) -> Mention | None:
    """The person "he" or "she" in ``padded`` (a clause starting at ``before_char``) stands
    for; the last person named when the resolver finds no one or a described speaker."""
    pronoun = next((p for p in ("he", "she") if f" {p} " in padded), None)
    found = referents(ctx).antecedent(before_char, pronoun=pronoun)
    if isinstance(found, Mention) and found.label == "PERSON":
        return found
    return ctx.last_person_before(before_char)


def pronoun_person_of(ctx: ArticleContext, before_char: int, words) -> Mention | None:
    """``pronoun_person`` for a clause given as its lower-case words."""
    return pronoun_person(ctx, before_char, " " + " ".join(words) + " ")
