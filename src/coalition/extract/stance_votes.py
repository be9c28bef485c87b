"""Named votes at the UN (ADJUDICATION.md, decision 11): "Mexico has voted for UN resolutions
condemning the invasion", "Serbia voted in favour of the General Assembly resolution" are `support`
of the resolution; "Belarus voted against the resolution" is `oppose`; co-sponsoring it ("Japan
co-sponsored the draft resolution") is `support`; an abstention holds no position.

The reading is narrow: the verb of voting is followed by "for"/"in favour of"/"against" and the
resolution noun within a few words, and the resolution is a UN one (a UN body named within a few
words of it, or an article that names one). The holders are read as for sanctions
(:func:`stance_sanctions.act_holders`): the clause's subject, not one asked or joined, never a
party. Words in positions.json ("un_votes").
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab
from coalition.extract.stance_sanctions import act_holders

_WORDS = vocab("positions")["un_votes"]
VOTES = frozenset(_WORDS["votes"])
FOR = frozenset(_WORDS["for"])
AGAINST = frozenset(_WORDS["against"])
SPONSORING = frozenset(_WORDS["sponsoring"])
NOUNS = frozenset(_WORDS["nouns"])
BODIES = frozenset(_WORDS["bodies"])
TARGET = "UN resolution"
NOUN_REACH = 7  # "voted in favour of the General Assembly resolution"
CLAUSE_BREAKS = frozenset({";", "but", "while", "whereas", "although", "though", "which", "who"})


def vote_stances(ctx, sent, present: frozenset) -> list[tuple[str, str]]:
    """(actor, stance) pairs of the named UN votes and co-sponsorships told by ``sent``."""
    if NOUNS.isdisjoint(present) or (VOTES.isdisjoint(present) and SPONSORING.isdisjoint(present)):
        return []
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    out: list[tuple[str, str]] = []
    for v in range(a, b):
        if lower[v] in VOTES and v + 1 < b:
            way = lower[v + 1] if lower[v + 1] != "in" or v + 2 >= b else lower[v + 2]
            value = "support" if way in FOR else "oppose" if way in AGAINST else None
        elif lower[v] in SPONSORING:
            value = "support"
        else:
            continue
        if value is None or not _un_resolution(lower, v + 1, b):
            continue
        if any(w in ("not", "n't", "never") for w in lower[max(a, v - 3):v]):
            continue  # "did not vote for": no named vote either way
        start = max((k + 1 for k in range(a, v) if lower[k] in CLAUSE_BREAKS), default=a)
        for actor in act_holders(ctx, lower, start, v, b) or (act_holders(ctx, lower, a, start, b) if start > a else []):
            if actor != "UN" and (actor, value) not in out:
                out.append((actor, value))
    return out


def _un_resolution(lower: list[str], i: int, end: int) -> bool:
    """Whether a resolution noun follows within ``NOUN_REACH`` words of ``i`` with a UN body among
    the words from ``i`` to three past the noun."""
    for n in range(i, min(end, i + NOUN_REACH)):
        if lower[n] in NOUNS:
            return not BODIES.isdisjoint(lower[i:min(end, n + 4)])
    return False


__all__ = ["TARGET", "vote_stances"]
