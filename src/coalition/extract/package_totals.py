"""One package's own size told with a word of totalling is that package, not a running total.

"The package is worth a total of SEK 1.4 billion", "The contents of the planned package amount to
a total of about SEK 3 billion", "The package totals approximately DKK 2.7 billion" (dev 213,
recorded `announced`): the status finder reads "total" as a running total (`cumulative`). A
commitment marked cumulative whose sentence has a singular package noun before its totalling word,
and none of the words that make a sum a running total after all ("brings the total to", "since
2022", "so far", "all previous packages"), is the package told: its status becomes `announced`.
When the article records that package already (same donor, sum and currency), the re-told size is
dropped rather than doubled. Words in ``data/package_totals.json``.
"""

from __future__ import annotations

import re

from coalition.extract.context import vocab

_WORDS = vocab("package_totals")
PACKAGES = frozenset(_WORDS["package_nouns"])
TOTALS = frozenset(_WORDS["total_words"])
RUNNING = tuple(f" {w} " for w in _WORDS["running_cues"])
_WORD = re.compile(r"[a-z][a-z'-]*")


def with_package_sizes(commitments: list) -> list:
    """``commitments``, a package's own size told as "a total of" made `announced` (or dropped when
    the package is recorded already)."""
    told = []
    for c in commitments:
        if c.status != "cumulative" or c.amount is None:
            continue
        words = _WORD.findall(c.evidence.text.lower())
        first_total = next((i for i, w in enumerate(words) if w in TOTALS), None)
        if first_total is None or not any(w in PACKAGES for w in words[:first_total]):
            continue
        padded = " " + " ".join(words) + " "
        if any(cue in padded for cue in RUNNING):
            continue  # "the package brings the total to", "all previous packages combined": a running total
        c.status = "announced"
        told.append(c)
    if not told:
        return commitments
    told_ids = {id(t) for t in told}
    drop = {id(c) for c in told if any(o is not c and o.status == "announced" and o.donor == c.donor
                                       and o.amount == c.amount and o.currency == c.currency
                                       and id(o) not in told_ids for o in commitments)}
    return [c for c in commitments if id(c) not in drop]
