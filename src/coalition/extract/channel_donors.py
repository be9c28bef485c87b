"""A bank or fund named as a channel is no donor of the sum told after it (tenth session; the
domain notes and ADJUDICATION.md decision 18: a channel is not a donor).

"Britain opened the conference by offering $3 billion in additional World Bank loan guarantees,
alongside 240 million pounds in bilateral aid": the second sum's nearest actor is the bank that
modifies the first sum's noun, but the clause's giver is the state that gives the first sum. A sum
whose donor came out as a channel organisation, told after a sum of a state in the same sentence
with no other state named between them, is that state's.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab


# words after the bank's name that make it the actor of its own clause, not a modifier of a noun
_OWN_ACT = frozenset(("to", "has", "have", "had", "will", "would", "can", "could", "is", "was", "said", "says", "plans",
                      "intends", "expects", "itself", "also", "itself,"))


@lru_cache(maxsize=1)
def _channels() -> frozenset[str]:
    return frozenset(vocab("commitments")["channel_organisations"])


def give_channel_sums_to_their_giver(ctx, drafts: list) -> None:
    channels = _channels()
    for i, d in enumerate(drafts):
        if d.money is None or d.donor not in channels or d.sent is None:
            continue
        giver = next((o for o in reversed(drafts[:i]) if o.money is not None and o.sent is not None
                      and o.sent.start == d.sent.start and o.anchor_start < d.anchor_start), None)
        if giver is None or giver.donor is None or len(giver.donor) != 3 or not giver.donor.isalpha():
            continue  # the giver is a state (an ISO code); a union's or bank's sum beside it is another matter
        start_char = ctx.doc[giver.anchor_start].idx
        end_char = ctx.doc[d.anchor_start].idx
        if any(m.code not in (giver.donor, "UKR", "RUS") for m in ctx.mentions_in(start_char, end_char, ("COUNTRY",))):
            continue  # "…, while Japan gives $1bn through the World Bank": another state's clause
        if any(ctx.doc[m.end].lower_ in _OWN_ACT for m in ctx.mentions_in(start_char, end_char, ("ORG",))
               if m.code == d.donor and m.end < len(ctx.doc)):
            continue  # "… would allow the EIB to invest €2bn": the bank acts with its own money
        d.donor = giver.donor
