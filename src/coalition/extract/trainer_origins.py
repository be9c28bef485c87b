"""The states that give training through their instructors when several are listed: "alongside
instructors from Canada, Sweden, Finland and New Zealand", "Canadian, Swedish and Finnish
instructors are training Ukrainian recruits".

Decision 30: the training commitment is the state whose instructors give it. The training finder
reads one trainers' state per sentence (the nationality before a trainer noun) and so kept only one
of a list, the last. Each state of a chain right after "instructors from" or right before a trainer
noun gives training of its own. Separate from training_commitments.py, which reads one giver, a
host and a programme's runner.

Eighteenth session: a group noun may stand between "from" and the chain ("instructors from partner
nations including Canada, Australia and Norway"), and a sentence of listed instructors that names
neither training nor Ukrainians ("Instructors from Canada, Denmark and Finland have joined the
programme") goes on about the training of Ukrainians told in one of the two sentences before it
(``listed_in_training_context``).
"""

from __future__ import annotations

from coalition.extract.context import tokens
from coalition.extract.donors import _chain_end

_NOT_TRAINERS = frozenset({"UKR", "RUS", "BLR"})
# "instructors from partner nations including Canada, …": words of a group that may stand between
# "from" and the chain of states, closed by one of the introducers.
_GROUP_WORDS = frozenset({"partner", "partners", "allied", "other", "nations", "countries", "allies", "states", "several", "many", "a", "number", "of"})
_INTRODUCERS = ("including", "such as", "among them", "like")


def listed_trainers(ctx, sent, trainer_nouns) -> list[str]:
    """The codes of a chain of two or more states whose instructors train, in order."""
    table = tokens(ctx.doc)
    nouns = frozenset(trainer_nouns)
    at = [t for t in range(sent.start, sent.end) if table.lower[t] in nouns]
    if not at:
        return []
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.code not in _NOT_TRAINERS]
    out: list[str] = []
    for k, m in enumerate(mentions):
        if k and mentions[k - 1].code in out:
            continue  # inside a chain already read
        last = _chain_end(table, mentions, k)
        if last == k:
            continue
        start = _past_group(table, sent, m.start - (table.lower[m.start - 1] == "the"))
        after_from = any(start - 1 == t + 1 and table.lower[t + 1] == "from" for t in at)
        before_noun = mentions[last].end in at
        if after_from or before_noun:
            out += [c.code for c in mentions[k : last + 1] if c.code not in out]
    return out


def _past_group(table, sent, start: int) -> int:
    """Where a chain's introduction starts: before "partner nations including" (a group noun and an
    introducer right before the chain), else ``start`` itself."""
    lower = table.lower
    for intro in _INTRODUCERS:
        n = len(intro.split())
        if start - n > sent.start and " ".join(lower[start - n : start]) == intro:
            j = start - n
            while j - 1 > sent.start and lower[j - 1] in _GROUP_WORDS and start - n - j < 4:
                j -= 1
            return j
    return start


def listed_in_training_context(ctx, index: int, sent, trainer_nouns, is_training) -> list[str]:
    """The states of "instructors from A, B and C" in a sentence that names no training of
    Ukrainians, when one of the two sentences before it does (``is_training`` asks that of a
    sentence): "Training of Ukrainian recruits … will continue. Instructors from Canada, Denmark and
    Finland have joined the programme." Empty otherwise (no list, or no training told before)."""
    if "from" not in tokens(ctx.doc).lower[sent.start : sent.end]:
        return []
    listed = listed_trainers(ctx, sent, trainer_nouns)
    if not listed:
        return []
    return listed if any(is_training(ctx.sents[k]) for k in range(max(0, index - 2), index)) else []
