"""A noun that names who receives, not what is given: "handed tanks over to Ukrainian forces".

Moved out of ``commitments.py`` (twelfth session) to read two more ways of writing the receiver:
"to the Ukrainian armed forces" (an adjective between the demonym and the noun) and "direct support
to Ukraine's armed forces" (the possessive as the tokenizer splits it, "Ukraine" then "'s"). Read as
items, "forces" gave false aid of its own ("… to be built in Slovakia and handed to the Ukrainian
armed forces, with the first guns due …": a second, delivered commitment of "forces" and "guns").
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens

_RECEIVERS = frozenset({"ukrainian", "ukraine's", "ukraine’s", "kyiv's", "kyiv’s"})
_POSSESSED = frozenset({"ukraine", "kyiv"})
# describing words between the receiver and its noun ("the Ukrainian armed forces")
_BETWEEN = frozenset({"armed", "own"})
# After the split possessive only nouns of the receiver's forces: "for Ukraine's air defence" is what is paid for.
_FORCES = frozenset({"forces", "force", "army", "troops", "soldiers", "military", "brigades", "units", "defenders"})


def recipient_noun(doc, sent: Span, i: int) -> bool:
    """Whether the noun at ``i`` follows "to/for (the) Ukrainian" or, for a noun of forces, "to/for
    Ukraine's" (a describing word between): it names who receives."""
    table = tokens(doc)
    j = i - 1
    if j > sent.start and table.lower[j] in _BETWEEN:
        j -= 1
    if j > sent.start + 1 and table.lower[j] in ("'s", "’s") and table.lower[j - 1] in _POSSESSED and table.lower[i] in _FORCES:
        j -= 1  # "Ukraine 's": the possessive as its own token
    elif j <= sent.start or table.lower[j] not in _RECEIVERS:
        return False
    j -= 1
    if j > sent.start and table.lower[j] == "the":
        j -= 1
    return table.lower[j] in ("to", "for")
