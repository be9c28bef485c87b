"""One holder, two positions in one sentence (tenth session).

A clause group's value is read from its whole text, the first cue by value order winning
(conditional, open, considering, oppose, support). When the group holds a contrast, each side has
its own answer, and the first side's target must take the first side's value:

- "would not support confiscating the assets but was open to using their profits": the first
  clause refuses the confiscation; read whole, the group is "open" and the refusal is lost under
  the later clause's openness on the same target (``first_value``);
- "backed the peace plan but ruled out sending troops": the later clause names no target of the
  vocabulary, so the group has no later reading; its refusal must not become the value of the
  plan the first clause backs (``contrast_cut`` gives the first clause, ended at "but" or ";");
- "supports Ukraine's EU membership but not its NATO bid", "backs sanctions, but not an oil
  embargo": the elided second clause repeats the verb negated, so its own target is opposed
  (``elided_refusals``; after a support cue only: "opposes A but not B" says nothing of B).

A group read as conditional keeps its one reading: "could be a starting point but needed a great
deal of work" is one answer with its condition, not two positions.

Only "but" and ";" end a first clause here: a concessive ("although it opposed the plan at first,
Germany now backs it") puts the main clause second.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded_range
from coalition.extract.context import tokens
from coalition.extract.stance_cues import stance as _stance
from coalition.extract.stance_targets import target_for

CONTRASTS = frozenset({"but", ";"})
# "but not", "but not yet", "but still not": the elided negated repeat of the first verb
ELIDED_NOT = ("but not ", "; not ", "but not yet ", "but still not ")


def contrast_cut(lower: list[str], a: int, b: int) -> int | None:
    """The token of the first "but" or ";" inside the group [a, b), after its first word."""
    return next((i for i in range(a + 1, b) if lower[i] in CONTRASTS), None)


def main_clause(ctx, a, b, target, stance, cue, verbs, places, targets) -> tuple:
    """The (target, value, cue) of a group's first clause, ended at "but" or ";", when it names a
    target and takes a position of its own ("backed the plan but ruled out sending troops"); else
    the group's reading unchanged."""
    cut = None if stance == "conditional" else contrast_cut(tokens(ctx.doc).lower, a, b)
    if cut is None:
        return target, stance, cue
    first = _without_asides(ctx, a, cut)
    value, own_cue = _stance(first, verbs, places)
    own = target_for(first, own_cue, targets) if value else None
    return (own, value, own_cue) if own else (target, stance, cue)


ASIDE_DASHES = frozenset(("—", "–"))


def _without_asides(ctx, a: int, cut: int) -> str:
    """The padded text of tokens [a, cut) without an aside between a pair of dashes: "Macron said —
    after a conference on support for Kyiv — that there was no consensus" takes no position from
    the conference's "support for" (a background aside is nobody's position)."""
    lower = tokens(ctx.doc).lower
    dashes = [i for i in range(a, cut) if lower[i] in ASIDE_DASHES]
    if len(dashes) < 2:
        return _padded_range(ctx.doc, a, cut)
    d1, d2 = dashes[0], dashes[1]
    return _padded_range(ctx.doc, a, d1) + _padded_range(ctx.doc, d2 + 1, cut).lstrip(" ")


def first_value(first: str, value: str | None, cue: str, read) -> tuple[str | None, str]:
    """The first clause's own (value, cue), read from its own ``first`` text by ``read``; the
    group's when the first clause holds no cue of its own."""
    if value == "conditional":
        return value, cue  # "could be a starting point but needed work": one answer, qualified
    own, own_cue = read(first)
    return (own, own_cue) if own else (value, cue)


def elided_refusals(text: str, value: str | None, cue: str, targets_after) -> list[str]:
    """The targets of an elided negated repeat after a support cue: "supports A but not B" is
    opposition to B. ``targets_after(text)`` gives the vocabulary's targets of a text in order."""
    if value != "support" or " not " not in text:
        return []
    at = text.find(" " + cue + " ")
    if at < 0:
        return []
    for opener in ELIDED_NOT:
        k = text.find(" " + opener, at)
        if k >= 0:
            rest = text[k + len(opener):]
            # the elided clause ends at the next clause boundary ("but not B, he said")
            for end in (" , ", " ; ", " and ", " because ", " as "):
                j = rest.find(end)
                if j >= 0:
                    rest = rest[: j + 1]
            return [t for _, t in targets_after(" " + rest)][:1]
    return []


# a coordination joins two objects of the one verb; none of these may stand between them, or the
# second target is another clause's ("opposed the sanctions and said talks were needed")
COORDINATORS = (" and ", " or ", " nor ", " as well as ")
GAP_STOPS = frozenset("said says say told added that which who whom whose while whereas but ; because "
                      "arguing saying adding although though however if when after before until unless "
                      "since whether".split())
GAP_WORDS = 14  # "the sanctions on Russia and what he called the massive supply of weapons to Ukraine"


def coordinated_targets(text: str, cue: str, targets_in, has_cue) -> list[str]:
    """The targets coordinated with the first one after a cue: "criticised the sanctions on Russia
    and the supply of weapons to Ukraine" opposes both. ``targets_in(text)`` gives the vocabulary's
    (offset, target) in order, ``has_cue(text)`` whether a stance cue is in a text (a verb of its
    own between the two makes the second another clause's object)."""
    at = text.find(" " + cue + " ")
    if at < 0:
        return []
    hits = [(p, t) for p, t in targets_in(text) if p > at]
    out: list[str] = []
    for (p1, t1), (p2, t2) in zip(hits, hits[1:]):
        gap = text[p1 - 1 : p2 + 1]  # from the first phrase's start to the second's
        words = gap.split()
        if len(words) > GAP_WORDS or not GAP_STOPS.isdisjoint(words) or \
                not any(c in gap for c in COORDINATORS) or has_cue(gap):
            break
        if t2 != hits[0][1] and t2 not in out:
            out.append(t2)
    return out
