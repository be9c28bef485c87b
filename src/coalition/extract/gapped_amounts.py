"""Where a gapped clause's amount begins when a qualifier stands before it.

``donors._gapped_donor`` gives an amount to the actor right before it in a clause whose verb is left
out ("Sweden adds $60m, Finland €40m and Denmark DKK 400m"). Outlets write most shares in such lists
with a qualifier ("Denmark about DKK 400m", "Oslo around 1.5 billion crowns", "Finland some €40m"); the
qualifier stood between the actor and the amount, so the amount fell back to the clause's first giver.
The qualifiers are the money parser's own (``data/money.json``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _qualifier_phrases() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The qualifiers as word tuples, longest first, and the words they end with."""
    phrases = tuple(sorted((tuple(p.split()) for p in vocab("money")["qualifiers"]), key=len, reverse=True))
    return phrases, frozenset(p[-1] for p in phrases if p)


def before_qualifier(doc, sent: Span, start: int) -> int:
    """The index where the qualifier before the amount at ``start`` begins, or ``start`` when there is none."""
    lower = tokens(doc).lower
    phrases, last_words = _qualifier_phrases()
    # asked of every amount: most have no qualifier before them, told by the one word before
    if start - 1 <= sent.start or lower[start - 1] not in last_words:
        return start
    for phrase in phrases:
        lo = start - len(phrase)
        if lo > sent.start and tuple(lower[lo:start]) == phrase:
            return lo
    return start
