"""The owner of a pause or a resumption named as a noun: "the United States' resumption of military
assistance", "Germany's suspension of deliveries", "Washington's freeze on aid".

Wording class: a state's possessive, a noun of halting or restarting, then "of"/"on"/"in" and the aid.
The aid is the possessor's, held back or restarted by it, even when the sentence's subject is someone
else ("Zelenskyy thanked the President for the United States' resumption of …") or the possessor sits
after "for" (which the donor finders read as a receiver). The nouns are ``pause_nouns`` of
``commitments.json``; Ukraine and Russia own no pause of aid ("Russia's suspension of the grain deal" is
no aid held back), and assets frozen are no pause (``frozen_things``, read by the stage finder).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

NOT_OWNERS = frozenset(("UKR", "RUS"))
POSSESSIVE_MARKS = frozenset(("'s", "’s", "'", "’"))
# words between the noun's preposition and the aid: "freeze on almost all foreign assistance"
_SKIPPABLE = frozenset(("the", "its", "their", "all", "almost", "nearly", "most", "of", "some", "further", "new", "us", "u.s."))


@lru_cache(maxsize=1)
def _pause_nouns() -> frozenset[str]:
    return frozenset(vocab("commitments")["pause_nouns"])


def pause_owner(ctx, sent: Span, first: int) -> str | None:
    """The state whose pause or resumption, as a possessed noun right before the aid at ``first``
    ("the United States' resumption of military assistance"), holds back or restarts that aid."""
    lower = tokens(ctx.doc).lower
    j = first - 1
    while j > sent.start and lower[j] in _SKIPPABLE and lower[j] != "of":
        j -= 1
    if j - 2 < sent.start or lower[j] not in ("of", "on", "in", "to"):
        return None
    noun = j - 1
    if lower[noun] not in _pause_nouns() or lower[noun - 1] not in POSSESSIVE_MARKS:
        return None  # the cheap test first: no possessed noun of halting, no owner
    mark = noun - 1
    for m in ctx.mentions_in(ctx.doc[max(sent.start, mark - 4)].idx, ctx.doc[mark].idx, ("COUNTRY", "ORG")):
        if m.end == mark and m.stands_for and m.code not in NOT_OWNERS and m.stands_for not in NOT_OWNERS:
            return m.stands_for
    return None
