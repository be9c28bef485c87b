"""A warring side's condition told of a truce it has answered is that answer, whatever target the
stance rules gave it. The words are in ``data/truce_conditions.json``.

"The Kremlin said the arrangement would take effect only once the restrictions on its farm bank were
lifted", "Russia would go back into the deal only once the West kept its promises on fertiliser",
"Moscow would agree to a full ceasefire only if the deliveries stopped": the ceasefire rules record
the side's conditional answer to the truce, and the stance rules read the same condition again as a
`conditional` stance, on whatever target the sentence or the last one named ("the arrangement" read as
a force, the deliveries read as military aid). ADJUDICATION.md decision 3: a party's answer to a
ceasefire proposal is recorded only in the ceasefire's ``responses``. So a warring side's
`conditional` stance is dropped when a ceasefire fact of the article records that side's conditional
answer and the stance's sentence names the truce ("ceasefire", "truce") or stands for it ("the
arrangement", "the deal") before the words that open the condition ("only", "if", "once"). Dev 103,
110, 426.

A condition on something else ("a meeting of the two presidents could take place only once
negotiators agree", "would accept the peace plan only if …") names no truce and stays; so do the
side's other values, and the conditions of a state the truce does not bind.
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("truce_conditions")
TRUCE_WORDS = frozenset(_WORDS["truce_words"])
ANAPHORS = tuple(f" {p} " for p in _WORDS["truce_anaphors"])
CONDITIONS = frozenset(_WORDS["condition_words"])
SIDES = frozenset(vocab("ceasefires")["belligerents"])  # read once, not per article


def without_truce_conditions(facts: list) -> list:
    """``facts`` without the warring sides' conditional stances that repeat their conditional answer
    to a truce."""
    answered = {r.actor for f in facts if f.kind == "ceasefire" for r in f.responses
                if r.actor in SIDES and r.response == "conditional"}
    if not answered:
        return facts
    return [f for f in facts if not (f.kind == "stance" and f.actor in answered and f.stance == "conditional"
                                     and _truce_before_condition(f.evidence.text))]


def _truce_before_condition(text: str) -> bool:
    """Whether the sentence names the truce, or a phrase that stands for it, before a condition word."""
    words = " ".join(text.lower().replace(",", " , ").replace("\u201c", " ").replace('"', " ").split()).split()
    condition = next((i for i, w in enumerate(words) if w in CONDITIONS), None)
    if condition is None:
        return False
    before = words[:condition]
    if not TRUCE_WORDS.isdisjoint(before):
        return True
    padded = " " + " ".join(before) + " "
    return any(p in padded for p in ANAPHORS)
