"""An answer on sending forces told as a noun: "Finland showed its readiness to send troops",
"Estonia confirmed its readiness to deploy soldiers once the guns fall silent", "Lisbon signalled its
willingness to contribute troops", "voiced its unwillingness to deploy soldiers".

The participation cues are adjectives and verbs ("ready to send", "willing to contribute", "unwilling
to"); outlets, translated ones above all, write the same answer with the adjective's noun after a verb
of saying or showing, or after an owner ("Lisbon's readiness to contribute troops"). Each cue that opens
with an adjective of ``nominal_forms`` (positions.json, "expressed_stances") and goes on with "to" is
read in its noun form too, with the same status, after an opener of ``nominal_openers``: "ready to
send" (committed) also as "its readiness to send", "showed readiness to send"; "unwilling to"
(declined) also as "their unwillingness to". Cues that do not open with the adjective
("not ready to", "is ready") have no noun form ("not readiness to" is no English).
"""

from __future__ import annotations

from coalition.extract.context import vocab

NOMINAL = vocab("positions")["expressed_stances"]["nominal_forms"]
# what may open the noun: the holder's own possessive ("confirmed its readiness to send") or, with no
# possessive, a verb of saying or showing ("showed readiness to send"). Not another's possessive or
# an attributive name ("welcomed Trump's readiness to", "called the US willingness to take part a
# breakthrough"): the owner is told inside someone else's words, and the status is theirs to give.
OPENERS = vocab("positions")["expressed_stances"]["nominal_openers"]

_CACHE: list = [None, None]


def nominal_cues(cues: dict) -> dict:
    """``cues`` (status -> phrases) with each adjective cue's noun form added to its status; read once
    per cue table."""
    if _CACHE[0] is cues:
        return _CACHE[1]
    out = {}
    for status, phrases in cues.items():
        extra = []
        for p in phrases:
            first, _, rest = p.partition(" ")
            noun = NOMINAL.get(first)
            if noun and (rest == "to" or rest.startswith("to ")):
                extra += [f"{opener} {noun} {rest}" for opener in OPENERS]
        out[status] = list(phrases) + [e for e in extra if e not in phrases]
    _CACHE[:] = [cues, out]
    return out
