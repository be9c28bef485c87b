"""A position told in the passive, its holder after "by": "The re-export of the shells to Ukraine
was ruled out by the Swiss government", "the plan to use the frozen assets has been opposed by
Belgium", "Ukraine's NATO bid is strongly backed by Poland".

The cue lists hold active verbs, read with the holder as their subject; in the passive the
subject is the target, and the holder, after "by", was read by no rule. Outlets write refusals
this way when the thing refused is the topic ("the request was turned down by Bern"). Read here:
a form of "be", at most two adverbs, a participle of ``passive_stances.json``, "by", then a state,
organisation or person who speaks for one, named within a few words; the target is a named one
(the vocabulary's) in the subject, before "be".

Not read: a negated passive ("was not opposed by"), a warring side's answer to a ceasefire
(recorded in the ceasefire's responses, decision 3), Ukraine's support of its own aid or
membership (no news), a position on a force in a sentence about sending troops (participation),
and "by" naming no actor ("was rejected by a majority of voters").
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded_range, person_actor
from coalition.extract.context import tokens, vocab
from coalition.extract.stance_targets import FORCES, FOR_UKRAINE, targets_in

_WORDS = vocab("passive_stances")
PARTICIPLES = {p: value for value, ps in _WORDS["participles"].items() for p in ps}
# a sentence is read only when it holds "by" and one of these last words (a set look-up)
LAST_WORDS = frozenset(p.split()[-1] for p in PARTICIPLES)
AUXILIARIES = frozenset(_WORDS["auxiliaries"])
GAPS = frozenset(_WORDS["gaps"])
MAX_GAP = _WORDS["max_gap"]
NEGATIONS = frozenset(("not", "n't", "never", "no"))
WARRING = frozenset(vocab("ceasefires")["belligerents"])
CEASEFIRE_TARGETS = frozenset({"ceasefire proposal"})
TROOPS = frozenset(vocab("positions")["troop_nouns"])
# between "by" and the holder: no preposition, comma or clause word
BREAKS = frozenset(("of", "in", "at", "from", "for", "on", "with", ",", "after", "before", "and", "or", "who", "which", "that"))
HOLDER_REACH = 6  # "by the Swiss federal government": the actor starts within this many words


def passive_stances(ctx, sent, present: frozenset, targets: dict) -> list[tuple[str, str, str]]:
    """(actor, value, target) of each position ``sent`` tells in the passive with "by"."""
    if "by" not in present or LAST_WORDS.isdisjoint(present):
        return []
    lower = tokens(ctx.doc).lower
    idx = tokens(ctx.doc).idx
    a, b = sent.start, sent.end
    out = []
    for i in range(a + 2, b - 1):
        if lower[i] != "by":
            continue
        value, p = _participle(lower, a, i)
        if value is None:
            continue
        aux = _auxiliary(lower, a, p)
        if aux is None or any(lower[k] in NEGATIONS for k in range(max(a, aux - 1), p)):
            continue
        hits = targets_in(_padded_range(ctx.doc, a, aux), targets)
        if not hits:
            continue
        target = hits[0][1]
        if target in FORCES and not TROOPS.isdisjoint(present):
            continue  # a position on a force in a sentence about sending troops is a participation
        holder = _holder(ctx, lower, idx, i + 1, min(b, i + 1 + HOLDER_REACH))
        if not holder:
            continue
        if holder in WARRING and target in CEASEFIRE_TARGETS:
            continue  # a side's answer to a truce is the ceasefire's response (decision 3)
        if holder == "UKR" and target in FOR_UKRAINE and value != "oppose":
            continue
        if (holder, value, target) not in out:
            out.append((holder, value, target))
    return out


def _participle(lower: list[str], a: int, by: int) -> tuple[str | None, int]:
    """The value of the participle just before "by", and the token it starts at."""
    one = lower[by - 1]
    two = lower[by - 2] + " " + one if by - 2 >= a else ""
    if two in PARTICIPLES:
        return PARTICIPLES[two], by - 2
    return PARTICIPLES.get(one), by - 1


def _auxiliary(lower: list[str], a: int, p: int) -> int | None:
    """The "be" of the passive before the participle at ``p``, across at most MAX_GAP adverbs."""
    k = p - 1
    while k >= a and p - k <= MAX_GAP + 1:
        if lower[k] in AUXILIARIES:
            return k
        if lower[k] not in GAPS:
            return None
        k -= 1
    return None


def _holder(ctx, lower: list[str], idx, start: int, end: int) -> str | None:
    """The state or organisation named first after "by", or the one a person there speaks for;
    none when a preposition, number or punctuation comes first ("by a majority of voters in Poland":
    the voters; "backed by 26 leaders; Hungary …": the leaders)."""
    if end <= start:
        return None
    stop = idx[end] if end < len(idx) else idx[-1] + 1
    for m in ctx.mentions_in(idx[start], stop, ("COUNTRY", "ORG", "PERSON")):
        k = start
        while k < len(idx) and idx[k] < m.start_char:
            if lower[k] in BREAKS or not lower[k].replace("-", "").isalpha():
                return None
            k += 1
        code = person_actor(ctx, m) if m.label == "PERSON" else m.code
        return code or None
    return None
