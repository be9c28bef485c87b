"""A sum given as the other term of a comparison is no pledge.

Outlets size a new pledge against another figure: "introducing a floor of NOK 15bn a year instead
of a ceiling of NOK 75bn", "a loan of €210bn, a figure notably higher than previous estimates of
€140bn"; or give a difference: "SEK 1 billion more than all the previous packages combined". The
commitment finder read the replaced figure, the estimate and the difference as pledges of the
donor's own. An earlier real figure ("up from €9m in the first package") is an earlier act, which
the annotation records, and is left alone.

An amount is skipped when a comparison phrase ends at most a few words before it (no other number
between), or when a comparative and "than" follow it directly with no number after "than" ("more
than the sum of"). "more than"/"less than" before an amount qualify it ("more than $1bn") and are
not comparison phrases here. Words in ``data/compared_figures.json``.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

_WORDS = vocab("compared_figures")
_BEFORE = [tuple(p.split()) for p in _WORDS["before"]]
_LAST = frozenset(p[-1] for p in _BEFORE)
COMPARATIVES = frozenset(_WORDS["comparatives"])
REACH = int(_WORDS["reach"])


def compared_figure(doc, sent: Span, lo: int, span: Span) -> bool:
    """Whether the amount at ``span`` is a comparison's other term or a difference."""
    lower = tokens(doc).lower
    end = span.end
    if end + 1 < sent.end and lower[end] in COMPARATIVES and lower[end + 1] == "than":
        after = doc[end + 2] if end + 2 < sent.end else None
        if after is None or not (after.like_num or after.is_currency or after.text[:1].isdigit()):
            return True  # "SEK 1bn more than the sum of all previous packages": a difference
    start = max(lo, sent.start, span.start - REACH - 3)
    for j in range(span.start - 1, start - 1, -1):
        w = lower[j]
        if doc[j].like_num and j < span.start - 1:
            return False  # another number between: the phrase compares that one
        if w in _LAST and span.start - j <= REACH + 1:
            for phrase in _BEFORE:
                n = len(phrase)
                if j - n + 1 >= sent.start and tuple(lower[j - n + 1 : j + 1]) == phrase:
                    return True
    return False
