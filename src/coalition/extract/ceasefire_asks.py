"""How a truce is asked for and agreed, read for ``ceasefire_parties.py`` (twenty-first session).

- "asked for" proposes, except in a relative clause that names which truce ("a pause in strikes
  that U.S. President Donald Trump had asked for"): ``relative_subject``;
- a channel between commas right after the verb ("Kyiv has asked, through the International
  Committee of the Red Cross, for a humanitarian corridor") is no party and does not hide the verb's
  object: ``channel_aside``;
- a corridor or route told as agreed with no party named ("along an agreed green corridor", "a
  corridor from Izium to Lozova had been agreed") was agreed by both warring sides (decision 4):
  ``agreed_without_parties``.
"""

from __future__ import annotations

from coalition.extract.context import has_phrase

CHANNELS = frozenset({"through", "via"})
_AGREED = frozenset({"agreed", "confirmed"})
_ARRANGEMENT_NOUNS = frozenset({"corridor", "corridors", "route", "routes", "passage"})


def agreed_without_parties(lower, start: int, end: int, clause_text: str, words) -> bool:
    """Whether the clause tells a corridor, route or passage as agreed or confirmed, no party named
    with the agreement (the caller has found no proposer, answer or speaker)."""
    return (not _AGREED.isdisjoint(lower[start:end]) and not _ARRANGEMENT_NOUNS.isdisjoint(lower[start:end])
            and bool(has_phrase(clause_text, words["agreed_arrangement_cues"])))


ASKED_FOR = frozenset({"asked for", "asks for", "asking for"})
RELATIVES = frozenset({"that", "which", "what", "whom"})


def relative_subject(tk, m, start: int) -> bool:
    """Whether the actor ``m`` is the subject of a relative clause: "that", "which" or "what" right
    before it or before its title ("that U.S. President Donald Trump had asked for")."""
    for k in range(m.start - 1, max(start, m.start - 5) - 1, -1):
        if tk.lower[k] in RELATIVES:
            return True
        if not tk.title[k]:
            return False
    return False


def channel_aside(lower, verb_start: int, upto: int) -> tuple[int, int] | None:
    """(first, after last) token of ", through …," or ", via …," right after the verb (one or two
    tokens after the clause's actor), at most twelve tokens long; None when there is none."""
    for k in range(verb_start, min(upto - 2, verb_start + 3)):
        if lower[k] == "," and lower[k + 1] in CHANNELS:
            close = next((j for j in range(k + 2, min(upto, k + 14)) if lower[j] == ","), None)
            return (k, close + 1) if close is not None else None
    return None
