"""Members of a standing multinational group that operates ships (ADJUDICATION.md, decision 17):
"Romania already works alongside Bulgaria and Turkey in the Black Sea mine countermeasures task
group", "Turkey has led the mine countermeasures task group in the Black Sea, together with Romania
and Bulgaria", "It already leads, with Romania and Bulgaria, a task group clearing drifting mines".
Each named member is a `committed` participation in the group with its role (``naval``):
membership of a group that deploys its ships is the sending of forces to a mission.

The participation cues read a position on a force to be formed ("will send", "ready to deploy");
a standing group is told by its name and its members, with no such cue. So a sentence that names
the group (a phrase of ``groups`` in positions.json "task_groups"; a group named only by its task,
"a task group clearing drifting mines", counts in an article that names its sea) makes each state
named in it a member, unless a refusal word stands right before the state ("not Romania"). A
sentence opening on "It" adds the previous sentence's first state (the one "it" stands for).
Russia and Ukraine, the warring sides, are no members of a group clearing their mines.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, lower_text, vocab
from coalition.model import Participation

_WORDS = vocab("positions")["task_groups"]
GROUPS = _WORDS["groups"]
PRONOUNS = frozenset(_WORDS["pronouns"])
REFUSALS = frozenset(_WORDS["refusals"])
SIDES = frozenset({"RUS", "UKR"})
FIRST_WORDS = frozenset(p.split()[0] for g in GROUPS.values() for p in g["mentions"])


def group_participations(ctx) -> list[Participation]:
    """The committed participations of each named member of a standing group in the article."""
    text = ctx.text.lower()
    if not any(w in text for w in ("task group", "mcm", "task force")):
        return []
    facts: list[Participation] = []
    seen: set[tuple[str, str]] = set()
    previous = None
    for sent in ctx.sents:
        padded = lower_text(sent)
        here, previous = previous, sent
        if FIRST_WORDS.isdisjoint(padded.split()):
            continue
        for name, group in GROUPS.items():
            if not has_phrase(padded, group["mentions"]) or group["sea"] not in text:
                continue
            members = _members(ctx, sent)
            if here is not None and padded.split()[:1] and padded.split()[0] in PRONOUNS:
                first = next(iter(_members(ctx, here)), None)
                members = ([first] if first and first not in members else []) + members
            for actor in members:
                if (actor, name) not in seen:
                    seen.add((actor, name))
                    facts.append(Participation(actor=actor, mission=name, status="committed", roles=list(group["roles"]),
                                               evidence=ctx.sentence_evidence(sent), confidence=0.6))
    return facts


def _members(ctx, sent) -> list[str]:
    lower = [t.lower_ for t in sent]
    out = []
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)):
        k = m.start - sent.start
        if m.code in SIDES or m.code in out or (k > 0 and lower[k - 1] in REFUSALS):
            continue
        if m.end - sent.start < len(lower) and lower[m.end - sent.start] in ("'s", "’s"):
            continue  # "Turkey's straits": a thing of the state's, not the state in the group
        out.append(m.code)
    return out


__all__ = ["group_participations"]
