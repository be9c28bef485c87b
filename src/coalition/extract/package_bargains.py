"""Terms sought for letting a measure through (wording class: a state holding up a sanctions package
or a loan until it gets guarantees, exemptions or a change elsewhere). "Fico used that leverage to
seek written guarantees on gas prices", "Slovakia and the Czech Republic had asked for longer
transition periods", "Athens had refused to sign off until Kyiv removed Greek shipping companies
from its list" (dev 127, 362, 406, 422): the state's `conditional` stance on the measure the story
is about, also when the sentence names no measure of its own. Made-up example: "Malta sought written
guarantees for its shipping firms before the vote." in a story about the EU's 20th sanctions package.

The phrases are conditional cues in positions.json ("stance_verbs", "conditional"); the ones listed
here ("bargains") also bind a sentence without a target to the story's measure, as a not-blocking
does (``stance_vetoes.story_measure``, decision 38); with no such measure they have no object of
their own ("sought written guarantees for its shipping firms" is no position on the firms).
"""

from __future__ import annotations

from coalition.extract.context import _indexed, has_phrase, vocab

BARGAINS = tuple(vocab("positions")["not_blocking"]["bargains"])
# a word each phrase holds, so that most sentences are passed over with a set look-up: the words
# has_phrase keeps the list indexed by ("sign" for "sign off until")
KEYS = _indexed(BARGAINS)[1]


def seeks_terms(present: frozenset[str], padded: str) -> bool:
    """Whether a sentence (its words ``present``, its padded lower-case text ``padded``) tells terms
    sought for letting a measure through."""
    return not KEYS.isdisjoint(present) and has_phrase(padded, BARGAINS) is not None
