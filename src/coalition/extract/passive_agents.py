"""The givers of aid told in the passive with several agents: "the tanks were handed over to Ukraine
by Denmark and the Netherlands", "six launchers have been supplied by Spain, Italy and Greece".

Trade press and government releases put the donors last, after "by", and list several of them. The
donor finder reads the first state after "by" as the donor of the items; the others of the chain
gave too, each its own part (as a chain that is the subject of an active verb does, listed_donors).
Separate from donors.py, which reads one donor per group of items, and from the "paid for by" chain
there (FUNDED_BY), which needs no passive verb: here a passive auxiliary before "by" and a chain
that holds the donor already found make the others co-donors. "led by", "built by": the agents
lead or make, they do not give.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens
from coalition.extract.donors import LEADING_VERBS, MAKING_VERBS, NOT_DONORS, _chain_end

# Auxiliaries of a passive verb before its agent ("were handed over by", "has been sent by").
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are"})
# How far before "by" the auxiliary may stand ("were handed over to Ukraine last week by").
_REACH = 8


def passive_co_donors(ctx, sent: Span, donor: str | None) -> list[str]:
    """The states after "by" in a passive clause that gave with ``donor`` (the first of them)."""
    if donor is None or " by " not in sent.text:
        return []
    table = tokens(ctx.doc)
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))]
    for k, m in enumerate(mentions):
        by = m.start - 1
        if by > sent.start and table.lower[by] == "the":
            by -= 1
        if by <= sent.start or table.lower[by] != "by" or table.lower[by - 1] in LEADING_VERBS | MAKING_VERBS:
            continue
        if not any(table.lower[t] in _PASSIVE_AUXILIARIES for t in range(max(sent.start, by - _REACH), by)):
            continue
        last = _chain_end(table, mentions, k)
        chain = [c.code for c in mentions[k : last + 1]]
        if last > k and donor in chain:
            return [c for c in dict.fromkeys(chain) if c and c != donor and c not in NOT_DONORS]
    return []
