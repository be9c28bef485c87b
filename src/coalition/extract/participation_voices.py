"""Two wordings in which a clause about sending forces states nobody's part in a mission, although
its words carry a status cue (words in ``data/participation_voices.json``):

- a possibility floated by someone else: "the US envoy suggested that Poland could join a
  stability force", "Moscow's spokeswoman warned that deploying a NATO contingent could lead to
  escalation", "a former ambassador speculated that Warsaw might send soldiers", "press reports
  that the US would allegedly back the plan". A country named only after the verb is the subject
  matter of someone else's claim; its own answer is not given (``floated``).
- an answer withheld: "Macron declined to specify which nations had committed or how many troops
  might be deployed". The refusal is of a question, not of a part; the rest of the clause after
  the withheld question is read again (``without_withheld``).

And one wording in which a refusal and an offer side by side are no condition: "may play a key
role in moving other countries' contingents, but will not send its own soldiers". The offer is
help to others' forces; "its own" after the refusal marks the contrast with them, so the
state's answer on its troops is a refusal, not a conditional one (``refuses_own``).

And a modal that tells what the force would do: "peacekeepers could in certain circumstances repel
Russian forces", "contributions could range from logistics to intelligence". Its subject is the
force or its parts with no owner named, so no state weighs anything (``force_modal_only``).

And a refusal with an exception: "will not deploy soldiers unless the United States provides air
cover", "would not be part of the mission if it is not involved in all consultations" name the
condition under which the state would take part, a conditional answer as "only if" is
(``refusal_with_exception``).
"""

from __future__ import annotations

from coalition.extract.context import tokens, vocab

_WORDS = vocab("participation_voices")
FLOATING = frozenset(_WORDS["floating_verbs"])
HEARSAY = tuple(" " + w + " " for w in _WORDS["hearsay"])
FORMER = frozenset(_WORDS["former"])
REFUSALS = tuple(" " + r + " to " for r in _WORDS["refusals"])
WITHHELD = tuple(w + " " for w in _WORDS["withheld_verbs"])
OWN = frozenset(_WORDS["own"])
MODALS = frozenset(_WORDS["modals"])
FORCE_SUBJECTS = frozenset(_WORDS["force_subjects"])
PLAIN_BEFORE = frozenset(_WORDS["plain_before"])
_EXCEPTIONS = _WORDS["exceptions"]
UNLESS = frozenset(_EXCEPTIONS["unless"])
IF = frozenset(_EXCEPTIONS["if"])
IF_NEGATIONS = frozenset(_EXCEPTIONS["negations"])
IF_REACH = int(_EXCEPTIONS["reach"])  # words from "if" to its "not": "if it is not involved"
OWN_REACH = 4  # words from the refusal cue to "own": "will not send its own soldiers"


def floated(ctx, sent, actors: list[str], text: str) -> set[str]:
    """Which of ``actors`` are named in ``sent`` only after another's verb of floating a
    possibility (and not before it, as the speaker: "Pistorius suggested that Germany may
    consider …" stays Germany's), or all of them when the clause is an unconfirmed account."""
    if any(h in text for h in HEARSAY):
        return set(actors)
    lower = tokens(ctx.doc).lower
    verb = next((i for i in range(sent.start, sent.end) if lower[i] in FLOATING), None)
    if verb is None:
        return set()
    # "former Polish ambassador … suggested": whoever is named after "former" speaks for no one
    former = next((i for i in range(sent.start, verb) if lower[i] in FORMER), None)
    mentions = ctx.mentions_in(sent.start_char, sent.end_char)
    before = [m for m in mentions if m.start < verb and (former is None or m.start < former)]
    if former is None and not before:
        return set()  # no one named before the verb: the actor may be its unnamed subject
    speakers = {m.stands_for for m in before}
    return {a for a in actors if a not in speakers}


def without_withheld(text: str) -> str | None:
    """``text`` (padded, lower case) without its withheld answer ("declined to specify which
    nations …", up to the next comma), or None when it has none."""
    for refusal in REFUSALS:
        at = text.find(refusal)
        while at >= 0:
            rest = text[at + len(refusal) :]
            if rest.startswith(WITHHELD):
                end = text.find(" , ", at + len(refusal))
                return text[:at] + (text[end:] if end >= 0 else " . ")
            at = text.find(refusal, at + 1)
    return None


def refuses_own(text: str, negative: str | None, conditional: str | None) -> bool:
    """Whether the refusal cue ``negative`` in ``text`` is followed within ``OWN_REACH`` words by
    "own" ("will not send its own soldiers") and no condition cue is in the clause (``conditional``
    is the one found, or None): "will not send its own troops unless …" stays conditional."""
    if not negative or conditional:
        return False
    at = text.find(" " + negative + " ")
    return at >= 0 and not OWN.isdisjoint(text[at + len(negative) + 2 :].split()[:OWN_REACH])


def force_modal_only(text: str, considering: list[str]) -> bool:
    """Whether the only considering cues in ``text`` (padded, lower case) are bare modals, each
    right after a force noun that has no owner before it ("…, peacekeepers could …"). A noun with
    a demonym or possessive before it ("Turkish troops could", "its soldiers may") is a state's."""
    split = text.split()
    modal_at = [i for i, w in enumerate(split) if w in MODALS]
    if not modal_at:
        return False
    for i in modal_at:
        if i < 2 or split[i - 1] not in FORCE_SUBJECTS or split[i - 2] not in PLAIN_BEFORE:
            return False
    rest = " ".join(w for i, w in enumerate(split) if i not in modal_at)
    return not any(" " + c + " " in " " + rest + " " for c in considering if c not in MODALS)


def refusal_with_exception(text: str, negative: str | None) -> bool:
    """Whether the refusal cue ``negative`` in ``text`` (padded, lower case) is followed in its
    clause by "unless" or by "if" with a negation within ``IF_REACH`` words."""
    if not negative:
        return False
    at = text.find(" " + negative + " ")
    if at < 0:
        return False
    after = text[at + len(negative) + 2 :].split()
    for i, w in enumerate(after):
        if w in (".", ";"):
            return False
        if w in UNLESS:
            return True
        if w in IF and not IF_NEGATIONS.isdisjoint(after[i + 1 : i + 1 + IF_REACH]):
            return True
    return False
