"""The states that give training through their instructors when several are listed: "alongside
instructors from Canada, Sweden, Finland and New Zealand", "Canadian, Swedish and Finnish
instructors are training Ukrainian recruits".

Decision 30: the training commitment is the state whose instructors give it. The training finder
reads one trainers' state per sentence (the nationality before a trainer noun) and so kept only one
of a list, the last. Each state of a chain right after "instructors from" or right before a trainer
noun gives training of its own. Separate from training_commitments.py, which reads one giver, a
host and a programme's runner.
"""

from __future__ import annotations

from coalition.extract.context import tokens
from coalition.extract.donors import _chain_end

_NOT_TRAINERS = frozenset({"UKR", "RUS", "BLR"})


def listed_trainers(ctx, sent, trainer_nouns) -> list[str]:
    """The codes of a chain of two or more states whose instructors train, in order."""
    table = tokens(ctx.doc)
    nouns = frozenset(trainer_nouns)
    at = [t for t in range(sent.start, sent.end) if table.lower[t] in nouns]
    if not at:
        return []
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.code not in _NOT_TRAINERS]
    out: list[str] = []
    for k, m in enumerate(mentions):
        if k and mentions[k - 1].code in out:
            continue  # inside a chain already read
        last = _chain_end(table, mentions, k)
        if last == k:
            continue
        start = m.start - (table.lower[m.start - 1] == "the")
        after_from = any(start - 1 == t + 1 and table.lower[t + 1] == "from" for t in at)
        before_noun = mentions[last].end in at
        if after_from or before_noun:
            out += [c.code for c in mentions[k : last + 1] if c.code not in out]
    return out
