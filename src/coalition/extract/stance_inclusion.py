"""Talks that must include a party (ADJUDICATION.md, decision 15): "Nothing about Ukraine can be
decided without Ukraine", "there can be no discussion of this war without Ukraine in the room",
"any negotiations had to include both Kyiv and the European Union", "the next steps must include
Ukraine". Whoever says so sets a condition for accepting talks: a `conditional` stance on them
(``TARGET``). Opposition to a concrete set of talks that already leaves the party out is read by
the stance cues, not here.

A sentence holds the condition when
- "without" is followed within three words by a party that must be in (Ukraine, Kyiv, Europe), and
  before it, in the same clause, a refusal word ("nothing", "no", "cannot") and a word of talks or
  deciding ("decided", "discussion", "negotiations");
- or a word of talks is followed within a few words by a phrase of including ("must include",
  "had to include") and that phrase by a party.
The holders are the speaker of the quotation the sentence is in (or the signatories of the joint
statement it belongs to), else the sentence's subject. Words in positions.json ("inclusion_terms").

Eighth session (ADJUDICATION.md, decision 33):
- "over Ukraine's head", "over its head", "imposed on Ukrainians over their heads" stand for
  "without Ukraine": "nobody should settle Ukraine's future over its head", "Ukraine would never
  accept an agreement made over its head" set the same condition (same clause test);
- the condition is general; in an article that reports talks already held without the party ("US
  and Russian delegations meet in Riyadh without Ukraine": a sentence with talks, "without" the
  party and no refusal) the same words answer those talks, an opposition the cues read, so no
  condition is read there (``_talks_held_without``);
- a cue's opposition to "an agreement" in the sentence that sets the condition is the condition
  told as a refusal ("would never accept an agreement made over its head"), and goes
  (``without_refusals``).
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, tokens, vocab

_WORDS = vocab("positions")["inclusion_terms"]
PARTIES = frozenset(_WORDS["parties"])
REFUSALS = frozenset(_WORDS["refusals"])
TALKS = frozenset(_WORDS["talks"])
INCLUDING = _WORDS["including"]
INCLUDING_FIRST = frozenset(p.split()[0] for p in INCLUDING)
HEADS = frozenset(_WORDS["heads"])
HEAD_OWNERS = frozenset(_WORDS["head_owners"])
REPORTED = frozenset(_WORDS["reported_talks"])
TARGET = "peace talks"
CLAUSE_BREAKS = frozenset({";", ".", "but", "while", "whereas", "which"})
TALKS_REACH = 8  # words from a talks word to "must include" ("any negotiations to end the war had to include")


def sets_inclusion(ctx, sent, present: frozenset, padded: str) -> int | None:
    """Where the clause that says talks or decisions need a party in them starts (a token index),
    or None when ``sent`` says no such thing."""
    if PARTIES.isdisjoint(present) or TALKS.isdisjoint(present):
        return None
    lower = tokens(ctx.doc).lower
    a, b = sent.start, sent.end
    heads = "over" in present and not HEADS.isdisjoint(present)
    if ("without" in present or heads) and _talks_held_without(ctx, lower):
        return None  # the article's talks already leave the party out: the words answer them
    if "without" in present or heads:
        for w in range(a, b):
            if lower[w] == "without":
                if PARTIES.isdisjoint(lower[w + 1:min(b, w + 4)]):
                    continue
            elif not (lower[w] == "over" and heads and not HEADS.isdisjoint(lower[w + 2:min(b, w + 5)])
                      and not HEAD_OWNERS.isdisjoint(lower[w + 1:min(b, w + 3)])):
                continue  # "over Ukraine's head", "over its head", "over their heads"
            start = max((k + 1 for k in range(a, w) if lower[k] in CLAUSE_BREAKS), default=a)
            clause = lower[start:w]
            if not REFUSALS.isdisjoint(clause) and not TALKS.isdisjoint(clause):
                return next(k for k in range(start, w) if lower[k] in REFUSALS or lower[k] in TALKS)
    if not INCLUDING_FIRST.isdisjoint(present):
        for w in range(a, b):
            if lower[w] not in INCLUDING_FIRST:
                continue
            phrase = has_phrase(" " + " ".join(lower[w:min(b, w + 8)]) + " ", INCLUDING)
            if not phrase or not (" " + " ".join(lower[w:min(b, w + 8)]) + " ").startswith(" " + phrase + " "):
                continue
            after = lower[w + len(phrase.split()):min(b, w + len(phrase.split()) + 4)]
            talk = next((k for k in range(max(a, w - TALKS_REACH), w) if lower[k] in TALKS), None)
            if talk is not None and not PARTIES.isdisjoint(after):
                return talk
    return None


def _talks_held_without(ctx, lower) -> bool:
    """Whether the article reports talks held without a party: a sentence with a word of talks
    held, "without" a party right after, and no refusal ("US and Russian delegations meet in
    Riyadh without Ukraine"). Read once per article."""
    found = ctx.__dict__.get("_talks_without")
    if found is None:
        found = False
        for sent in ctx.sents:
            words = lower[sent.start:sent.end]
            if "without" not in words or REPORTED.isdisjoint(words) or not REFUSALS.isdisjoint(words):
                continue
            w = words.index("without")
            if not PARTIES.isdisjoint(words[w + 1:w + 3]) and not REPORTED.isdisjoint(words[:w]):
                found = True
                break
        ctx.__dict__["_talks_without"] = found
    return found


def without_refusals(facts: list, conditions: set) -> list:
    """``facts`` without the cue's opposition to an agreement or talks in a sentence where the same
    actor sets the condition that they include the party (``conditions``: (evidence start, actor))."""
    if not conditions:
        return facts
    return [f for f in facts if not (f.stance == "oppose" and (f.evidence.start, f.actor) in conditions
                                     and f.target != TARGET and not TALKS.isdisjoint(f.target.lower().split()))]


__all__ = ["TARGET", "sets_inclusion", "without_refusals"]
