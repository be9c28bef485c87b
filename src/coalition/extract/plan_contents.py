"""A plan's contents are no party's position: "According to people briefed on it, the proposal would
freeze the fighting along the current front line … Ukraine would not join NATO." and "the authors
suggest that NATO membership be deferred … Kyiv would not be asked to cede territory formally" tell
what a draft says the parties would do, not what they said they would do.

A sentence is a plan's contents when it tells what would happen ("would", "would not") with no
speech verb and no quotation mark of its own, and either opens on "Under the plan" (or proposal,
draft, deal…) or follows, in the same paragraph, a sentence in which a plan noun is the subject of
"would" or "envisages" ("the proposal would freeze the fighting") or whose authors "suggest"/"propose".
The words are in positions.json ("plan_contents").
"""

from __future__ import annotations

from coalition.extract.context import doc_text, tokens, vocab

_WORDS = vocab("positions")["plan_contents"]
PLAN_NOUNS = frozenset(_WORDS["nouns"])
PLAN_VERBS = frozenset(_WORDS["verbs"])
SPEECH = frozenset(_WORDS["speech"])
QUOTES = frozenset('" “ ” ‘ ’'.split())
# how many words after a plan noun its verb may stand ("the 28-point proposal would")
VERB_REACH = 3


def plan_contents(ctx, n: int, present: frozenset[str]) -> bool:
    """Whether sentence ``n`` of the article (``present`` its words) tells a plan's contents."""
    if "would" not in present or not SPEECH.isdisjoint(present) or not QUOTES.isdisjoint(present):
        return False
    sent = ctx.sents[n]
    lower = tokens(ctx.doc).lower
    if lower[sent.start] == "under" and any(lower[k] in PLAN_NOUNS for k in range(sent.start + 1, sent.start + 4)):
        return True
    if n == 0:
        return False
    before = ctx.sents[n - 1]
    if "\n" in doc_text(ctx.doc)[before.end_char : sent.start_char]:
        return False  # another paragraph
    return _describes_plan(lower, before.start, before.end)


def _describes_plan(lower: list[str], a: int, b: int) -> bool:
    for i in range(a, b):
        if lower[i] in PLAN_NOUNS and any(lower[k] in PLAN_VERBS for k in range(i + 1, min(b, i + 1 + VERB_REACH))):
            return True
        if lower[i] in ("authors", "drafters") and i + 1 < b and lower[i + 1] in ("suggest", "propose", "envisage"):
            return True
    return False
