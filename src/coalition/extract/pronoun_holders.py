"""Whom a pronoun subject of a stance stands for ("He has also said Ukraine should drop its bid"):
the person the speaker resolver picks for "he" or "she" (the subject of the latest sentence naming
people, a person of the pronoun's gender, not one named inside a quote or only as a possessor),
rather than the last person named at all ("… after meeting President Zelensky in Uzhhorod, he
said …" is still the article's subject).

Separate from ``clause_groups.py`` because the resolver (``speakers._Referents``) is the statement
finder's, built once per article here and shared by every stance sentence that needs it.
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, Mention
from coalition.extract.speakers import _Referents


def _referents(ctx: ArticleContext) -> _Referents:
    refs = ctx.__dict__.get("_pronoun_referents")
    if refs is None:
        refs = ctx.__dict__["_pronoun_referents"] = _Referents(ctx)
    return refs


def pronoun_person(ctx: ArticleContext, before_char: int, padded: str) -> Mention | None:
    """The person "he", "she" or "I" in ``padded`` (a clause starting at ``before_char``) stands
    for; the last person named when the resolver finds no one or a described speaker."""
    pronoun = next((p for p in ("he", "she") if f" {p} " in padded), None)
    found = _referents(ctx).antecedent(before_char, pronoun=pronoun)
    if isinstance(found, Mention) and found.label == "PERSON":
        return found
    return ctx.last_person_before(before_char)


def pronoun_person_of(ctx: ArticleContext, before_char: int, words) -> Mention | None:
    """``pronoun_person`` for a clause given as its lower-case words."""
    return pronoun_person(ctx, before_char, " " + " ".join(words) + " ")
