"""One package's own size told with a word of totalling is that package, not a running total.

"The package is worth a total of SEK 1.4 billion", "The contents of the planned package amount to
a total of about SEK 3 billion", "The package totals approximately DKK 2.7 billion" (dev 213,
recorded `announced`): the status finder reads "total" as a running total (`cumulative`). A
commitment marked cumulative whose sentence has a singular package noun before its totalling word,
and none of the words that make a sum a running total after all ("brings the total to", "since
2022", "so far", "all previous packages"), is the package told: its status becomes `announced`.
When the article records that package already (same donor, sum and currency), the re-told size is
dropped rather than doubled. Words in ``data/package_totals.json``.

``package_told`` is the one place of the rule: total_statuses.py calls it on a draft's tokens for "a
new package totalling €500m" (there with a pledge to come as well, "will provide aid totaling").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from coalition.extract.context import vocab

_WORDS = vocab("package_totals")
PACKAGES = frozenset(_WORDS["package_nouns"])
TOTALS = frozenset(_WORDS["total_words"])
_SUM_TOTALS = TOTALS | frozenset(_WORDS["total_words_of_a_sum"])
RUNNING = tuple(f" {w} " for w in _WORDS["running_cues"])
_WORD = re.compile(r"[a-z][a-z'-]*")


def _running_cue_in(words: Sequence[str]) -> bool:
    """Whether ``words`` hold a word that makes a sum a running total ("since", "so far", "brings")."""
    padded = " " + " ".join(words) + " "
    return any(cue in padded for cue in RUNNING)


def package_told(before: Sequence[str], span: Sequence[str], also: Collection[str] = ()) -> bool:
    """Whether a sum told with a word of totalling is one package's own size: a package noun (or a
    word of ``also``) among ``before``, the words before it, and no running-total cue in ``span``.

    "The package totals DKK 2.7 billion" is; "the package brings the total since 2022 to €3bn" is not.
    """
    if not any(w in PACKAGES or w in also for w in before):
        return False
    return not _running_cue_in(span)  # "the package brings the total to", "all previous packages combined"


def with_package_sizes(commitments: list) -> list:
    """``commitments``, a package's own size told as "a total of" made `announced` (or dropped when
    the package is recorded already)."""
    told = []
    for c in commitments:
        if c.status != "cumulative" or c.amount is None:
            continue
        words = _WORD.findall(c.evidence.text.lower())
        first_total = next((i for i, w in enumerate(words) if w in _SUM_TOTALS), None)
        if first_total is None or not package_told(words[:first_total], words):
            continue
        c.status = "announced"
        told.append(c)
    if not told:
        return commitments
    told_ids = {id(t) for t in told}
    drop = {id(c) for c in told if any(o is not c and o.status == "announced" and o.donor == c.donor
                                       and o.amount == c.amount and o.currency == c.currency
                                       and id(o) not in told_ids for o in commitments)}
    return [c for c in commitments if id(c) not in drop]
