"""The person a sentence-opening "he" or "she" stands for: the last person named, passing over one
named as the one met, visited or spoken to.

"In September, after meeting President Volodymyr Zelensky in Uzhhorod, he said Slovakia would
station no soldiers … He has also said the first step should be for Ukraine to drop its NATO bid":
the "he" of both sentences is the speaker, not Zelensky, whom he met. A person named right after a
verb of meeting or addressing ("meeting", "met", "visited", "thanked", "with") is that verb's object
and is not what a later pronoun goes back to while an earlier person is named; with no earlier
person the last one stays.
"""

from __future__ import annotations

from bisect import bisect_right

from coalition.extract.context import ArticleContext, Mention, tokens

# the words that make a person named after them the object of a meeting or an address
MET = frozenset("meeting met meet meets visiting visited visit visits thanked thanking thank urged urging "
                "told telling with hosting hosted received receiving".split())
# how many persons back to look for one who is no such object
REACH = 4


def pronoun_person(ctx: ArticleContext, char: int) -> Mention | None:
    """The person a pronoun at character ``char`` stands for (see the module's docstring)."""
    people = [m for m in ctx.mentions[: bisect_right(ctx._mention_starts, char - 1)] if m.label == "PERSON"]
    if not people:
        return None
    tk = tokens(ctx.doc)
    for m in reversed(people[-REACH:]):
        if not _met(tk, m):
            return m
    return people[-1]


def _met(tk, m: Mention) -> bool:
    """Whether the word before the person's name and title is a verb of meeting or addressing."""
    j = m.start - 1
    while j >= 0 and j >= m.start - 5 and tk.title[j]:
        j -= 1  # back over the title ("President", "Prime Minister")
    return j >= 0 and tk.lower[j] in MET


__all__ = ["pronoun_person"]
