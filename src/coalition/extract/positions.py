"""Positions: where an actor stands on a proposal (stances) and on sending forces to a
mission (participation).

Participation: a sentence that names a mission ("peacekeeping", "reassurance
force", "send troops to Ukraine") and an actor; the cue words decide the status,
checked in a fixed order so that "not ruling out" is read as open before "ruled
out" is read as declined, and an offer with an exclusion ("could send troops
for peacekeeping but would not participate in any deterrent force") is
conditional with the excluded mission listed.

Stances: an actor, a stance verb and a target from the target vocabulary; "the
plan", "the initiative" refer back to the last target named.
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, Mention, has_phrase, lower_text, phrases_in, vocab
from coalition.model import Participation, Stance

NEGATIONS = (" not ", " n't ", " never ", " no ")


def _actors_for(ctx: ArticleContext, sent, exclude=("UKR",)) -> list[str]:
    """Actors who take a position in a sentence: countries and organisations, and the
    countries of the people named, in order, without the place the troops would go."""
    doc = ctx.doc
    out: list[str] = []
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        code = m.actor if m.label == "PERSON" else m.code
        if not code or code in exclude or code in out:
            continue
        if m.start > sent.start and doc[m.start - 1].lower_ in ("to", "in", "into", "against", "from", "with", "on"):
            continue
        nxt = doc[m.end].lower_ if m.end < len(doc) else ""
        if m.label == "COUNTRY" and nxt in ("troops", "soldiers", "forces", "personnel") and out:
            continue  # "sending Australian troops": the same actor again, as an adjective
        out.append(code)
    return out


def find_participation(ctx: ArticleContext) -> list[Participation]:
    words = vocab("positions")
    missions = words["missions"]
    facts: list[Participation] = []
    for sent in ctx.sents:
        padded = lower_text(sent)
        found = [(name, phrase) for name, phrases in missions.items() for phrase in phrases if has_phrase(padded, [phrase])]
        if not found:
            continue
        actors = _actors_for(ctx, sent)
        if not actors:
            continue
        status = _status(padded, words)
        if status is None:
            continue
        if actors[0] == "RUS" and status in ("declined",):
            continue  # Russia's refusal of foreign troops is a stance, read by find_stances
        excluded = _excluded(padded, missions)
        mission = next((name for name, _ in found if name not in excluded and name != "troop deployment"), None)
        mission = mission or next((name for name, _ in found if name not in excluded), found[0][0])
        if mission == "troop deployment":
            mission = "peacekeeping" if "peace" in padded else "reassurance force"
        if excluded and status not in ("declined",):
            status = "conditional"
        roles = [role for role, phrases in words["roles"].items() if has_phrase(padded, phrases)]
        evidence = ctx.sentence_evidence(sent)
        subject_actors = actors[:1] if len(actors) > 1 and not _is_list(ctx, sent, actors) else actors
        for actor in subject_actors:
            if actor == "RUS":
                continue
            facts.append(Participation(actor=actor, mission=mission, status=status, roles=roles,
                                       excluded=excluded, evidence=evidence, confidence=0.7))
    return facts


def _token_of(sent, phrase: str) -> int | None:
    """Index of the first token of ``phrase`` in ``sent``."""
    words = phrase.split()
    lowered = [t.lower_ for t in sent]
    for i in range(len(lowered) - len(words) + 1):
        if lowered[i : i + len(words)] == words:
            return sent.start + i
    return None


def _is_list(ctx: ArticleContext, sent, actors: list[str]) -> bool:
    """"Sweden, Denmark and Finland said they were open…": several subjects share one position."""
    padded = lower_text(sent)
    return " they " in padded or " both " in padded or " all " in padded


def _status(padded: str, words: dict) -> str | None:
    cues = words["cues"]
    negative = has_phrase(padded, cues["declined"])
    positive = has_phrase(padded, cues["committed"] + cues["open"] + cues["considering"])
    for name in words["order"]:
        if name == "open_negated":
            if has_phrase(padded, cues["open_negated"]):
                return "open"
        elif name == "mixed":
            if negative and positive and (" but " in padded or " while " in padded):
                return "conditional"
        elif has_phrase(padded, cues[name]):
            return name
    return None


def _excluded(padded: str, missions: dict) -> list[str]:
    """Missions named after a negation: "but would not participate in any deterrent force"."""
    out = []
    for marker in (" not ", " n't ", " never "):
        at = padded.find(marker)
        while at >= 0:
            tail = padded[at : at + 80]
            for name, phrases in missions.items():
                if name == "troop deployment":
                    continue
                hit = has_phrase(tail, phrases)
                if hit and name not in out and has_phrase(padded[:at], [p for ps in missions.values() for p in ps]):
                    out.append(name)
            at = padded.find(marker, at + 1)
    return out


def find_stances(ctx: ArticleContext) -> list[Stance]:
    words = vocab("positions")
    targets = words["targets"]
    anaphors = words["anaphors"]
    coalitions = vocab("coalitions")["names"]
    facts: list[Stance] = []
    last_target: str | None = None
    for sent in ctx.sents:
        padded = lower_text(sent)
        named = None
        for name, phrases in coalitions.items():
            if has_phrase(padded, phrases):
                named = name
        for name, phrases in targets.items():
            if has_phrase(padded, phrases):
                named = named or name
        target = named
        if target is None and has_phrase(padded, anaphors):
            target = last_target
        if named:
            last_target = named
        if target is None:
            continue
        stance, cue = None, None
        for value in ("conditional", "open", "considering", "oppose", "support"):
            cue = has_phrase(padded, words["stance_verbs"][value])
            if cue:
                stance = value
                break
        if stance is None:
            continue
        if target == "ceasefire proposal":
            continue  # answers to ceasefires are the ceasefire fact's responses
        at = _token_of(sent, cue)
        # The actor who takes the stance is named before its verb ("Moscow rejected…").
        actors = [a for a in _actors_for(ctx, sent.doc[sent.start : at] if at else sent)]
        if not actors:
            continue
        actor = actors[-1] if len(actors) > 1 and at else actors[0]
        if stance == "support" and has_phrase(padded, ["not", "n't", "never"]):
            stance = "oppose"
        facts.append(Stance(actor=actor, target=target, stance=stance, evidence=ctx.sentence_evidence(sent), confidence=0.65))
    return facts


__all__ = ["find_participation", "find_stances", "phrases_in", "Mention"]
