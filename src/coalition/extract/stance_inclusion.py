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
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, tokens, vocab

_WORDS = vocab("positions")["inclusion_terms"]
PARTIES = frozenset(_WORDS["parties"])
REFUSALS = frozenset(_WORDS["refusals"])
TALKS = frozenset(_WORDS["talks"])
INCLUDING = _WORDS["including"]
INCLUDING_FIRST = frozenset(p.split()[0] for p in INCLUDING)
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
    if "without" in present:
        for w in range(a, b):
            if lower[w] != "without" or PARTIES.isdisjoint(lower[w + 1:min(b, w + 4)]):
                continue
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


__all__ = ["TARGET", "sets_inclusion"]
