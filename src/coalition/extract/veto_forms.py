"""More ways a state is told holding up money another gives; it is not that money's donor.

blockers.py reads "X (has) blocked/vetoed …" and "blocked by X"; consent_refusals.py "X refused to
endorse", "X did not allow". Outlets also write the veto as an intent ("Hungary's plan to veto
financial assistance for Ukraine", "Budapest's threat to block the tranche") and the withheld
consent as a negated agreement to a payment, often with a pronoun for the state named earlier in
the sentence ("The Hungarian government confirmed that it does not agree to the payment of a new
tranche of €500m"). "Germany did not agree to send jets" (a verb after "to": one's own aid) is left
alone. The actors found here join those the two modules find, and are moved the same way.
Words in ``data/veto_forms.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in vocab("veto_forms").items() if not k.startswith("_")}


def intent_blockers(ctx: ArticleContext, sent: Span, verbs: frozenset[str]) -> set[str]:
    """Actors named before "'s plan / threat to veto / block": "Hungary's plan to veto the aid"."""
    w = _words()
    lower = tokens(ctx.doc).lower
    found: set[str] = set()
    for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
        j = m.end
        if j < sent.end and lower[j] in ("'s", "’s"):
            j += 1
        if (m.stands_for and j + 2 < sent.end and lower[j] in w["intent_nouns"] and lower[j + 1] == "to"
                and lower[j + 2] in verbs):
            found.add(m.stands_for)
    return found


def payment_refusers(ctx: ArticleContext, sent: Span) -> set[str]:
    """Actors withholding agreement to a payment: "X / it does not agree to the payment of …"."""
    w = _words()
    lower = tokens(ctx.doc).lower
    if w["agree_verbs"].isdisjoint(lower[sent.start:sent.end]):
        return set()  # cheap exit
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")) if m.stands_for]
    found: set[str] = set()
    for i in range(sent.start, sent.end - 4):
        if not (lower[i] in w["auxiliaries"] and lower[i + 1] in w["negators"] and lower[i + 2] in w["agree_verbs"]
                and lower[i + 3] == "to"):
            continue
        k = i + 4
        if k < sent.end and lower[k] in ("the", "a", "an", "any", "this", "that", "its"):
            k += 1
        if k < sent.end and lower[k] in ("new", "next", "further", "latest"):
            k += 1
        if k >= sent.end or lower[k] not in w["payment_nouns"]:
            continue
        subject = i - 1
        direct = [m for m in mentions if m.end == subject + 1]
        if direct:
            found.add(direct[0].stands_for)
        elif subject >= sent.start and lower[subject] in w["pronouns"]:
            before = {m.stands_for for m in mentions if m.end <= subject}
            if len(before) == 1:
                found |= before  # "The Hungarian government confirmed that it does not agree to …"
    return found
