"""Proposers a ceasefire clause does not name itself: a pronoun opening the sentence ("It proposes
a full ceasefire…") or a possessive ("Their demand for…") stands for the actors the sentence before
opens with; "we" in a joint statement are the authors named where the statement is introduced.

Separate from ``ceasefire_parties.py``, which reads the actors named in the clause, because these
rules read the sentences around it.
"""

from __future__ import annotations

import re

from coalition.extract.ceasefire_parties import _add, _code, _modal_before
from coalition.extract.context import has_phrase, tokens

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n")
_SUBJECT_PRONOUNS = {"it", "they", "he", "she"}
_POSSESSIVES = {"its", "their", "his", "her"}
_OPENING_PREPOSITIONS = {"in", "on", "at", "after", "during", "later", "then"}


def _pronoun_proposer(ctx, sent, words) -> list[str]:
    """'Kyiv's delegation sent its memorandum. It proposes a full ceasefire…', 'The British and
    French advisers produced a counter-draft. It calls for…': a pronoun that opens the sentence
    before a proposing verb stands for the subject of the sentence before, in the same paragraph."""
    lower = tokens(sent.doc).lower
    opening = sent.start
    if lower[opening] in _OPENING_PREPOSITIONS:
        # "In Kyiv he urged…": past a short place or time phrase
        opening = next((k for k in range(sent.start + 1, min(sent.end, sent.start + 4)) if lower[k] in _SUBJECT_PRONOUNS),
                       sent.start)
    if lower[opening] in _POSSESSIVES:
        # "Their demand for a 30-day ceasefire…", "Its proposal…": the owner of the proposal
        if sent.end - sent.start < 2 or lower[sent.start + 1] not in words["proposal_nouns"] + words["demand_nouns"]:
            return []
    elif lower[opening] not in _SUBJECT_PRONOUNS:
        return []
    else:
        head = " " + " ".join(lower[opening + 1 : min(sent.end, opening + 4)]) + " "
        verb = has_phrase(head, words["propose_verbs"])
        if not verb or _modal_before(head, verb, words):
            return []
    return _previous_subject(ctx, sent)


def owned_by_pronoun(sent, words) -> bool:
    """'Their demand for…', 'His proposal of…' opening the sentence: a proposal made elsewhere."""
    lower = tokens(sent.doc).lower
    return (lower[sent.start] in _POSSESSIVES and sent.end - sent.start > 1
            and lower[sent.start + 1] in words["proposal_nouns"] + words["demand_nouns"])


def _previous_subject(ctx, sent) -> list[str]:
    """The actors a sentence opens with (joined by "and" or commas), for the sentence after it in
    the same paragraph."""
    lower = tokens(sent.doc).lower
    k = ctx.sentence_index(sent.start_char) - 1
    if k < 0:
        return []
    prev = ctx.sents[k]
    if _PARAGRAPH_BREAK.search(ctx.text, prev.end_char, sent.start_char):
        return []
    # a place ("met in Oslo") is no subject
    named = [m for m in ctx.mentions_in(prev.start_char, prev.end_char, ("COUNTRY", "ORG", "PERSON"))
             if _code(m) and not (m.start > prev.start and lower[m.start - 1] in _NOT_AUTHOR)]
    if not named or named[0].start - prev.start > 5:
        return []  # the sentence before does not open with its actor
    out = [_code(named[0])]
    last = named[0]
    for m in named[1:]:
        if any(w not in ("and", ",", "the") for w in lower[last.end : m.start]):
            break
        _add(out, _code(m))
        last = m
    return out


def we_proposer(ctx, sent, start: int, end: int, words) -> list[str]:
    """'We call on Russia to accept a 30-day ceasefire' in a joint statement: "we" are its authors,
    the actors named before "statement" in the sentence that introduces it ("The leaders of A, B and C
    issued a joint statement"), or, when that sentence names none ("The four leaders agreed the
    following statement."), the people or countries the sentence before it opens with."""
    lower = tokens(sent.doc).lower
    we = [k for k in range(start, end - 1) if lower[k] == "we"]
    if not any(has_phrase(" " + " ".join(lower[k + 1 : min(end, k + 4)]) + " ", words["propose_verbs"]) for k in we):
        return []
    first = ctx.sentence_index(sent.start_char)
    nouns = set(words["statement_nouns"])
    for k in range(first - 1, max(-1, first - 13), -1):
        intro = ctx.sents[k]
        at = next((i for i in range(intro.start, intro.end) if lower[i] in nouns), None)
        if at is None:
            continue
        named = [m for m in ctx.mentions_in(intro.start_char, intro.end_char, ("COUNTRY", "ORG", "PERSON"))
                 if _code(m) and m.start < at and lower[m.start - 1] not in _NOT_AUTHOR]
        out: list[str] = []
        for m in named:
            _add(out, _code(m))
        if not out and k > 0:
            out = _opening_chain(ctx, ctx.sents[k - 1])
        return out
    return []


_NOT_AUTHOR = {"in", "at", "to", "from", "with", "between", "against", "on"}


def _opening_chain(ctx, sent) -> list[str]:
    """The people or countries a sentence opens with, titles allowed between them: "President A,
    Chancellor B and Prime Minister C travelled…"."""
    tk = tokens(sent.doc)
    named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")) if _code(m)]
    if not named or named[0].start - sent.start > 3:
        return []
    out = [_code(named[0])]
    last = named[0]
    for m in named[1:]:
        if any(not (w in ("and", ",", "the") or tk.title[j]) for j, w in enumerate(tk.lower[last.end : m.start], last.end)):
            break
        _add(out, _code(m))
        last = m
    return out
