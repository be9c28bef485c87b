"""A proposer's backing of its own truce is the ceasefire's proposer, not a stance as well.

"Brazil's president urged Putin on Monday to agree to a ten-day ceasefire covering ports and power
plants", "Kazakhstan's peace plan called for a ceasefire and talks", a headline "Lula calls for a
truce": the ceasefire rules record the state as the proposer, and the stance rules read the same
sentence again as its support of the truce. The contract's ``proposers`` field already says the state
wants its truce (ADJUDICATION.md decision 2: urging a party to accept a proposal records that
proposal, with its proposer; decision 3: one answer is not told twice), so a `support` stance on the
truce (``CEASEFIRE_TARGET``) by a proposer of a ceasefire fact read from the same sentence is dropped,
when the truce has a term of its own (a length, a domain): a call for a general truce with none is
decision 2's bare call, the caller's support stance, as the earlier sessions' tests have it ("Brazil
urged a ceasefire in Ukraine, but …"). The wording is in dev 267, 308 and 382; with the term, the rule
applies in 382.

A proposer's support told in another sentence ("on Friday the minister said Brasília would welcome an
extension of the truce"), its other positions (talks, a peace plan, aid) and a third party's backing
of the truce (decision 27) are other facts and stay; so does the warring sides' case, which
``stance_answers`` already handles, and a call addressed to both sides ("urged both sides to agree a
ceasefire before Easter"), decision 2's bare call, whose stance the third session's tests keep even
where the ceasefire rules also read a proposal (words in ``data/proposer_stances.json``).
"""

from __future__ import annotations

import re

from coalition.extract.context import vocab
from coalition.extract.stance_answers import CEASEFIRE_TARGET

BOTH_SIDES = tuple(f" {p} " for p in vocab("proposer_stances")["both_sides"])


def without_proposers_support(facts: list) -> list:
    """``facts`` without the support stances on the truce of the states that proposed a ceasefire
    the article records."""
    # told in the proposal's own sentence: a proposer's support told elsewhere ("the White House said
    # it would welcome an extension of the truce") is a later position of its own
    # and a truce with a term of its own (a length, a domain): a bare call for a general truce is the
    # caller's support stance (decision 2), as the earlier sessions' tests have it
    proposed = {(f.evidence.start, a) for f in facts if f.kind == "ceasefire" and _has_term(f) for a in f.proposers}
    if not proposed:
        return facts
    return [f for f in facts if not (f.kind == "stance" and f.target == CEASEFIRE_TARGET
                                     and f.stance == "support" and (f.evidence.start, f.actor) in proposed
                                     and not _to_both_sides(f.evidence.text))]


def _to_both_sides(text: str) -> bool:
    """Whether the sentence addresses both warring sides ("urged both sides to agree a ceasefire
    before Easter", "would be the best option for both sides"): decision 2's bare call or stated
    preference, whose support stance stays."""
    padded = " " + " ".join(re.sub(r"[.,;:!?\"“”]", " ", text.lower()).split()) + " "
    return any(p in padded for p in BOTH_SIDES)


def _has_term(truce) -> bool:
    """Whether the truce has a term of its own: a length, or a domain other than the whole war."""
    return truce.duration_days is not None or any(scope != "full" for scope in truce.scope)
