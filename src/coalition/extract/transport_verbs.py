"""The stage of aid in kind that a verb of carrying moves to a destination.

Wording class: the donor flies, trucks or ferries the items somewhere, with no verb of giving:
"Britain flew light anti-tank weapons to Ukraine on January 19", "…, flying rifles and ammunition to
Poland for onward transfer", "Warsaw trucked 40 generators into Ukraine". The past form or a bare
participle tells what was done (delivered); "is flying", "are trucking" what is under way
(announced). Only the verb right before the items (their count, determiner and adjectives between)
with "to" or "into" after them counts: "pilots flying F-16s over Kyiv" carry nothing anywhere, and
"will be flown to Ukraine" has a stage of its own already. Words are in ``data/transport_verbs.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("transport_verbs").items() if not k.startswith("_")}


def carried_stage(sent: Span, first: int, last: int) -> str | None:
    """The stage that a verb of carrying right before the items ``[first, last)`` gives them, when a
    destination follows them ("flew light anti-tank weapons to Ukraine"); None otherwise."""
    w = _words()
    lower = tokens(sent.doc).lower
    j = first - 1
    # the items' count, determiner and adjectives: "flew 2,000 light anti-tank weapons"
    while j > sent.start and first - j <= 5 and (lower[j] in w["between"] or any(c.isdigit() for c in lower[j])
                                                              or tokens(sent.doc).title[j]):  # "Kalashnikov rifles"
        j -= 1
    if j < sent.start or (lower[j] not in w["past"] and lower[j] not in w["participles"]):
        return None
    if not any(lower[k] in ("to", "into") for k in range(last, min(sent.end, last + 6))):
        return None  # no destination: "pilots flying F-16s over Kyiv"
    before = lower[j - 1] if j - 1 >= sent.start else ""
    if lower[j] in w["participles"]:
        if before in ("be", "being", "been"):
            return None  # "will be flying", "are being flown": the clause's auxiliaries say the stage
        if before in ("is", "are", "was", "were"):
            return "announced" if before in ("is", "are") else "delivered"
    elif before in ("be", "being", "to", "will", "would", "could", "may", "might", "should"):
        return None  # "will be flown to Ukraine", "to be trucked": not carried yet
    return "delivered"
