"""A verb of proposing that reports what the speaker's own side will do is speech, not a proposal.

"Zelensky declared that Ukraine would not support the three-day truce suggested by Russia":
"declared", one of the proposal verbs ("Putin declared a truce"), here opens reported speech whose
subject is the speaker's own state, and made the Ukrainian president a proposer of Russia's truce.
When the verb is followed by "that" (or a colon) and the first actor named after it is the speaker's
own side, and the reported clause holds a refusal ("would not support", "rejected"), the clause says
what that side does with another's truce: its answer, read at that actor. The speaker then proposes
nothing at the verb. Without a refusal the verb stays a proposal ("Putin announced that Russia would
observe a three-day truce", where "observe" is also an acceptance word). :func:`reports_own_side`
reads the reported speech and its subject; ceasefire_parties.py reads the refusal in it.
"""

from __future__ import annotations

_REACH = 3  # words between "that" and the side named as its subject ("that the Ukrainian side")


def reports_own_side(lower, mentions, code: str, verb_start: int, end: int, verb: str, words, code_of) -> bool:
    """Whether the proposal verb ``verb`` opens reported speech whose subject is ``code``'s own side.

    The verb's first word is looked for in the four tokens from ``verb_start``; it must be followed
    by "that" or a colon (speech_complements), and the first actor named within three tokens after
    that must be ``code`` (as ``code_of`` reads a mention). "Zelensky declared that Ukraine would not
    back the two-day pause offered by Moscow", read for Ukraine at "declared": True. "Zelensky
    declared that Russia had broken the pause" (another side) and "Putin declared a two-day truce"
    (no reported speech): False. Whether the reported clause refuses, which alone makes the verb no
    proposal, is the caller's test (ceasefire_parties.py).
    """
    first = verb.split()[0]
    at = next((k for k in range(verb_start, min(end, verb_start + 4)) if lower[k] == first), None)
    if at is None or at + 1 >= end or lower[at + 1] not in words["speech_complements"]:
        return False
    subject = next((n for n in mentions if at + 1 < n.start <= at + 1 + _REACH), None)
    return subject is not None and code_of(subject) == code
