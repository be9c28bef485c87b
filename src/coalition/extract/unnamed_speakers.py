"""A quote whose own attribution names no one ("'We will keep pushing for guarantees,' a senior
European diplomat told me", "'We cannot accept that,' one official said") has no holder.

The stance rules give a quote's "we" or "I" with no actor of its own to the last person the article
named. That is right for "'We are ready,' he said", whose "he" is that person, but a quote told by
an unnamed source after it is that source's: the last named person (often another country's
minister, a paragraph earlier) never said it, and an unnamed diplomat or official holds no stance
(ADJUDICATION.md decision 14: unnamed "European leaders'" welcomes are nothing). The source is
unnamed when the words after the quote's closing mark open with an indefinite word ("a", "one",
"another", "two", …), run to a speech verb and name no country, organisation or person.
"""

from __future__ import annotations

from coalition.extract.clause_cues import QUOTES
from coalition.extract.context import ArticleContext, tokens

# the words that open an unnamed source ("a senior diplomat", "one official", "two officials")
INDEFINITE = frozenset("a an one another two three several some".split())
SPEECH = frozenset("said says told tells added adds warned wrote stated insisted".split())
# how far after the closing mark the speech verb may come ("a senior European diplomat familiar with
# the talks told …")
REACH = 12


def unnamed_speaker(ctx: ArticleContext, sent) -> bool:
    """Whether the quote in ``sent`` is attributed, after its closing mark, to an unnamed source."""
    tk = tokens(ctx.doc)
    lower = tk.lower
    close = next((k for k in range(sent.end - 1, sent.start, -1) if lower[k] in QUOTES), None)
    if close is None or close + 1 >= sent.end or lower[close + 1] not in INDEFINITE:
        return False
    verb = next((k for k in range(close + 1, min(sent.end, close + 1 + REACH)) if lower[k] in SPEECH), None)
    if verb is None:
        return False
    idx = tk.idx
    return not ctx.mentions_in(idx[close + 1], idx[verb], ("COUNTRY", "ORG", "PERSON"))


__all__ = ["unnamed_speaker"]
