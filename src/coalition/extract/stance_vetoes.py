"""Not blocking a measure (ADJUDICATION.md, decision 38).

- Lifting a veto or an objection is support of the measure it lets through ("Slovakia lifted its
  objection", "dropped its veto"): the withdrawn opposition is read by ``stance_cues`` (an
  opposition cue after "lifted its").
- Not blocking, with no opt-out and no contrary view, is support ("Hungary did not block the
  final text", "would not stand in the way of Ukraine's EU membership"): the cues are support cues.
- Not blocking while opting out ("will not take part in the borrowing; they agreed not to block
  it", "will not stand in the way …, but no Hungarian personnel or money will go into it", a
  constructive abstention told in the next sentence) gives only the opt-out, which the other cues
  read as the state's `oppose` or `declined`: the not-blocking adds nothing (``opted_out``).
- Where the article gives the state's own view of the measure, that view is its stance and the
  not-blocking adds none (``without_contrary``).

Words are in positions.json ("not_blocking").
"""

from __future__ import annotations

from coalition.extract.clause_groups import _padded
from coalition.extract.context import has_phrase, vocab
from coalition.extract.stance_partners import in_quotation

_WORDS = vocab("positions")["not_blocking"]
CUES = frozenset(_WORDS["cues"])
OPT_OUTS = _WORDS["opt_outs"]
CONTRARY = frozenset(("oppose", "conditional"))
THIRD_PERSONS = frozenset(("he", "she", "they"))
# the words that end a not-blocking cue or name a withdrawn opposition ("lifted its objection"):
# a sentence with none of them lets nothing through
LAST_WORDS = frozenset(c.split()[-1] for c in CUES) | frozenset(_WORDS["withdrawn_nouns"])


MEASURES = frozenset(_WORDS["blockable_targets"])


def note_measures(measures: dict, hits, n: int) -> None:
    """Count in ``measures`` (target -> (sentences naming it, last of them)) each of sentence
    ``n``'s target ``hits`` ((position, target) pairs) that a state can block or veto (a sanctions
    package, a loan, a membership), not a proposal or a plan."""
    for target in {t for _, t in hits if t in MEASURES}:
        measures[target] = (measures.get(target, (0, 0))[0] + 1, n)


def story_measure(measures: dict) -> str | None:
    """The measure named in most sentences so far, the latest on a tie: what the story is about
    ("EU adopts 18th package of sanctions …", not the frozen assets named once in the background)."""
    return max(measures, key=measures.get) if measures else None


def lets_through(present: frozenset) -> bool:
    """Whether a sentence's words ``present`` may tell a measure let through: a not-blocking cue or
    a veto or objection (withdrawn, as ``stance_cues`` reads it)."""
    return not LAST_WORDS.isdisjoint(present)


def opted_out(ctx, n: int, padded: str, cue: str | None) -> bool:
    """Whether ``cue`` is a not-blocking cue of sentence ``n`` (padded lower-case ``padded``) whose
    state opts out of the measure in that sentence or the next, or that a quotation tells of
    someone else ("in the end he decided he would not stand in the way," Mr Varadkar said: the
    not-blocking is the other leader's, and the speaker holds no position by telling it)."""
    if cue not in CUES:
        return False
    before = padded[: padded.find(" " + cue + " ")].split()[-3:]
    if not THIRD_PERSONS.isdisjoint(before) and in_quotation(ctx, ctx.sents[n]):
        return True
    if has_phrase(padded.replace(" n't ", " not "), OPT_OUTS):
        return True
    sents = ctx.sents
    return n + 1 < len(sents) and has_phrase(_padded(sents[n + 1]).replace(" n't ", " not "), OPT_OUTS) is not None


def main_reading(text: str, stance, cue, read) -> tuple:
    """``(stance, cue)`` read again (by ``read``) without the clause's ", which …," asides, when
    that reading is a not-blocking: the aside describes the state ("which also depends on Russian
    pipeline energy"), the main clause tells what it did."""
    if " , which " not in text:
        return stance, cue
    stripped = text
    while " , which " in stripped:
        at = stripped.find(" , which ")
        end = stripped.find(" , ", at + 9)
        if end < 0:
            return stance, cue
        stripped = stripped[:at] + stripped[end:]
    again = read(stripped)
    return again if again[1] in CUES else (stance, cue)


def without_contrary(facts: list, not_blocking: set) -> list:
    """``facts`` less the supports read from a not-blocking cue (``not_blocking`` holds their
    (actor, evidence start)) whose actor holds an opposing or conditional stance on the same target
    elsewhere in the article: its own view is its position."""
    if not not_blocking:
        return facts
    contrary = {(f.actor, f.target) for f in facts if f.stance in CONTRARY}
    return [f for f in facts if not (f.stance == "support" and (f.actor, f.evidence.start) in not_blocking
                                     and (f.actor, f.target) in contrary)]


__all__ = ["CUES", "lets_through", "main_reading", "note_measures", "story_measure", "opted_out", "without_contrary"]
