"""Who a speaker stands beside is no giver of what the speaker's state gives (twelfth session).

"Speaking in Oslo alongside his Norwegian counterpart, Mateusz Morawiecki said Poland supplied Kyiv
with defensive weapons": "alongside" before a state's name (or its demonym) read as "Norway pledged
X, together with the United States", a second giver of the same aid. Here it names the company the
speaker appears in ("Speaking alongside Alexander Lukashenko", "told reporters alongside Zelensky",
"standing next to Poland's president"), not a partner in the gift.

A state named after "alongside", "together with", "next to" or "beside" is such a companion when a
verb of speaking or appearing comes just before that word, or when the name is a demonym before a
person's title ("his Norwegian counterpart", "the Danish prime minister").
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens

_BESIDE = frozenset({"alongside", "beside", "with", "next"})
_APPEARING = frozenset({"speaking", "spoke", "standing", "stood", "appearing", "appeared", "sitting", "seated", "talking",
                        "reporters", "journalists", "conference", "said", "says", "told", "tells"})
# Titles after a demonym that make it a person's ("his Norwegian counterpart"), not a state.
_TITLES = frozenset({"counterpart", "counterparts", "minister", "president", "prime", "premier", "chancellor", "leader",
                     "host", "hosts", "colleague", "colleagues", "opposite", "king", "foreign", "defence", "defense"})


def beside_speaker(ctx, sent: Span, code: str) -> bool:
    """Whether a mention of ``code`` in ``sent`` names a speaker's companion, not a co-giver (the
    place of speaking may name the same state: "Speaking in Oslo alongside his Norwegian counterpart")."""
    table = tokens(ctx.doc)
    lower = table.lower
    found = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG")) if m.code == code]
    return any(_companion(lower, sent, m) for m in found)


def _companion(lower, sent: Span, m) -> bool:
    j = m.start - 1
    while j > sent.start and lower[j] in ("his", "her", "their", "the", "its"):
        j -= 1
    if j <= sent.start or lower[j] not in _BESIDE and not (lower[j] == "to" and lower[j - 1] == "next"):
        return False
    if lower[j] == "to":
        j -= 1
    if lower[j] == "with" and lower[j - 1] == "together":
        j -= 1
    before = lower[max(sent.start, j - 4) : j]
    after = lower[m.end] if m.end < sent.end else ""
    return any(w in _APPEARING for w in before) or after in _TITLES
