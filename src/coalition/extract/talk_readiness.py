"""A warring side saying it is open to, or ready for, talks (ADJUDICATION.md decision 46). The words
are in ``data/talk_readiness.json``.

"Russia remained open to negotiations", "Ukraine was open to diplomacy", "Moscow was ready for
talks", "Kuleba said he was ready to meet Lavrov again": a party to the war saying it is open to or
ready for talks is its `open` stance on "negotiations" (readiness commits it to no outcome, as "open
to joining" is open, decision 9), not `support` of a process. When the same sentence sets a
condition ("provided Kyiv accepted", "would have to start from the draft", "only once…") or names
an obstacle ("but pointed to the decree … as the obstacle"), it is `conditional`. A meeting counts
only with a person named after "meet" ("ready to meet the needs of the army" is no talk). A third
party's offer to host or mediate talks stays its `support` (it is not read here), and a side's
answer to a ceasefire stays only the ceasefire's response (decision 3): a truce is no talk word.

The other rules' reading of the same sentence for the same side on the talks (often `support` from
"ready for") is replaced by this one.
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import _as_tokens, has_phrase, sentence_words, tokens, vocab
from coalition.extract.strike_limits import clause_holder
from coalition.model import Stance

_WORDS = vocab("talk_readiness")
TARGET = _WORDS["target"]
READINESS = _WORDS["readiness"]
READY_KEYS = frozenset(max(_as_tokens(p).split(), key=len) for p in READINESS)
READY_WORDS = [_as_tokens(p).split() for p in READINESS]  # each phrase as the words it is matched by
TALKS = [_as_tokens(t) for t in _WORDS["talk_words"]]
TALK_KEYS = frozenset(w for t in TALKS for w in t.split())
TALK_REACH = int(_WORDS["talk_reach"])
MEETINGS = frozenset(_as_tokens(t) for t in _WORDS["meeting_verbs"])
MEETING_REACH = int(_WORDS["meeting_reach"])
CONDITIONS = [_as_tokens(c) for c in _WORDS["conditions"]]
OBSTACLES = frozenset(_WORDS["obstacles"])
TALK_TARGETS = frozenset(_WORDS["talk_target_words"])
BELLIGERENTS = frozenset(vocab("ceasefires")["belligerents"])
TRUCES = [_as_tokens(t) for t in vocab("warring_stances")["truce_words"]]
TRUCE_REACH = 5  # words from the talk word to the truce it is about ("talks on a 30-day truce")
SAME_STATEMENT = 2  # sentences around that still tell the same statement


def talk_readiness_stances(ctx, facts: list) -> list:
    """``facts`` (the article's stances) with the warring sides' readiness for talks read as `open`
    (`conditional` with a condition), replacing the other rules' reading of the same sentence."""
    out = list(facts)
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents:
        words = sentence_words(_padded(sent))
        if READY_KEYS.isdisjoint(words) or TALK_KEYS.isdisjoint(words):
            continue  # most sentences
        at = _ready_at(ctx, sent)
        if at is None:
            continue
        holder = clause_holder(ctx, sent, sent.start, at)
        if holder not in BELLIGERENTS:
            continue  # a third party's offer to host talks stays its support
        after = " " + " ".join(lower[at:sent.end]) + " "
        conditional = any(c in after for c in CONDITIONS) or not OBSTACLES.isdisjoint(lower[at:sent.end])
        value = "conditional" if conditional else "open"
        evidence = ctx.sentence_evidence(sent)
        out = [f for f in out if not (f.kind == "stance" and f.actor == holder and f.evidence.start == evidence.start
                                      and _on_talks(f.target) and f.stance != value)]
        n = ctx.sentence_index(evidence.start)
        if any(f.kind == "stance" and f.actor == holder and f.stance == value and
               (f.evidence.start == evidence.start or f.target == TARGET or
                (_on_talks(f.target) and abs(ctx.sentence_index(f.evidence.start) - n) <= SAME_STATEMENT))
               for f in out):
            # held already: the same side's readiness restated, or its condition told in the next
            # sentence of the same statement ("Any talks, he said, would have to start from…")
            continue
        out.append(Stance(actor=holder, target=TARGET, stance=value, evidence=evidence, confidence=0.55))
    return out


def _on_talks(target: str) -> bool:
    return target == TARGET or not TALK_TARGETS.isdisjoint(target.lower().split())


def _ready_at(ctx, sent) -> int | None:
    """The token of the readiness phrase followed within a few words by a word of talks; a
    meeting needs a person named after it ("ready to meet Lavrov again")."""
    lower = tokens(ctx.doc).lower
    idx = tokens(ctx.doc).idx
    padded = " " + " ".join(lower[sent.start:sent.end]) + " "
    if not has_phrase(padded, READINESS):
        return None
    for i in range(sent.start, sent.end):
        for first in READY_WORDS:
            if lower[i:i + len(first)] != first:
                continue
            j = i + len(first)
            window = " " + " ".join(lower[j:min(sent.end, j + TALK_REACH)]) + " "
            talk = next((t for t in TALKS if t in window), None)
            if talk is None:
                continue
            k = j + window.split().index(talk.split()[0])
            if any(t in " " + " ".join(lower[k:min(sent.end, k + TRUCE_REACH)]) + " " for t in TRUCES):
                continue  # "ready to negotiate a ceasefire": an answer to a truce (decision 3), not talks
            if talk in MEETINGS:
                end = min(sent.end, k + 1 + MEETING_REACH)
                if not ctx.mentions_in(idx[k], idx[end - 1] + 1, ("PERSON",)):
                    continue
            return i
    return None
