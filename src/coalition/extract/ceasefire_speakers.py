"""The proposer of a truce proposed in the first person inside a quote: '"We have proposed again a
short ceasefire along the line of contact," he said' and '"We insist on a full ceasefire,"
Umerov said' are the speaker's country's proposals.

Separate from ``ceasefire_parties.py``, which reads actors named in the clause itself, because
this one asks the statement finder who spoke the quote (``stance_holders.quote_speaker``).
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, tokens
from coalition.extract.stance_holders import quote_speaker


def quoted_we_proposer(ctx, sent, start: int, end: int, words) -> list[str]:
    """The speaker's actor when the clause is quoted speech in which "we" propose the truce ("we
    propose", "we have proposed", "we insist on"); [] otherwise (a "we" that only answers, "we are
    ready for a ceasefire", proposes nothing)."""
    lower = tokens(sent.doc).lower
    verbs = words["propose_verbs"]
    for k in range(start, end - 1):
        if lower[k] != "we":
            continue
        after = lower[k + 1 : min(end, k + 4)]
        if after[:1] in (["have"], ["had"], ["again"], ["once"]):
            after = after[1:] + lower[k + 4 : min(end, k + 5)]
        if not has_phrase(" " + " ".join(after) + " ", verbs):
            continue
        # "we proposed talks on a ceasefire": the talks are proposed, not the truce
        truce = next((j for j in range(k, end) if lower[j] in words["truce_heads"]), end)
        if any(lower[j] in words["talks_nouns"] for j in range(k, truce)):
            return []
        return quote_speaker(ctx, sent, [])
    return []
