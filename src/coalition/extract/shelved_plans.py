"""A plan or question of a supply put on hold is the state's `open` stance on it, no paused
commitment (ADJUDICATION.md decision 55).

"Stockholm put on hold plans to transfer older jets to Ukraine", "Sweden is pausing plans to send
fighter jets", "the government has shelved the question of donating fighters", "plans to send the
tanks have been put on hold": what is paused is a plan, which the article does not report as pledged,
so no donor made a commitment, and a pause of it makes none. The state holds an `open` position on
the supply (decision 9: neither promised nor excluded), target "sending <the supply> to Ukraine".
A halt of aid pledged or flowing ("halted deliveries", "froze assistance", "paused its decision to
send") names no plan noun and keeps its `paused` commitment. The commitments the frame's supply
anchors are dropped, and the stance takes the clause's holder (else the dropped commitment's donor).
Words in ``data/shelved_plans.json``.
"""

from __future__ import annotations

from coalition.extract.context import phrases_by_first, tokens, vocab
from coalition.extract.government_holders import government_holder
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("shelved_plans")


def _by_first(key: str) -> dict[str, list[list[str]]]:
    return phrases_by_first(_WORDS[key])


CUES = _by_first("pause_cues")
SPLIT = frozenset(_WORDS["split_cues"])
SPLIT_ENDS = _by_first("split_ends")
PASSIVES = _by_first("passive_cues")
AUXILIARIES = frozenset(_WORDS["passive_auxiliaries"])
PLANS = frozenset(_WORDS["plan_nouns"])
DETERMINERS = frozenset(_WORDS["determiners"])
LINKS = frozenset(_WORDS["links"])
GIVING = frozenset(_WORDS["giving_verbs"])
STOPS = frozenset(_WORDS["object_stops"])
REACH = int(_WORDS["object_reach"])
# a sentence without a plan noun and a verb of giving holds no frame (a set look-up)
_UKRAINE = frozenset(("ukraine", "kyiv", "kiev", "ukrainian"))
# clause openers before a cue: the holder is read after the last of them
_CLAUSE_OPENERS = frozenset(("when", "after", "as", "while", "that", "because", "since", ";", ":", "—", "–"))


def _at(lower, i: int, table: dict[str, list[list[str]]]) -> list[str] | None:
    for p in table.get(lower[i], ()):
        if lower[i:i + len(p)] == p:
            return p
    return None


def _plan_after(lower, i: int, end: int) -> int | None:
    """The plan noun at or after ``i`` past up to two determiners, followed by a link and a verb
    of giving: the token of the verb, else None."""
    k = i
    while k < end and k - i < 2 and lower[k] in DETERMINERS:
        k += 1
    if k + 2 < end and lower[k] in PLANS and lower[k + 1] in LINKS and lower[k + 2] in GIVING:
        return k + 2
    return None


def _frames(lower, start: int, end: int):
    """(cue token, first token of the plan phrase, giving verb token) of each frame in [start, end)."""
    for i in range(start, end):
        p = _at(lower, i, CUES)
        if p:
            verb = _plan_after(lower, i + len(p), end)
            if verb is not None:
                yield i, i + len(p), verb
                continue
        if lower[i] in SPLIT:
            verb = _plan_after(lower, i + 1, end)
            if verb is not None and any(_at(lower, k, SPLIT_ENDS) for k in range(verb + 1, min(end, verb + REACH + 4))):
                yield i, i + 1, verb  # "put its plans to send tanks on hold"
                continue
        if lower[i] in PLANS and i + 2 < end and lower[i + 1] in LINKS and lower[i + 2] in GIVING:
            # "plans to send the tanks have been shelved": the cue after the supply
            k = i + 3
            while k < min(end, i + 3 + REACH) and lower[k] not in STOPS and lower[k] not in AUXILIARIES:
                k += 1
            aux = k
            while k < end and lower[k] in AUXILIARIES | {"have", "has", "had"}:
                k += 1
            if k > aux and k < end and _at(lower, k, PASSIVES):
                yield k, i, i + 2


def _supply(ctx, verb: int, end: int) -> tuple[str, int]:
    """The target "sending <supply> to Ukraine" and the token after the supply."""
    table = tokens(ctx.doc)
    k = verb + 1
    if table.lower[k - 1] in ("hand", "handing") and k < end and table.lower[k] == "over":
        k += 1
    first = k
    while k < end and k - first < REACH and table.lower[k] not in STOPS:
        k += 1
    words = ctx.text[table.idx[first]:table.idx[k - 1] + len(table.lower[k - 1])] if k > first else ""
    if not _UKRAINE.intersection(table.lower[first:k]):
        words = f"{words} to Ukraine"
    return f"sending {words}".strip(), k


def shelved_plan_facts(ctx, commitments: list) -> tuple[list, list]:
    """``commitments`` without those a shelved plan's supply anchors, and an `open` stance for
    each state that put such a plan on hold."""
    lower = tokens(ctx.doc).lower
    stances: list = []
    dropped: set[int] = set()
    for sent in ctx.sents:
        words = set(lower[sent.start:sent.end])
        if PLANS.isdisjoint(words) or GIVING.isdisjoint(words):
            continue  # most sentences
        for cue, plan_at, verb in _frames(lower, sent.start, sent.end):
            target, supply_end = _supply(ctx, verb, sent.end)
            inside = [c for c in commitments if (d := c.__dict__.get("_draft")) is not None
                      and getattr(d, "sent", None) is not None and d.sent.start == sent.start
                      and plan_at <= getattr(d, "anchor_start", -1) < supply_end]
            dropped.update(id(c) for c in inside)
            opener = max((k for k in range(sent.start, min(cue, plan_at)) if lower[k] in _CLAUSE_OPENERS),
                         default=sent.start)
            at = min(cue, plan_at)
            # "when Stockholm put on hold …"; "… that the government has shelved …" (the state told
            # before); "Jonson confirmed that …" (the reporting clause's speaker)
            holder = (clause_holder(ctx, sent, opener, at) or next(iter(government_holder(ctx, opener, at)), None)
                      or (clause_holder(ctx, sent, sent.start, at) if opener > sent.start else None))
            if holder is None and inside:
                holder = inside[0].donor
            if holder is None or holder in ("UKR", "RUS") or any(s.actor == holder for s in stances):
                continue
            stances.append(Stance(actor=holder, target=target, stance="open",
                                  evidence=ctx.sentence_evidence(sent), confidence=0.5))
    if not dropped:
        return commitments, stances
    kept = [c for c in commitments if id(c) not in dropped]
    for c in kept:
        d = c.__dict__.get("_draft")
        if getattr(d, "parent", None) is not None and any(id(x.__dict__.get("_draft")) == id(d.parent) for x in commitments if id(x) in dropped):
            d.parent = None
    return kept, stances
