"""A verb of proposing that reports what the speaker's own side will do is speech, not a proposal.

"Zelensky declared that Ukraine would not support the three-day truce suggested by Russia":
"declared", one of the proposal verbs ("Putin declared a truce"), here opens reported speech whose
subject is the speaker's own state, and made the Ukrainian president a proposer of Russia's truce.
When the verb is followed by "that" (or a colon) and the first actor named after it is the speaker's
own side, and the reported clause holds a refusal ("would not support", "rejected"), the clause says
what that side does with another's truce: its answer, read at that actor. The speaker then proposes
nothing at the verb. Without a refusal the verb stays a proposal ("Putin announced that Russia would
observe a three-day truce", where "observe" is also an acceptance word).
"""

from __future__ import annotations

_REACH = 3  # words between "that" and the side named as its subject ("that the Ukrainian side")


def reports_own_side(lower, mentions, code: str, verb_start: int, end: int, verb: str, words, code_of) -> bool:
    """Whether the proposal verb ``verb`` at ``verb_start`` opens reported speech about ``code``'s own side."""
    first = verb.split()[0]
    at = next((k for k in range(verb_start, min(end, verb_start + 4)) if lower[k] == first), None)
    if at is None or at + 1 >= end or lower[at + 1] not in words["speech_complements"]:
        return False
    subject = next((n for n in mentions if at + 1 < n.start <= at + 1 + _REACH), None)
    return subject is not None and code_of(subject) == code
