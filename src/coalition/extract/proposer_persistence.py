"""A truce's proposer that "has not given up" holds no stance beyond its proposal.

"Orbán has not given up. Speaking on radio on Friday, he insisted the proposal was still alive",
"'Ukraine has not given up, and it is not going to,' he said" after Kuleba's proposal of a 24-hour
truce. A cue complete without an object ("has not given up", ``stance_objects.STANDALONE``) is read as
support of the last target named; said of a state that proposed a ceasefire the article records, it
tells that the proposer still wants its own truce, which the ceasefire's ``proposers`` already say
(ADJUDICATION.md decision 3: one answer is not told twice; the annotators record the sentence as a
statement at most, dev 102, 342). Only a truce of the whole war counts: a standing arrangement on one
domain that a state brokered ("Turkey has not given up" on the grain corridor when Russia left it, dev
146) is a policy whose survival the state backs, its support stance as annotated.
"""

from __future__ import annotations

import re

from coalition.extract.stance_objects import STANDALONE


def without_proposers_persistence(facts: list) -> list:
    """``facts`` without the stances read only from a persistence cue ("has not given up") of a state
    that proposed a ceasefire the article records."""
    proposers = {a for f in facts if f.kind == "ceasefire" and "full" in f.scope for a in f.proposers}
    if not proposers:
        return facts
    return [f for f in facts if not (f.kind == "stance" and f.actor in proposers and _persistence(f.evidence.text))]


def _persistence(text: str) -> bool:
    padded = " " + " ".join(re.sub(r"[.,;:!?\"“”]", " ", text.lower()).split()) + " "
    return any(f" {cue} " in padded for cue in STANDALONE)
