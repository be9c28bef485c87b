"""One warring side calling on the other to declare a truce too proposes its own truce; the side
called on proposes nothing.

"Putin ordered a ceasefire for Orthodox Christmas … Russian authorities called on the Ukrainian
side to declare a ceasefire", "'we call on the Ukrainian side to declare a ceasefire', the Russian
president's order said". The rule that the one urged to declare a truce is its proposer ("Erdogan
urged Putin to declare a unilateral ceasefire": Putin's truce, Turkey's stance; decision 2) read
Ukraine as the proposer of Russia's own truce, and split it into a second proposal. When the one
urged is a warring side and the one urging is the other warring side, the call asks the other side
to reciprocate: the truce is the caller's (decision 2: urging a party to accept someone's proposal
records that proposal with its own proposer).

The caller is the actor named before the urging verb in the sentence, or, for a quoted "we call
on…", the actor the sentence attributes the quote to (named after it).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import has_phrase, tokens

_WE = frozenset({"we", "i"})
_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})


@lru_cache(maxsize=4)
def _first_words(phrases: tuple[str, ...]) -> frozenset:
    """The first word of each urging phrase: a set look-up before the phrase test."""
    return frozenset(p.split()[0] for p in phrases)


def reciprocal_caller(doc, mentions, m, code: str, start: int, end: int, words, code_of, earlier=()) -> str | None:
    """The other warring side calling on ``m`` (a warring side, named after an urging verb) to
    declare a truce, or None. ``earlier``: the actors named just before the sentence, for a quoted
    "we call on…" whose speaker is told before it ('He wrote: "… we call on the Ukrainian side…"',
    '"… we call on the Ukrainian side to declare a ceasefire," the order adds')."""
    belligerents = words["belligerents"]
    if code not in belligerents:
        return None
    lower = tokens(doc).lower[start:end]
    offset = m.start - start
    firsts = _first_words(tuple(words["urge_verbs"]))
    # the urging verb's first word, a few words before the one urged: "called on the", "urged"
    urge = next((k for k in range(offset - 1, max(-1, offset - 5), -1) if lower[k] in firsts
                 and has_phrase(" " + " ".join(lower[k:offset]) + " ", words["urge_verbs"])), None)
    if urge is None:
        return None
    rest = [w for w in lower[m.end - start : min(end - start, m.end - start + 7)] if w not in _QUOTES]
    if not any(w == "to" and nxt in words["declare_verbs"] for w, nxt in zip(rest, rest[1:])):
        return None
    before = [n for n in mentions if n.end <= start + urge and code_of(n)]
    if before:
        caller = code_of(before[-1])
    elif urge > 0 and lower[urge - 1] in _WE:
        after = [n for n in mentions if n.start >= m.end and code_of(n) and code_of(n) != code]
        caller = code_of(after[0]) if after else None
        if caller is None:
            # the quote's speaker told in the sentence before: the last warring side named there
            prior = [code_of(n) for n in earlier if n.end <= start and code_of(n) in belligerents and code_of(n) != code]
            caller = prior[-1] if prior else None
    else:
        caller = None
    return caller if reciprocal(caller, code, words) else None


def reciprocal(caller: str | None, asked: str | None, words) -> bool:
    """Whether ``caller`` and ``asked`` are the two warring sides (the call asks the other to reciprocate)."""
    belligerents = words["belligerents"]
    return caller in belligerents and asked in belligerents and caller != asked
