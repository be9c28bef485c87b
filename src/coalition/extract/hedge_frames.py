"""Frames around a hedge or an exclusion that change what a clause about sending forces says.

The status cues (``participation_status.status_of``) read words, not who says them. Four
wordings that outlets use for troop questions turn a cue around; the words are in
``data/hedge_frames.json``:

- a possibility that is denied: "denied the US could have a non-combat role", "distanced
  themselves from any suggestion they might commit ground troops", "dismissed the idea that it
  would send soldiers". The modal is the thing denied, so the clause is a refusal, not a weighing.
- a reporter's question: "asked whether the United States could send trainers, said …". The
  hedge is the question's; the status comes from the rest of the clause (or there is none).
- an exclusion that is negated across an auxiliary: "should not be ruled out", "nothing can be
  ruled out", "nothing had been taken off the table", "no option is off the table". ADJUDICATION
  decision 9 reads "not ruled out" as `open`; the cue list knew only the adjacent forms.
- another's position restated after "commenting on / responding to X's statement that …": what
  follows is X's position told by the speaker, not the speaker's; the status comes from the clause
  before it (or there is none).
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, vocab

_WORDS = vocab("hedge_frames")
DENIALS = frozenset(_WORDS["denials"])
MODALS = frozenset(_WORDS["modals"])
REACH = int(_WORDS["reach"])
QUESTIONS = tuple(" " + q + " " for q in _WORDS["questions"])
NEGATIONS = frozenset(_WORDS["negations"])
AUXILIARIES = frozenset(_WORDS["auxiliaries"])
REPORTED_OPENERS = tuple(" " + o + " " for o in _WORDS["reported_openers"])
REPORTED_NOUNS = frozenset(_WORDS["reported_nouns"])
HEDGED = frozenset(("considering", "open", "conditional"))
EXCLUSIONS = tuple(e.split() for e in _WORDS["exclusions"])
NEGATED_NOUNS = frozenset(_WORDS["negated_nouns"])


def reframed_status(text: str, status: str, words: dict, status_of) -> str | None:
    """The status of the clause ``text`` (padded, lower case) once the frames above are read;
    ``status`` is what the cue words alone gave, ``status_of`` the function that gave it."""
    if status in HEDGED:
        cut = _question_at(text)
        if cut is not None:
            return status_of(cut, words)
        if _denied_modal(text.split()):
            return "declined"
    if status == "declined" and _negated_exclusion(text, words):
        return "open"
    cut = _reported_at(text)
    if cut is not None:
        return status_of(cut, words)
    return status


def _question_at(text: str) -> str | None:
    """``text`` without the reporter's question ("asked whether X could …", to the next comma),
    or None when it has none."""
    for q in QUESTIONS:
        at = text.find(q)
        if at >= 0:
            end = text.find(" , ", at + len(q))
            return text[:at] + (text[end:] if end >= 0 else " . ")
    return None


def _denied_modal(split: list[str]) -> bool:
    """A denial verb with a modal within ``REACH`` words after it, no full stop between."""
    for i, w in enumerate(split):
        if w in DENIALS:
            for v in split[i + 1 : i + 1 + REACH]:
                if v in (".", ";"):
                    break
                if v in MODALS:
                    return True
    return False


def _negated_exclusion(text: str, words: dict) -> bool:
    """"should not be ruled out", "nothing can be ruled out", "nothing had been taken off the table",
    "no option is off the table": a negation, then only auxiliaries, then an exclusion, and no other
    refusal left in the clause once it is taken out."""
    split = text.split()
    for i, w in enumerate(split):
        if w in NEGATIONS:
            start = i + 1
        elif w == "no" and i + 1 < len(split) and split[i + 1] in NEGATED_NOUNS:
            start = i + 2  # "no option was off the table": "nothing was"
        else:
            continue
        j = start
        while j < len(split) and split[j] in AUXILIARIES:
            j += 1
        for exclusion in EXCLUSIONS:
            if split[j : j + len(exclusion)] != exclusion:
                continue
            if j == i + 1 and exclusion[0] != "off":
                break  # "not ruled out" itself is a cue of its own (open_negated)
            rest = " " + " ".join(split[:i] + split[j + len(exclusion) :]) + " "
            return has_phrase(rest, words["cues"]["declined"]) is None
    return False


def _reported_at(text: str) -> str | None:
    """``text`` up to "commenting on X's statement that …", or None when it has no such opener."""
    found = reported_opener(text)
    return None if found is None else text[: found[0]] + " . "


def reported_opener(text: str) -> tuple[int, str] | None:
    """Where in ``text`` (padded, lower case) another's position is restated, and the opener found
    there: "…, commenting on the Czech president's statement that …" gives the place of " commenting
    on " and that opener. An opener counts only when a possessive and a word for what was said
    follow within five words; None when none does. misheld_stances.py reads the same frame."""
    for o in REPORTED_OPENERS:
        at = text.find(o)
        if at < 0:
            continue
        after = text[at + len(o) :].split()[:5]
        if ("'s" in after or "’s" in after) and not REPORTED_NOUNS.isdisjoint(after):
            return at, o
    return None
