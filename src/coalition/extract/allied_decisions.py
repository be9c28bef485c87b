"""A step a government says must be decided or coordinated with its allies is its `conditional`
stance on the step.

"A decision to hand over offensive weapons has to be taken by NATO as a whole, and unanimously," the
Polish minister said; "Any use of the assets should be coordinated with G7 partners," the US
treasury secretary said; "Any use outside NATO would first have to be discussed with the alliance",
the German minister added. No cue word of the stance vocabulary is in them, and the sayer states what
it would take to go ahead: the allies' joint decision, a condition as "only in coordination with"
is (decision 9's stated condition). The words are in allied_decisions.json.

A sentence is read when it holds a step noun (``steps``: "decision", "use", "transfer"), a modal
after it within ``modal_reach`` words ("has to", "should", "would first have to") followed by "be"
and a verb of deciding or coordinating ("taken", "coordinated", "discussed"), and an ally word
(``allies``: "NATO", "allies", "partners", "G7", "unanimously") a few words after that verb. The
holder is the speaker: the quotation's speaker, else the subject before the step noun, else the
person a pronoun stands for ("she added"). An alliance or union stating its own rule ("any decision
on membership had to be taken by consensus of all 30 members", said NATO's secretary general) is
how the body decides, no condition of a member's, and is not read; nor is a bare "any decision would
have to be taken together with NATO", which names no step of its own: it is said of a step still
being weighed ("the idea deserved a fresh look, but any decision …"), decision 52's `considering`.
"""

from __future__ import annotations

from coalition.extract.pronoun_holders import pronoun_person_of  # "he said": the resolver's person
from coalition.extract.clause_groups import _padded, _subject_before, person_actor
from coalition.extract.context import sentence_words, tokens, vocab
from coalition.model import Stance

_WORDS = vocab("allied_decisions")
STEPS = frozenset(_WORDS["steps"])
MODALS = tuple(tuple(m.split()) for m in _WORDS["modals"])
DECIDING = frozenset(_WORDS["deciding"])
ALLIES = frozenset(_WORDS["allies"])
BODIES = frozenset(_WORDS["bodies"])
MODAL_REACH = int(_WORDS["modal_reach"])
ALLY_REACH = int(_WORDS["ally_reach"])
PRONOUNS = frozenset("he she they".split())
STOPS = frozenset(". ; : ?".split())


def allied_decision_stances(ctx, facts: list) -> list:
    """``facts`` with the conditional stance of whoever says a step must be decided with its allies."""
    lower = tokens(ctx.doc).lower
    held = {(f.actor, f.evidence.start) for f in facts if f.kind in ("stance", "participation")}
    added = []
    for sent in ctx.sents:
        present = sentence_words(_padded(sent))
        if STEPS.isdisjoint(present) or DECIDING.isdisjoint(present) or ALLIES.isdisjoint(present):
            continue
        found = _step(lower, sent.start, sent.end)
        if found is None:
            continue
        noun, target = found
        evidence = ctx.sentence_evidence(sent)
        for actor in _holders(ctx, sent, noun, lower):
            if actor in BODIES or (actor, evidence.start) in held:
                continue
            held.add((actor, evidence.start))
            added.append(Stance(actor=actor, target=target, stance="conditional", evidence=evidence, confidence=0.5))
    return facts + added if added else facts


def _step(lower: list[str], a: int, b: int) -> tuple[int, str] | None:
    """(step noun token, target as written) of a step that must be decided with allies in [a, b)."""
    for i in range(a, b):
        if lower[i] not in STEPS:
            continue
        for k in range(i + 1, min(b, i + 1 + MODAL_REACH)):
            if lower[k] in STOPS:
                break
            modal = next((m for m in MODALS if tuple(lower[k : k + len(m)]) == m), None)
            if modal is None:
                continue
            j = k + len(modal) + (lower[k + len(modal)] == "first" if k + len(modal) < b else 0)
            if lower[j : j + 1] != ["be"] or j + 1 >= b or lower[j + 1] not in DECIDING:
                break
            if ALLIES.isdisjoint(lower[j + 2 : min(b, j + 2 + ALLY_REACH)]):
                break
            target = " ".join(w for w in lower[i:k] if w not in (",", '"', "“", "”"))
            if target == lower[i]:
                break  # "any decision would have to be taken together with NATO": a step still weighed
            return i, target
    return None


def _holders(ctx, sent, noun: int, lower: list[str]) -> list[str]:
    """The speaker of the sentence: the quotation's, the subject before the step, or a pronoun's person."""
    from coalition.extract.stance_holders import quote_speaker

    speakers = quote_speaker(ctx, sent, [])
    if speakers:
        return speakers
    found = _subject_before(ctx, sent.start, noun, ())
    if found:
        return found
    if PRONOUNS.isdisjoint(lower[sent.start : sent.end]):
        return []
    person = pronoun_person_of(ctx, sent.end_char, lower[sent.start : sent.end])
    code = person_actor(ctx, person) if person else None
    return [code] if code else []


__all__ = ["allied_decision_stances"]
