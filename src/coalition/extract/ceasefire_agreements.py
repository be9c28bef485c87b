"""A truce both warring sides are said to agree in one clause, with no term written ("Russia and
Ukraine agreed to a temporary ceasefire to let civilians leave", "Moscow and Kyiv agreed a truce").

Such a clause names no proposer, length or domain, and so read as a back reference ("the truce")
that only joins a proposal told elsewhere, and was lost in an article that tells no other. But an
agreement by both sides is itself the proposal, theirs when no broker is named (ADJUDICATION
decision 4; ``ceasefires.py`` gives it both sides as proposers, or joins it to a broker's proposal
of the same domain).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _denials() -> frozenset:
    return frozenset(vocab("ceasefires")["agreement_denials"])


def agreed_by_both_in_clause(mention) -> bool:
    """Whether both warring sides, and no one else, accept the truce in the mention's clause, and the
    clause does not deny it ("failed to agree on a ceasefire", "nor is it linked to any truce")."""
    responses = mention.responses
    if len(responses) < 2:
        return False
    words = vocab("ceasefires")
    sides = words["belligerents"]
    if not (all(responses.get(b) == "accepted" for b in sides) and all(a in sides for a in responses)):
        return False
    return _denials().isdisjoint(tokens(mention.sent.doc).lower[mention.start : mention.end])
