"""A speaker's prediction of another state's answer is not that state's position (the words are in
``data/predicted_stances.json``).

"The Estonian prime minister warned that Russia would never accept a ceasefire on these terms",
"the British foreign secretary said he expects the Kremlin will refuse the truce", "the chancellor
warned that Hungary would block the package": the refusal is the speaker's forecast. The state told
of is named only after a verb of predicting or fearing, as the subject of a clause with a modal
("would", "will"), and another state's speaker is named before the verb. Its own spokesman's
warning ("Peskov warned that Moscow would not agree") names it before the verb and is kept, and so is
one whose speaker is only a pronoun ("he warned that …"), which may be its own.
"""

from __future__ import annotations

from coalition.extract.context import vocab
from coalition.extract.position_filters import without_positions

_WORDS = vocab("predicted_stances")
VERBS = frozenset(_WORDS["verbs"])
REACH = int(_WORDS["reach"])
MODALS = frozenset(_WORDS["modals"])
MODAL_REACH = int(_WORDS["modal_reach"])
ENDS = frozenset((",", ";", ".", ":", "—", "–", "?", "!"))


def without_predicted(ctx, facts: list) -> list:
    """``facts`` without the stances and participations that are another speaker's forecast."""
    return without_positions(ctx, facts, lambda f, sent, words: _predicted(ctx, f, sent, words))


def _predicted(ctx, f, sent, words) -> bool:
    lo, hi = sent.start, sent.end
    if VERBS.isdisjoint(words[lo:hi]):
        return False  # the cheap test first
    mentions = ctx.actors_in(sent) + ctx.people_in(sent)
    own = [m for m in mentions if m.stands_for == f.actor]
    return bool(own) and _forecast(words, lo, hi, own, mentions)


def _forecast(words, lo: int, hi: int, own, mentions) -> bool:
    """Whether a verb of predicting has another state's speaker before it, and every mention of the
    actor comes after it, the first within ``REACH`` words and followed by a modal."""
    first = min(m.start for m in own)
    for v in range(lo, first):
        if words[v] not in VERBS:
            continue
        if first - v > REACH or any(w in ENDS for w in words[v + 1 : first]):
            continue
        head = next(m for m in own if m.start == first)
        after = words[head.end : min(hi, head.end + MODAL_REACH)]
        if MODALS.isdisjoint(after):
            continue
        return any(m.start < v and m.stands_for not in (None, head.stands_for) for m in mentions)
    return False
