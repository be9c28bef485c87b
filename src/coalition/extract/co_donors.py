"""Other givers of the same aid as a commitment's donor: "A, B and C will each supply X" (a
distributive "each"), "Norway pledged X, together with the United States", "paid for jointly by The
Hague and Copenhagen".

Apart from ``donors.py``, which finds the one donor of a sum or a group of items: this reads the
rest of the sentence for its partners once that donor is known.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, _lower, has_phrase, tokens
from coalition.extract.donors import FUNDED_BY, JOINT_SUBJECT_FOLLOWERS, MAKING_VERBS, NOT_DONORS, _chain_end
from coalition.extract.referenced_aid import own_aid_named


def co_donors(ctx: ArticleContext, sent: Span, i: int, donor: str) -> list[str]:
    """The other givers of the aid whose donor is ``donor``, at token ``i`` of ``sent``."""
    doc = ctx.doc
    table = tokens(doc)
    out: list[str] = []
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG"))
    # The whole chain after "paid for by" ("by Germany, Norway and Poland"): its middle members stand
    # after a comma, not after the cue, and pay as much as the first and last.
    paid_chain: set[int] = set()
    for k, m in enumerate(mentions):
        if k not in paid_chain and has_phrase(_lower(doc, max(sent.start, m.start - 4), m.start), FUNDED_BY):
            paid_chain.update(range(k, _chain_end(table, mentions, k) + 1))
    for k, m in enumerate(mentions):
        code = m.code
        if code in NOT_DONORS or code == donor or code in out:
            continue
        before = _lower(doc, max(sent.start, m.start - 3), m.start)
        if has_phrase(before, ("together with", "jointly with", "along with", "alongside")):
            if m.end < i and _clause_joined_between(table.lower, m.end, i):
                continue  # "pledged two fire units, together with the United States, and later added launchers": the first clause's partner
            if table.lower[max(sent.start, m.start - 3)] not in MAKING_VERBS and table.lower[max(sent.start, m.start - 4)] not in MAKING_VERBS \
                    and not own_aid_named(doc, sent, m.end):  # nor "alongside the IMF money": its own aid, a reference
                out.append(code)  # not "SAMP/T batteries, developed jointly with France": a maker, no giver
            continue
        if paid_chain and k in paid_chain:
            out.append(code)  # "paid for jointly by The Hague and Copenhagen", "shared by A, B and C": each pays, each gives
            continue
        # a chain "A, B and C" right before "will each" / "each"
        j = _chain_end(table, mentions, k)
        tail = _lower(doc, mentions[j].end, min(sent.end, mentions[j].end + 3))
        chain = {c.code for c in mentions[k : j + 1]}
        if j > k and donor in chain and mentions[j].end <= i and (
                has_phrase(tail, ("each", "will each", "would each", "have each", "has each"))
                or (tail.split() or [""])[0] in JOINT_SUBJECT_FOLLOWERS):
            # "A, B and C will each supply X"; "A, B and C are financing X": a subject of several
            # actors gives together, one commitment each
            out.extend(c.code for c in mentions[k : j + 1] if c.code not in NOT_DONORS and c.code != donor and c.code not in out)
    return out


def _clause_joined_between(lower, lo: int, hi: int) -> bool:
    """Whether ", and" (a clause joined on) stands between tokens ``lo`` and ``hi``."""
    return any(lower[t] == "," and lower[t + 1] == "and" for t in range(lo, hi - 1))
