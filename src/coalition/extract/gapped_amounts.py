"""Where a gapped clause's amount begins when a qualifier stands before it.

``donors._gapped_donor`` gives an amount to the actor right before it in a clause whose verb is left
out ("Sweden adds $60m, Finland €40m and Denmark DKK 400m"). Outlets write most shares in such lists
with a qualifier ("Denmark about DKK 400m", "Oslo around 1.5 billion crowns", "Finland some €40m"); the
qualifier stood between the actor and the amount, so the amount fell back to the clause's first giver.
The qualifiers are the money parser's own (``data/money.json``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

DATA = Path(__file__).resolve().parent / "data" / "money.json"


@lru_cache(maxsize=1)
def _qualifier_phrases() -> tuple[tuple[str, ...], ...]:
    phrases = json.loads(DATA.read_text(encoding="utf-8"))["qualifiers"]
    return tuple(sorted((tuple(p.split()) for p in phrases), key=len, reverse=True))


def before_qualifier(doc, sent: Span, start: int) -> int:
    """The index where the qualifier before the amount at ``start`` begins, or ``start`` when there is none."""
    for phrase in _qualifier_phrases():
        lo = start - len(phrase)
        if lo > sent.start and tuple(t.lower_ for t in doc[lo:start]) == phrase:
            return lo
    return start
