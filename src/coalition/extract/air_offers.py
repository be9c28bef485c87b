"""Help from the air floated beside ground troops ruled out: an open answer on the force.

"there would be none on the ground, but the United States could help by air", "described
air support as an option, while repeating that ground troops were off the table". The clause's
cue reads a refusal ("ruled out"), a weighing ("could") or a condition ("but …"), yet the state
names a part it may still take while excluding only its soldiers: it does not rule the force out,
which is decision 9's `open`. The ground troops are the excluded part.

Only help from the air itself counts: "air cover" asked of another state ("will not deploy
soldiers unless the US provides air cover") is that state's condition (``refusal_with_exception``
in ``participation_voices.py``), and neither does help that only others expect of the state
("officials expect Washington to offer air support"): decision 52 leaves its refusal standing.
Words in ``data/air_offers.json``.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, vocab

_WORDS = vocab("air_offers")
# A committed answer stays one ("will send ground troops and air support"); only these give way.
_READ_AS_OPEN = frozenset({"declined", "considering", "conditional"})


def air_only(status: str, clause: str, sentence: str) -> bool:
    """Whether the clause ``clause`` (padded, lower case) offers help from the air while its
    sentence ``sentence`` rules out (or leaves to others) the ground troops, so that its
    ``status`` is read as ``open``."""
    return (status in _READ_AS_OPEN and has_phrase(clause, _WORDS["air"]) is not None
            and has_phrase(sentence, _WORDS["ground"]) is not None
            and has_phrase(clause, _WORDS["others_expect"]) is None)
