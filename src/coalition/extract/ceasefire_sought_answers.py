"""An answer sought from a party is no answer it gave.

"Trump's envoy landed in Moscow to try to convince Russia to accept a 30-day ceasefire", "Trump, who
has been urging both Moscow and Kyiv to agree to a truce": the verb of accepting follows the party,
and was read as its answer (Russia "accepted" the truce the Kremlin was rejecting). The urging and
asking verbs were checked only in the three words before the party, so a verb of persuading
("convince", "persuade", "press", "push") and the second party of a coordinated object ("both
Moscow and Kyiv") escaped.

A party is asked for its answer when a verb of persuading, urging or asking stands right before it
or before the coordinated list it ends (past "and", "or", commas, "both" and other parties). Words in
``data/ceasefire_sought_answers.json`` (with the urging and asking verbs of ``ceasefires.json``).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab

_WORDS = vocab("ceasefire_sought_answers")
LIST_WORDS = frozenset(_WORDS["list_words"])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    words = vocab("ceasefires")
    # the last word of an urging phrase ("called on") stands right before the party
    return frozenset(_WORDS["persuade_verbs"]) | {p.split()[-1] for p in words["urge_verbs"] + words["ask_verbs"]}


def answer_sought(lower, ends: dict, m, start: int) -> bool:
    """Whether the party named at ``m`` is the object of a verb asking it for its answer; ``ends``
    maps the end of each party named in the clause to its mention (built once per clause)."""
    j = m.start - 1
    while j >= start:
        if lower[j] in _verbs():
            return lower[j] != "on" or (j > start and lower[j - 1] in _urge_heads())
        if j + 1 in ends and ends[j + 1] is not m:
            j = ends[j + 1].start - 1  # another party of the list
            continue
        if lower[j] not in LIST_WORDS:
            return False
        j -= 1
    return False


@lru_cache(maxsize=1)
def _urge_heads() -> frozenset[str]:
    # "called on", "calls on": "on" is an urging verb's only after its head
    return frozenset(p.split()[0] for p in vocab("ceasefires")["urge_verbs"] if " " in p)
