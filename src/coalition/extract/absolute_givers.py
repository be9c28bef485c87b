"""The giver of a sum told in a "with" clause of its own (tenth session).

"The coalition has money from five states, with the UK committing £15m to it so far", "Allies
pledged €2bn, with Germany providing a further €400m": the state right after "with", before a
verb of giving in its -ing form, gives the sum that follows the verb. The sentence's other states
(the coalition's members listed before, the main clause's subject) give nothing of it, though the
nearest-state readings of the commitment finder picked one of them (or none, for a group subject).

Words in ``data/absolute_givers.json``; a few token checks back from each amount, no regex.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab

GIVER_LABELS = ("COUNTRY", "ORG")


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("absolute_givers")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def with_clause_giver(ctx, sent, at: int) -> str | None:
    """The state of "with <state> <giving>-ing [more than] <sum at ``at``>", or None."""
    words = _words()
    lower = tokens(ctx.doc).lower
    k = at - 1
    while k > sent.start and lower[k] in words["fillers"]:
        k -= 1
    if k <= sent.start + 1 or lower[k] not in words["verbs"]:
        return None  # the cheap test first: no verb of giving in -ing form right before the sum
    for m in ctx.mentions_in(sent.start_char, sent.end_char, GIVER_LABELS):
        if m.end != k:
            continue
        j = m.start - 1
        if j > sent.start and lower[j] == "the":
            j -= 1
        if j >= sent.start and lower[j] == "with":
            return m.code
    return None


def credit_with_clause_givers(ctx, drafts: list) -> None:
    """Gives each sum told in a "with <state> committing …" clause to that state."""
    for d in drafts:
        if d.money is None or d.sent is None:
            continue
        code = with_clause_giver(ctx, d.sent, d.anchor_start)
        if code is not None:
            d.donor, d.collective = code, False
