"""Participation: where an actor stands on sending forces to a mission (see ``positions.py``'s
docstring for how clauses, cues and statuses are read; the status of a clause is in
``participation_status.py``). Kept apart from the stances so each module stays readable."""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.unnamed_subjects import own_part  # "…, and several governments have…"
from coalition.extract.air_offers import air_only  # "none on the ground, but could help by air"
from coalition.extract.clause_groups import BOUNDARIES, _groups, _padded, _padded_range
from coalition.extract.context import ArticleContext, doc_text, has_phrase, sentence_words, tokens, vocab
from coalition.extract.hedge_frames import reframed_status
from coalition.extract.missions import mission_in as _mission_in
from coalition.extract.mission_groups import group_participations
from coalition.extract.monitored_truces import monitored_truce  # "ready to help with monitoring it"
from coalition.extract.next_speakers import next_speaker
from coalition.extract.participation_nouns import nominal_cues  # "confirmed its readiness to send troops"
from coalition.extract.participation_voices import (
    floated, force_modal_only, refusal_with_exception, refuses_own, without_withheld,
)
from coalition.extract.participation_status import (
    excluded_missions,
    help_after_refusal,
    no_troops,
    offer_without_troops,
    possible_help,
    refuses_troops,
    status_of,
)
from coalition.extract.stance_holders import partisan_speaker
from coalition.extract.stance_objects import HEARSAY
from coalition.model import Participation

# Whoever is asked for the "backstop" that makes others' offers conditional (the US, in every
# plan for a force in Ukraine): its own mention next to the word is the condition, not a position.
BACKSTOP_PROVIDERS = frozenset({"USA"})
# Missions without troops: "relying on satellites rather than soldiers" is how they work, no refusal.
UNARMED = frozenset({"ceasefire monitoring"})
# A clause opened by one of these grants what follows: "Although he ruled out troops, Ottawa could help".
CONCESSIVE = frozenset(("although", "though", "while"))
# Statuses that a conditional answer of the same actor on the same mission makes redundant.
HEDGES = frozenset({"open", "considering"})


@lru_cache(maxsize=1)
def _participation_cues() -> list[str]:
    return [p for phrases in nominal_cues(vocab("positions")["cues"]).values() for p in phrases]


@lru_cache(maxsize=1)
def _hedge_cues() -> list[str]:
    """The open, "could" and considering cues: a bare modal after an ownerless force noun is none."""
    cues = vocab("positions")["cues"]
    return cues["open"] + cues["possible"] + cues["considering"]


