"""A numbered group as a clause's subject: "Italy, Malta and Bulgaria have lined up behind Belgium …
In a paper sent on Friday, the four governments urged the Commission to keep joint borrowing on the
table" is the four countries' position, each its own fact (ADJUDICATION.md decision 40: each named
signatory holds what the text says).

Wire copy names a group once and then counts it ("the three countries said", "the two governments
agreed"); the clause itself names nobody, so without this the position went to whoever stood nearest
(the Commission it was addressed to). The group is the countries of the latest sentence, a few
sentences back at most, that names exactly as many countries as the number says; none when no such
sentence is near, so a count that matches nothing ("the 27 member states", "the two countries" after
a sentence naming three) gives no holder. Words in ``data/numbered_groups.json``.

Separate from ``stance_holders.py`` (joint statements and meetings remembered by their verbs) because
this group is remembered by its count, whatever the sentence that named it did.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import ArticleContext, tokens, vocab


@lru_cache(maxsize=1)
def _words() -> tuple[dict[str, int], frozenset[str], int]:
    w = vocab("numbered_groups")
    return dict(w["numbers"]), frozenset(w["nouns"]), int(w["reach"])


def countries_of(ctx: ArticleContext, sent) -> list[str]:
    """The distinct countries a sentence names, in order."""
    out: list[str] = []
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        code = m.stands_for
        if code and code not in out:
            out.append(code)
    return out


def numbered_group(ctx: ArticleContext, n: int, present: frozenset[str] | set[str]) -> tuple[list[str], int]:
    """The countries "the four governments" in sentence ``n`` stands for, and the token where the
    phrase starts (the clause reader uses it only as a subject, before the clause's cue); ([], -1)
    when there is none."""
    numbers, nouns, reach = _words()
    if numbers.keys().isdisjoint(present) or nouns.isdisjoint(present):
        return [], -1  # cheap exit: no count of a group in the sentence
    sent = ctx.sents[n]
    lower = tokens(ctx.doc).lower
    at = next((i for i in range(sent.start, sent.end - 2)
               if lower[i] == "the" and lower[i + 1] in numbers and lower[i + 2] in nouns), None)
    if at is None:
        return [], -1
    count = numbers[lower[at + 1]]
    for back in range(n - 1, max(-1, n - 1 - reach), -1):
        named = countries_of(ctx, ctx.sents[back])
        # the war's two sides are most sentences' subject matter ("… for Ukraine"), not members of
        # the group the count goes back to, unless the count needs them
        for group in (named, [c for c in named if c not in WAR_SIDES]):
            if len(group) == count:
                return group, at
    return [], -1


WAR_SIDES = frozenset({"UKR", "RUS"})
