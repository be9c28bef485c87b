"""Aid given by a pooled scheme: "The Czech-led initiative has delivered 850,000 rounds", "The
initiative, funded by about 15 partner countries, delivered 1.5 million rounds". A scheme that one
state leads and several fund is no one's gift (adjudication 18): neither its lead nor the article's
main actor is the donor, and the aid is one commitment without a donor.

Only a scheme that opens its clause as the subject counts, and only with a word that says it is
pooled: led by someone ("X-led") or funded by an unnamed group ("funded by partner countries"). A
scheme named after its giver's own money ("Germany's fund") or with named payers is left to the
donor rules."""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens

# How far into its sentence the scheme may open the clause ("PRAGUE — The Czech-led initiative").
_OPENING_WINDOW = 10
# How far after the funding verb the unnamed group may come ("funded by about 15 partner countries").
_GROUP_WINDOW = 5


def pooled_subject(ctx: ArticleContext, sent: Span, first: int, words: dict) -> bool:
    """Whether a pooled scheme is the subject that gives the items at token ``first``."""
    table = tokens(ctx.doc)
    lower = table.lower
    nouns = words["pooled_scheme_nouns"]
    at = next((j for j in range(sent.start, min(first, sent.start + _OPENING_WINDOW)) if lower[j] in nouns), None)
    if at is None:
        return False
    led = at - 2 >= sent.start and lower[at - 1] in words["pooled_scheme_participles"] and table.text[at - 2] in ("-", "–")
    head = at - 4 if led else at - 1  # "the Czech - led initiative"
    if head < sent.start or lower[head] != "the":
        return False  # "Germany's fund", "a scheme": not a scheme the article names as the subject
    if ctx.mentions_in(table.idx[at], table.idx[first], ("COUNTRY", "ORG", "PERSON")):
        return False  # "the initiative, funded by Germany and Denmark, …": named payers, the joint-gift rules
    if led:
        return True
    for j in range(at + 1, first - 1):
        if lower[j] in words["pooled_scheme_participles"] and lower[j + 1] == "by":
            return any(w in words["collective_donors"] for w in lower[j + 2 : min(first, j + 2 + _GROUP_WINDOW)])
    return False
