"""An opposition noun denied by "no" ("raised no objection to the final text").

The opposition cues hold the noun ("objection to"); a verb's negation ("did not oppose") is read by
``stance_cues._negated``, which looks for "not" and "never" only. "No" right before the noun denies
it in the same way: the clause is then read on with its other cues, and the not-blocking cues
("raised no objection", positions.json "not_blocking") make it support of the measure.

Words are in noun_negations.json.
"""

from __future__ import annotations

from coalition.extract.context import vocab

NOUNS = frozenset(vocab("noun_negations")["nouns"])


def denied_noun(cue: str, text: str) -> bool:
    """Whether opposition ``cue`` opens on a noun of ``NOUNS`` that "no" stands right before in
    the padded lower-case ``text`` ("raised no objection to the plan")."""
    words = cue.split()
    if not words or words[0] not in NOUNS:
        return False
    at = text.find(" " + cue + " ")
    return at >= 0 and text[:at].split()[-1:] == ["no"]
