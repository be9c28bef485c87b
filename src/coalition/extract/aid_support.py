"""Support told with its means is aid, not a position: "Austria also supports humanitarian demining
in Ukraine … through the Austrian Development Agency", "will continue to help keep the jets flying,
including through the supply of spare parts and support for maintenance", "would back the project
with money". Outlets write a donor's programme with the words of a stance ("supports", "backs",
"support for"); the means named in the same clause (a development agency, money or funding, the
supply of goods) shows that the support is something given, which the commitment rules read, and
that no position on a proposal is taken. The means are in positions.json ("aid_means").
"""

from __future__ import annotations

from coalition.extract.context import has_phrase, vocab

_WORDS = vocab("positions")["aid_means"]
MEANS = tuple(_WORDS["means"])
# the words every means phrase holds one of: a clause with none of them is not tested further
KEYS = frozenset(_WORDS["keys"])


def support_as_aid(text: str, stance: str) -> bool:
    """Whether a support in a clause's padded lower-case ``text`` is aid told with its means."""
    if stance != "support" or KEYS.isdisjoint(text.split()):
        return False
    return has_phrase(text, MEANS) is not None
