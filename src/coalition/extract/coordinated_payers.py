"""A sum a list of states gives as the subject of one verb (ADJUDICATION.md decision 18, tenth session).

"Sweden, Norway and Denmark have promised to give about $500m to the NATO-run scheme", "Estonia
and Latvia pledge €40m for demining": a sum several governments give together, without a split,
is no one's: one commitment without a donor, and each listed state a share of it (``part_of`` the
whole) without an amount. The commitment finder gave the sum to one state of the list (the
nearest, or the first).

Only a clause that opens the sentence with the list (states joined by commas, "and" and "the")
and a verb of giving before the sum; "each", "respectively" (a split or each state's own sum) and
a list that is an object ("aid to Poland and Romania") leave the sum alone, as does a
sentence in which a listed state has a sum of its own. "Together with" lists are
``joint_gifts.py``'s.

Words in ``data/coordinated_payers.json`` (the list words and the "each" words are
``data/coordinated_donors.json``'s, read through ``coordinated_donors.split_told``); the shares are
``joint_gifts.shares_of``; token checks on the sum's sentence only.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import ArticleContext, lower_text, tokens, vocab
from coalition.extract.coordinated_donors import LIST_WORDS, split_told
from coalition.extract.joint_gifts import shares_of
from coalition.model import Commitment


@lru_cache(maxsize=1)
def _words() -> dict:
    words = vocab("coordinated_payers")
    return {k: frozenset(v) for k, v in words.items() if not k.startswith("_")}


def split_listed_payers(ctx: ArticleContext, commitments: list[Commitment]) -> list[Commitment]:
    """The shares of each sum a listed subject gives, after making its whole donorless (in place)."""
    out: list[Commitment] = []
    words = None
    by_sentence: dict[int, list[Commitment]] = {}
    for c in commitments:
        by_sentence.setdefault(c.evidence.start, []).append(c)
        payers = c.__dict__.pop("_listed_payers", None)
        if payers:  # a sum coordinated_donors.py already found a listed subject's: only its shares
            out.extend(shares_of(c, c.__dict__.get("_draft"), payers))
    for start, group in by_sentence.items():
        with_sum = [c for c in group if c.amount is not None and c.donor is not None and c.part_of is None]
        if len(with_sum) != 1:
            continue  # no sum, or several (one per state, a split): not one joint sum
        c = with_sum[0]
        draft = c.__dict__.get("_draft")
        if draft is None or getattr(draft, "parent", None) is not None:
            continue
        words = words or _words()
        payers = _listed_subject(ctx, draft.sent, draft.anchor_start, words)
        if len(payers) < 2 or c.donor not in payers or "UKR" in payers:
            continue
        c.donor, c.confidence = None, min(c.confidence, 0.6)
        draft.donor = None
        out.extend(shares_of(c, draft, payers))
    return out


def _listed_subject(ctx: ArticleContext, sent, at: int, words: dict) -> list[str]:
    """The states of a list that opens the sentence and is the subject of a verb of giving before
    token ``at`` (the sum); [] otherwise."""
    lower = tokens(ctx.doc).lower
    mentions = [m for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY",)) if m.start < at]
    if len(mentions) < 2:
        return []
    k = sent.start
    if lower[k] == "the":
        k += 1
    listed = []
    saw_and = False
    for m in mentions:
        gap = lower[k : m.start]
        if any(w not in LIST_WORDS for w in gap) or (listed and not gap):
            break
        if listed and "and" in gap:
            saw_and = True
        listed.append(m)
        k = m.end
        if saw_and:
            break
    if len(listed) < 2 or not saw_and:
        return []
    between = lower[k:at]
    if words["verbs"].isdisjoint(between) or any(ctx_m.start >= k for ctx_m in mentions[len(listed):]):
        return []  # no verb of giving, or another state between the list and the sum
    if split_told(lower_text(sent)):
        return []
    return list(dict.fromkeys(m.code for m in listed))
