"""A refusal to cut something is no refusal of it: "Kellogg assured him the US had no plans to
reduce its military presence on NATO's eastern flank", "Berlin has no intention of cutting its aid".

The refusal cues ("no plans to", "no intention of") read as opposition to what follows them, but
when a verb of reducing or ending comes right after the cue, what the state rules out is the cut,
and it keeps the thing: an `oppose` stance whose target is named after that verb (one of the
target's words within ``REACH`` words of it) is dropped. Words in positions.json
("reduction_refusals").
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, vocab
from coalition.extract.position_filters import without_positions

_WORDS = vocab("positions")["reduction_refusals"]
CUES = tuple(tuple(_as_tokens(c).split()) for c in _WORDS["cues"])
VERBS = frozenset(_WORDS["verbs"])
# how far after the verb of reducing the target's words may stand ("reduce its military presence")
REACH = 6
# target words too common to tie the target to the verb's object
COMMON = frozenset(("the", "of", "to", "for", "and", "on", "in", "a", "an", "its", "their"))


def without_reduction_refusals(ctx, facts: list) -> list:
    """``facts`` without the oppose stances read from a refusal to cut their target."""
    return without_positions(ctx, facts, _refuses_a_cut)


def _refuses_a_cut(f, sent, words) -> bool:
    if f.kind != "stance" or f.stance != "oppose":
        return False
    span = words[sent.start : sent.end]
    target = {w for w in _as_tokens(f.target.lower()).split() if w not in COMMON}
    for k in range(len(span)):
        for cue in CUES:
            verb = k + len(cue)
            if span[k:verb] == list(cue) and verb < len(span) and span[verb] in VERBS \
                    and not target.isdisjoint(span[verb + 1 : verb + 1 + REACH]):
                return True
    return False
