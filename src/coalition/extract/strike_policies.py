"""A policy on the strike restrictions said to be unchanged (wording class: "there has been no
change in US policy", "there was no change to its policy", said of Ukraine's use of supplied weapons
against targets in Russia). Asked whether it will now let Ukraine strike inside Russia, a government
that answers that its policy has not changed keeps the restrictions: `oppose` on lifting them
(ADJUDICATION.md decision 47). Made-up example: "Asked whether Ottawa would let Kyiv fire the
missiles into Russia, the minister said there had been no change in Canada's policy."

The sentence must name a place in Russia or across the border (the question or the subject of the
answer): "no change in our policy on gas imports" is about something else. A question opening the
sentence before a comma ("Asked whether …, the minister said …") is the reporter's; the holder is
named after that comma, for this reading and the others of ``strike_limits.py``. The words are in
``data/strike_limits.json`` ("unchanged_policy").
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, has_phrase, tokens, vocab

_WORDS = vocab("strike_limits")
UNCHANGED = [_as_tokens(p).split() for p in _WORDS["unchanged_policy"]]
POLICY = frozenset(_WORDS["policy_nouns"])
POLICY_REACH = int(_WORDS["policy_reach"])
RUSSIA_PLACES = _WORDS["russia_places"]
# a word every phrase holds, for a look-up before the clause is read
KEYS = frozenset(p[-2] for p in UNCHANGED)


def unchanged_policy(ctx, start: int, end: int) -> tuple[str, int] | None:
    """("oppose", token of the phrase) for a clause in tokens [start, end) saying a policy on strikes
    into Russia has not changed, or None."""
    lower = tokens(ctx.doc).lower
    if KEYS.isdisjoint(lower[start:end]):
        return None
    if not has_phrase(" " + " ".join(lower[start:end]) + " ", RUSSIA_PLACES):
        return None
    for i in range(start, end):
        phrase = next((p for p in UNCHANGED if lower[i:i + len(p)] == p), None)
        if phrase is not None and not POLICY.isdisjoint(lower[i + len(phrase):min(end, i + len(phrase) + POLICY_REACH)]):
            return "oppose", i  # not "no change on the ground": a policy said to be kept
    return None


def answer_start(lower: list[str], start: int, cue_at: int, questions: frozenset[str]) -> int | None:
    """Where the holder of a position at ``cue_at`` may be named in a clause from ``start``: the
    clause's start when no question word comes before the cue; after the last comma when the
    question opens the sentence ("Asked whether the jets came with strings attached, De Croo said
    …"); None when the position is inside the question ("the question was whether …")."""
    if questions.isdisjoint(lower[start:cue_at]):
        return start
    comma = max((k for k in range(start, cue_at) if lower[k] == ","), default=None)
    if comma is None or not questions.isdisjoint(lower[comma:cue_at]):
        return None
    return comma + 1
