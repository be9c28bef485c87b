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


def chain_subject_givers(ctx: ArticleContext, sent: Span, i: int, donor: str) -> list[str]:
    """The other actors of a chain "A and B" / "A, B and C" before token ``i`` (the first item) that
    holds ``donor`` and is followed at once by a verb of giving: "Denmark and Norway pledged their
    jets", "with Denmark and the Netherlands expected to hand over the first aircraft". The chain is
    the clause's subject, so each actor gives, not only the one nearest the items (a chain after a
    preposition is an object or a place and gives nothing here)."""
    doc = ctx.doc
    table = tokens(doc)
    words = _words()
    mentions = [m for m in ctx.mentions_in(sent.start_char, table.idx[i], ("COUNTRY", "ORG"))]
    for k, m in enumerate(mentions):
        if k and _chain_end(table, mentions, k - 1) >= k:
            continue  # inside a chain that starts earlier
        j = _chain_end(table, mentions, k)
        end = mentions[j].end
        if j == k or end >= i:
            continue
        first_before = m.start - 1
        if first_before >= sent.start and table.lower[first_before] == "the":
            first_before -= 1
        if first_before >= sent.start and table.lower[first_before] in words["not_subject_before"]:
            continue  # "aid to Denmark and Norway", "from Denmark and Norway"
        follower = table.lower[end]
        if follower not in words["subject_verbs"] or (follower == "expected" and (end + 1 >= i or table.lower[end + 1] != "to")):
            continue
        codes = _givers_of_chain(mentions[k : j + 1])
        if donor in codes:
            return [c for c in codes if c != donor and c not in NOT_DONORS]
    return []


def from_chain_givers(ctx: ArticleContext, sent: Span, i: int, donor: str) -> list[str]:
    """The other actors of a chain "from A and B" / "from A, B and C" after token ``i`` (the first
    item) that holds ``donor``: "Ukraine received F-16 jets from Denmark and the Netherlands", "the
    transfer of F-16 jets from Denmark and the Netherlands". Aid in kind from a list of states is each
    one's own (ADJUDICATION decision 18 and its sixth-pass point E: each donor its own F-16s); a
    chain whose last state stands on a noun ("from Czech and Slovak stocks") names no givers, and a
    purchase's seller ("bought from France and Italy") is none."""
    table = tokens(ctx.doc)
    words = _words()
    if "from" not in table.lower[i:sent.end]:
        return []  # the cheap test first
    mentions = [m for m in ctx.mentions_in(table.idx[i], sent.end_char, ("COUNTRY", "ORG"))]
    for k, m in enumerate(mentions):
        before = m.start - 1
        if before > i and table.lower[before] == "the":
            before -= 1
        if before <= i or table.lower[before] != "from":
            continue
        if any(w in words["purchase_words"] for w in table.lower[max(sent.start, before - 6):before]):
            continue  # "bought from France and Italy": the sellers
        j = _chain_end(table, mentions, k)
        end = mentions[j].end
        if j == k or (end < sent.end and table.lower[end] not in words["from_chain_ends"]):
            continue
        codes = _givers_of_chain(mentions[k : j + 1])
        if donor in codes:
            return [c for c in codes if c != donor and c not in NOT_DONORS]
    return []
