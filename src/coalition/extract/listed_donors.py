"""Donors named as examples of a group: "Several allies, including Belgium, Spain and Norway, have
promised tanks". The chain after "including" / "such as" / "among them" is set off by commas as an
apposition to the group that is the clause's subject; each actor it names gives the items, not only
the one the donor finder picked out of the chain.

Kept apart from ``donors.py`` (at its size limit); the words live in ``data/commitments.json``
under ``listed_donors``.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, _lower, has_phrase, tokens, vocab
from coalition.extract.donors import NOT_DONORS, _chain_end, _givers_of_chain


def _words() -> dict:
    return vocab("commitments")["listed_donors"]


def listed_givers(ctx: ArticleContext, sent: Span, i: int, donor: str) -> list[str]:
    """The other actors of an apposition chain "(group), including A, B and C, (verb)" that holds
    ``donor`` and ends before token ``i`` (the first item), followed by a comma and a verb of the
    clause. Without the closing comma and verb the chain may be an object ("aid to several states,
    including A and B") and nobody's donors."""
    doc = ctx.doc
    table = tokens(doc)
    words = _words()
    cues = words["example_cues"]
    # cheap test first: a cue word in the sentence before the items
    if not any(w in words["cue_first_words"] for w in table.lower[sent.start:i]):
        return []
    mentions = [m for m in ctx.mentions_in(sent.start_char, table.idx[i], ("COUNTRY", "ORG")) if m.code not in NOT_DONORS]
    for k, m in enumerate(mentions):
        before = _lower(doc, max(sent.start, m.start - 3), m.start)
        if not has_phrase(before, cues) or table.lower[max(sent.start, m.start - 1)] == "and":
            continue
        j = _chain_end(table, mentions, k)
        end = mentions[j].end
        if j == k or end + 1 >= i or table.lower[end] != ",":
            continue
        if table.lower[end + 1] not in words["verb_openers"]:
            continue  # ", including A and B, the alliance said": no verb of this chain's group
        codes = _givers_of_chain(mentions[k : j + 1])
        if donor in codes:
            return [c for c in codes if c != donor]
    return []
