"""A position given to others by reference to the sentence before: "France and Britain, which co-chair
the coalition, have said since the spring that they would put soldiers on the ground in Ukraine after a
ceasefire. Estonia and Lithuania have said the same." Each country named before the reference holds
each stance and participation read from the sentence before, with its value, target, mission and
roles, and with the referring sentence as evidence.

Outlets list who stands where and save words on the second and third names; the referring sentence
has no cue of its own, so no other rule reads it. Only a short sentence that ends on the reference is
read ("Latvia said likewise."): one that goes on explains the position in its own words ("took a similar
line: the chancellor told reporters that…"), which the other rules read. A country that already holds
a position from the referring sentence keeps its own. Words in ``data/same_positions.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.clause_groups import _padded
from coalition.extract.context import ArticleContext, has_phrase, tokens, vocab


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], int, frozenset[str]]:
    w = vocab("same_positions")
    phrases = tuple(w["phrases"])
    return phrases, int(w["tail"]), frozenset(p.split()[-1] for p in phrases)


def same_positions(ctx: ArticleContext, facts: list) -> list:
    """``facts`` with the positions of the sentence before copied to the countries of a sentence that
    says they hold the same."""
    phrases, tail, last_words = _words()
    lower = tokens(ctx.doc).lower
    out = list(facts)
    for n, sent in enumerate(ctx.sents):
        if n == 0 or last_words.isdisjoint(lower[sent.start:sent.end]):
            continue  # cheap exit: no reference word in the sentence
        padded = _padded(sent)
        phrase = has_phrase(padded, phrases)
        if phrase is None:
            continue
        words = padded.split()
        ends_at = padded.find(" " + phrase + " ")
        if len(padded[ends_at + len(phrase) + 2:].split()) > tail or len(words) < len(phrase.split()) + 1:
            continue  # the sentence goes on to give the position in its own words
        before_char = sent.start_char + _char_of(ctx, sent, len(padded[:ends_at].split()))
        holders = []
        for m in ctx.mentions_in(sent.start_char, before_char, ("COUNTRY",)):
            if m.stands_for and m.stands_for not in holders:
                holders.append(m.stands_for)
        if not holders:
            continue
        prev = ctx.sents[n - 1]
        earlier = [f for f in facts if f.kind in ("stance", "participation")
                   and prev.start_char <= f.evidence.start < prev.end_char]
        own = {f.actor for f in facts if f.kind in ("stance", "participation")
               and sent.start_char <= f.evidence.start < sent.end_char}
        # one copy per position: "France and Britain … would put soldiers on the ground" is one
        # position held twice
        kept = {}
        for f in earlier:
            key = (f.kind, getattr(f, "target", None) or getattr(f, "mission", None),
                   getattr(f, "stance", None) or getattr(f, "status", None))
            kept.setdefault(key, f)
        evidence = ctx.sentence_evidence(sent)
        for actor in holders:
            if actor in own:
                continue
            for f in kept.values():
                out.append(f.model_copy(update={"actor": actor, "evidence": evidence}))
    return out


def _char_of(ctx: ArticleContext, sent, k: int) -> int:
    """The character offset, from the sentence's start, of its ``k``-th padded word (the padded text
    drops quotation and bullet marks, so this counts the sentence's words that are not such marks)."""
    tk = tokens(ctx.doc)
    seen = 0
    for i in range(sent.start, sent.end):
        if _padded(ctx.doc[i:i + 1]).strip():
            if seen == k:
                return tk.idx[i] - sent.start_char
            seen += 1
    return sent.end_char - sent.start_char
