"""A company as the subject of the clause that gives the items supplies them; no state gives them
there: "Romania has offered to host a training centre, where the Dutch air force would base F-16s
and Lockheed Martin would provide instructors and maintenance". The state named in another clause (a
host, a base, a partner) is not the payer (adjudication 21: a company's instructors make the company
the supplier; hosting alone is no commitment). A sentence that says a state pays or orders ("under a
contract with Britain, BAE Systems will supply …") keeps the items."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import has_phrase, lower_text, tokens, vocab

# Words between the company and the items: a modal or auxiliary, then the verb of giving.
_AUX = frozenset({"will", "would", "could", "can", "is", "are", "was", "were", "has", "have", "had", "also", "to", "be", "then", "now"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[str, ...]]:
    words = vocab("commitments")
    return frozenset(words["company_subject_openers"]), tuple(words["company_commission_cues"])


def company_supplies(ctx, sent: Span, first: int) -> bool:
    """Whether the items at ``first`` are given by a company that opens its own clause, with no word
    in the sentence saying a state pays for or orders them."""
    table = tokens(ctx.doc)
    lo = max(sent.start, first - 8)
    companies = ctx.mentions_in(table.idx[lo], table.idx[first], ("COMPANY",))
    if not companies:
        return False  # the cheap test first: no company just before the items
    m = companies[-1]
    between = table.lower[m.end:first]
    if not between or len(between) > 4 or any(w not in _AUX for w in between[:-1]):
        return False  # "Lockheed Martin would provide": an auxiliary or two, then the verb
    if between[-1] in _AUX or not between[-1].isalpha():
        return False
    openers, cues = _words()
    if m.start == sent.start or table.lower[m.start - 1] not in openers:
        return False  # "a deal with Anduril to supply": the company is no subject (one opening the sentence is left to the context)
    if ctx.mentions_in(table.idx[m.start], table.idx[first], ("COUNTRY", "ORG")):
        return False
    return not has_phrase(lower_text(sent), cues)
