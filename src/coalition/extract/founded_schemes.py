"""Aid supplied as part of a scheme that named states launched is those states' gift.

"The Leopard 1A5 tanks are being supplied as part of the initiative that Germany, Denmark and the
Netherlands launched in February": a passive verb of giving without an agent, and the givers named
only as the founders (or payers) of the scheme the items come through, in a relative clause after
it. The donor finders read no actor after "that" unless it stands right after the items, so the
items had no donor and no commitment. One founder gives the items; several give them together
(ADJUDICATION decision 18: no single donor, each founder a share). A scheme some states lead
("the coalition which Latvia leads") or join names no payer: only verbs of founding or paying count
(a lead of a coalition is no giver, see joint_gifts.py). Words in ``data/founded_schemes.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab

NOT_GIVERS = frozenset(("UKR", "RUS"))


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("founded_schemes")
    return {"part_cues": [tuple(c) for c in words["part_cues"]], "scheme_nouns": frozenset(words["scheme_nouns"]),
            "relatives": frozenset(words["relatives"]), "founding_verbs": frozenset(words["founding_verbs"]),
            "reach": int(words["reach"])}


def scheme_founders(ctx: ArticleContext, sent: Span, last: int) -> list[str]:
    """The states, in order, of "as part of the <scheme> that A, B and C <founded>" right after the
    items ending at ``last`` (past the passive's verb); [] otherwise."""
    w = _words()
    lower = tokens(ctx.doc).lower
    k = next((j for j in range(last, min(sent.end, last + w["reach"])) if lower[j] in w["scheme_nouns"]), None)
    if k is None or k + 2 >= sent.end or lower[k + 1] not in w["relatives"]:
        return []  # the cheap test first
    cue_at = k - 1 - (lower[k - 1] in ("the", "an", "a", "this", "that"))
    if not any(tuple(lower[cue_at - len(c) + 1:cue_at + 1]) == c for c in w["part_cues"]):
        return []
    table = tokens(ctx.doc)
    listed = []
    j = k + 2
    for m in ctx.mentions_in(table.idx[j], sent.end_char, ("COUNTRY",)):
        gap = lower[j:m.start]
        if any(t not in (",", "and", "the") for t in gap) or (listed and not gap):
            break
        listed.append(m)
        j = m.end
    if not listed or j >= sent.end or lower[j] not in w["founding_verbs"]:
        return []
    codes = list(dict.fromkeys(m.stands_for for m in listed if m.stands_for))
    return [] if not codes or set(codes) & NOT_GIVERS else codes