def find_participation(ctx: ArticleContext) -> list[Participation]:
    cached = ctx.__dict__.get("_participation")
    if cached is not None:
        return list(cached)
    words = vocab("positions")
    missions = words["missions"]
    cues = _participation_cues()
    facts: list[Participation] = []
    seen: set[tuple[str, str, str]] = set()
    holders: dict[int, set[str]] = {}  # sentence start -> every actor with a position there
    last_mission: str | None = None
    for n, sent in enumerate(ctx.sents):
        padded = _padded(sent)
        found = _mission_in(padded, missions, words)
        if not found and n:
            found = monitored_truce(padded, lambda: _padded(ctx.sents[n - 1]))
        if not found and last_mission and (_is_bullet(sent) or has_phrase(padded, words["taking_part"])):
            found = [(last_mission, last_mission)]
        if not found:
            continue
        named = next((name for name, _ in found if name != "troop deployment"), None)
        lower = tokens(ctx.doc).lower
        # A clause group's status comes from a cue or "no <troops>" in its text, a stretch of the
        # sentence: a sentence with neither has no status to find, and its groups are not read.
        plain = padded.replace(" n't ", " not ") if " n't " in padded else padded
        may_state = has_phrase(plain, cues) is not None or no_troops(plain, words)
        if may_state and partisan_speaker(ctx, sent, sentence_words(padded)):
            continue  # "Opposition leader Peter Dutton said Australia should not send troops"
        groups = _groups(ctx, sent, cues, ("UKR", "RUS")) if may_state else []
        if may_state and not groups:  # "… will not send soldiers. This was stated by the prime minister."
            speakers = [c for c in next_speaker(ctx, n) if c not in ("UKR", "RUS")]
            groups = [(speakers, sent.start, sent.end)] if speakers else []
        for g_actors, a, b in groups:
            text = own_part(_padded_range(ctx.doc, a + 1 if lower[a] in BOUNDARIES else a, b))  # not "…, and several governments …"
            status = status_of(text, words)
            if status == "declined" and " to " in text:  # "declined to specify which nations …": no refusal
                cut = without_withheld(text)
                status = status if cut is None else status_of(cut, words)
            if status in HEDGES and force_modal_only(text, _hedge_cues()):
                status = None  # "peacekeepers could in certain circumstances repel Russian forces"
            if status is not None:
                # a denied possibility, a reporter's question, "nothing can be ruled out" (hedge_frames.py)
                status = reframed_status(text, status, words, status_of)
            if status is None:
                continue
            if status == "declined" and refusal_with_exception(text, has_phrase(text, words["cues"]["declined"])):
                status = "conditional"  # "will not deploy soldiers unless the US provides air cover"
            if status != "declined" and any(h in text for h in HEARSAY):
                # "a newspaper reported that China was weighing a role": the press's account, and
                # no stance on the force either ("denied reports that it would…" is its own answer)
                holders.setdefault(ctx.sentence_evidence(sent).start, set()).update(g_actors)
                continue
            if status != "declined":  # "the US envoy suggested that Poland could join …": another's claim
                others = floated(ctx, sent, g_actors, text)
                if others:
                    holders.setdefault(ctx.sentence_evidence(sent).start, set()).update(others)
                    g_actors = [a for a in g_actors if a not in others]
                    if not g_actors:
                        continue
            excluded = excluded_missions(text, missions)
            mission = next((name for name, _ in found if name not in excluded and name != "troop deployment"), None)
            mission = mission or next((name for name, _ in found if name not in excluded), found[0][0])
            if mission == "troop deployment":
                mission = named or last_mission or ("peacekeeping" if " peace" in padded else "reassurance force")
            if excluded and status != "declined":
                status = "conditional"
            elif status == "conditional" and refuses_troops(text, words):
                # "no ground troops, but could help by air": one open answer, troops excluded (decision 52)
                status, excluded = ("open", ["troops"]) if possible_help(text, words) else ("declined", excluded)
            elif status == "declined" and help_after_refusal(text, words, lower[a] in CONCESSIVE):
                status, excluded = "open", ["troops"]  # "ruled out a ground contribution; … could help train"
            elif status == "conditional" and refuses_own(text, has_phrase(text, words["cues"]["declined"]),
                                                         has_phrase(text, words["cues"]["conditional"])):
                status = "declined"  # "will help move others' contingents, but will not send its own soldiers"
            elif status != "declined" and mission not in UNARMED and offer_without_troops(text, words):
                # "will offer logistics rather than troops"; "could instead offer its territory": open (decision 52)
                status = "open" if possible_help(text, words) else "declined"
                excluded = ["troops"]
            if air_only(status, text, padded):
                status, excluded = "open", ["troops"]
            roles = [role for role, phrases in words["roles"].items() if has_phrase(text, phrases)]
            if "troops" in roles and (status == "declined" or "troops" in excluded):
                roles.remove("troops")
                excluded = excluded or ["troops"]
            evidence = ctx.sentence_evidence(sent)
            # every actor with a position here, said before or not: no stance on the force for them
            holders.setdefault(evidence.start, set()).update(g_actors)
            for actor in g_actors:
                if status == "conditional" and actor in BACKSTOP_PROVIDERS and " backstop " in text:
                    continue  # "Washington has not committed to a backstop": the condition, not a participant
                # The excluded mission is a refusal of its own: "…would not be part of a deterrent force".
                for name in excluded if status == "conditional" else ():
                    if (actor, name, "declined") not in seen:
                        seen.add((actor, name, "declined"))
                        facts.append(Participation(actor=actor, mission=name, status="declined", excluded=["troops"],
                                                   evidence=evidence, confidence=0.6))
                if (actor, mission, status) in seen:
                    continue
                seen.add((actor, mission, status))
                facts.append(Participation(actor=actor, mission=mission, status=status, roles=roles,
                                           excluded=excluded, evidence=evidence, confidence=0.7))
        if named and named not in UNARMED:
            last_mission = named  # troops mentioned later are not for a monitoring mission
        elif found[0][0] == "troop deployment" and not last_mission:
            last_mission = "peacekeeping" if " peace" in padded else "reassurance force"
    # "does not rule out joining" in a headline, "any contribution would depend on the mandate"
    # in the body: the condition is the fuller answer, and the hedge only its summary
    bound = {(f.actor, f.mission) for f in facts if f.status == "conditional" and not f.excluded}
    if bound:
        facts = [f for f in facts if f.status not in HEDGES or (f.actor, f.mission) not in bound]
    # members of a standing group that operates ships ("works alongside Bulgaria and Turkey in the
    # Black Sea mine countermeasures task group"), told with no participation cue
    for f in group_participations(ctx):
        if (f.actor, f.mission, f.status) not in seen:
            seen.add((f.actor, f.mission, f.status))
            facts.append(f)
    ctx.__dict__["_participation"] = facts
    ctx.__dict__["_participation_holders"] = holders
    return list(facts)


def _is_bullet(sent) -> bool:
    text = doc_text(sent.doc)
    i = sent.start_char
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    start = text[sent.start_char : sent.end_char].lstrip()
    return start[:1] in ("-", "•", "*", "–", "—", "·") or (i > 0 and text[i - 1] in "-•*–—·")
