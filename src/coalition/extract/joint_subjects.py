"""A sum an unnamed group pays "jointly" or "together" has no donor.

"Three Nordic governments said they would jointly pay for a package of American weapons for Ukraine
worth about $500 million", "The Nordic and Baltic members of Nato will jointly finance a further $500m
of American military equipment": the givers are a group named by a common noun, so the nearest actor
the donor finders take is the demonym on what is bought ("American", the seller), or nothing.
``donors._collective_subject`` reads a group noun only right before the verb; here the adverb of joint
giving says the subject is several payers wherever the group noun stands before it (adjudication 18:
a gift paid by several governments without a split has ``donor: null``). A group whose members are
named ("Sweden, Norway and Denmark will jointly fund") is left to the joint-gift rules, which record
each payer; an actor after "of" ("members of Nato") only says whose members they are.
Words in ``data/joint_subjects.json``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, tokens, vocab
from coalition.extract.donors import NOT_DONORS, _trigger_set


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    words = {k: frozenset(v) for k, v in vocab("joint_subjects").items() if not k.startswith("_")}
    words["groups"] = frozenset(vocab("commitments")["collective_donors"])
    return words


def joint_group_pays(ctx: ArticleContext, sent: Span, i: int) -> bool:
    """Whether the amount at token ``i`` is paid jointly by a group named only by a common noun."""
    w = _words()
    lower = tokens(ctx.doc).lower
    adverb = next((a for a in range(i - 1, sent.start, -1) if lower[a] in w["joint_adverbs"]), None)
    if adverb is None:
        return False  # the cheap test first
    triggers = _trigger_set()
    if not any(lower[k] in triggers for k in range(adverb + 1, min(i, adverb + 4))):
        return False  # "together with Denmark": no verb of giving after the adverb
    if w["groups"].isdisjoint(lower[sent.start:adverb]):
        return False
    table = tokens(ctx.doc)
    for m in ctx.mentions_in(sent.start_char, table.idx[adverb], ("COUNTRY", "ORG", "PERSON")):
        if m.stands_for in NOT_DONORS:
            continue
        if m.start > sent.start and lower[m.start - 1] in w["member_links"]:
            continue  # "the Nordic and Baltic members of Nato": whose members they are
        return False  # a named giver: the joint-gift rules record it
    return True
