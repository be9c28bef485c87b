"""A refusal "until" a stated condition is conditional (ADJUDICATION.md decision 54).

"Warsaw would not accept Ukraine's entry into the EU until the grain dispute was settled", "Hungary
refused to back the package until OTP Bank was taken off the list": the holder says what would make
it agree, like "unless" or "only if", so the refusal the cues read is `conditional`, with the clause
after "until" as the condition. Three readings stay `oppose`:

- an "until" that names only a time ("would not send jets until the end of the year", "until 2027",
  "until after the elections"): the refusal has an end but no condition (``times`` in
  until_conditions.json);
- an "until" after a verb of keeping ("our ban stays until we are sure", "the assets remain blocked
  until Moscow pays"): it ends the thing kept, which is decision 35's class, not a refusal's way out;
- a refusal to lift or ease sanctions ("will not lift the sanctions until Russia withdraws"): decision
  35 makes it `support` of the sanctions (``stance_kept_sanctions.py``), which reads the `oppose`.

Read on the clause text that ``stance_cues.stance`` reads (lower case, padded with spaces).
"""

from __future__ import annotations

from coalition.extract.context import vocab
from coalition.extract.stance_kept_sanctions import LIFTING, NOUNS

_WORDS = vocab("until_conditions")
UNTIL = frozenset(_WORDS["until"])
TIMES = frozenset(_WORDS["times"])
# words before the head of what follows "until": "until the end of…", "until at least 2027"
SKIP = frozenset(_WORDS["skip"])
KEEPING = frozenset(_WORDS["keeping"])
# where the words after "until" end
ENDS = frozenset(", . ; : — – - ( )".split())


def until_condition(text: str, cue: str) -> bool:
    """Whether the refusal ``cue`` in the clause ``text`` is followed by "until" and a condition
    that is not only a time, with no verb of keeping and no lifting of sanctions between them."""
    at = text.find(" " + cue + " ")
    if at < 0:
        return False
    after = text[at + len(cue) + 2:].split()
    k = next((i for i, w in enumerate(after) if w in UNTIL), None)
    between = cue.split() + after[:k] if k is not None else []
    if k is None or not KEEPING.isdisjoint(between):
        return False  # "must stay out of world sport until…": kept out, the cue's own verb keeps
    if not LIFTING.isdisjoint(between) and not NOUNS.isdisjoint(between):
        return False  # "will not lift the sanctions until…": support of the sanctions (decision 35)
    head = next((w for w in after[k + 1:] if w not in SKIP), None)
    if head is None or head in ENDS:
        return False
    return head not in TIMES and not any(ch.isdigit() for ch in head)


__all__ = ["until_condition"]
