"""Items bought with a sum told before are no pledge of their own: "The remaining $2.4bn will flow
through USAI. That tranche will buy additional air defense and munitions". The subject is the earlier
money ("that tranche", "this money", "the rest"), so the items are its contents, carried by the
commitment of that sum; a donor as the subject ("Britain will buy drones") is a pledge and stays."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must"})
_AUX = frozenset({"will", "would", "could", "can", "is", "are", "was", "were", "has", "have", "had", "also", "be", "used", "to", "then", "now"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    return (frozenset(words["money_subject_determiners"]), frozenset(words["money_subject_nouns"]),
            frozenset(words["money_subject_verbs"]))


def bought_with_money_told_before(doc, sent: Span, first: int) -> bool:
    """Whether the clause before the items at ``first`` has an earlier sum as the subject of a verb of buying."""
    dets, nouns, verbs = _words()
    lower = tokens(doc).lower
    lo = max(sent.start, first - 20)
    window = lower[lo:first]
    if nouns.isdisjoint(window) or verbs.isdisjoint(window):
        return False  # the cheap test first
    table = tokens(doc)
    for k in range(first - 1, lo - 1, -1):
        # a list's commas are read past ("buy air defense, drones and munitions"), but not another
        # clause's verb or actor ("…, and Germany will send tanks")
        if lower[k] in (";", ":") or lower[k] in _MODALS or table.ent[k] in ("COUNTRY", "ORG", "PERSON", "COMPANY"):
            return False
        if lower[k] not in verbs:
            continue
        j = k - 1
        while j >= lo and lower[j] in _AUX:
            j -= 1
        if j < lo or lower[j] not in nouns:
            return False
        d = j - 1
        while d >= sent.start and d > j - 3 and lower[d] not in dets and lower[d].isalpha():
            d -= 1
        return d >= sent.start and lower[d] in dets and (d == sent.start or lower[d - 1] in (",", ";", ":", "and", "but", "said", "that", "while", "\"", "“"))
    return False
