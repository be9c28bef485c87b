"""Offers a clause makes without a proposing verb.

Readiness as an offer: "Ukraine remained ready for a complete and unconditional ceasefire" is
Ukraine's offer of a truce when the clause names no proposal of another's ("ready to accept the US
proposal" is an answer, read in ``ceasefire_parties.py``).

Kept apart from ``ceasefire_parties.py`` (full) and read only for a clause with no proposer. Guards:
the actor is named as the subject right before the readiness words, with no "if", "whether",
"unless" or "when" before it in the clause ("If the Russians are ready for a truce, we are too" is
a condition, no offer), and only determiners and adjectives stand between the readiness words and
the truce word ("ready for talks on a ceasefire" offers talks; "ready for the US plan" answers it).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import has_phrase, tokens, vocab, window_text

# words that make the readiness a condition or a question, not an offer
def _code(m) -> str | None:
    return m.actor if m.label == "PERSON" else m.code  # as ceasefire_parties._code, which imports this module


_CONDITIONS = frozenset({"if", "whether", "unless", "when", "once", "until", "asked"})
# what may stand between the readiness words and the truce word
_BETWEEN = frozenset({"a", "an", "the", "any", "immediate", "complete", "full", "unconditional", "and", "general",
                      "comprehensive", "total", "lasting", "genuine", "real", ",", "-", "30", "day", "month", "one",
                      "energy", "air", "sea", "naval", "maritime", "mutual", "temporary"})


@lru_cache(maxsize=1)
def _phrases() -> list[list[str]]:
    return [p.split() for p in vocab("ceasefires")["readiness_offers"]]


def ready_proposer(ctx, sent, start: int, end: int, words) -> list[str]:
    """The actor whose readiness for a truce the clause reports as an offer; [] when none."""
    lower = tokens(sent.doc).lower
    if "ready" not in lower[start:end] and "willing" not in lower[start:end]:
        return []  # most clauses: no readiness word at all
    heads = set(words["truce_heads"])
    for k in range(start, end):
        for phrase in _phrases():
            if lower[k : k + len(phrase)] != phrase:
                continue
            j = k + len(phrase)
            while j < end and lower[j] in _BETWEEN:
                j += 1
            if j >= end or lower[j] not in heads:
                continue
            if not _CONDITIONS.isdisjoint(lower[start:k]):
                return []
            idx = tokens(sent.doc).idx
            before = [m for m in ctx.mentions_in(idx[start], idx[k - 1] + 1 if k > start else idx[start], ("COUNTRY", "ORG", "PERSON"))
                      if _code(m) and m.end <= k]
            if not before:
                return []
            subject = before[-1]
            # the subject stands right before the readiness words: "Ukraine is ready", "Kyiv remained ready"
            if k - subject.end > 3:
                return []
            return [_code(subject)]
    return []


def by_proposer(doc, m, start: int, end: int, words) -> bool | None:
    """Whether the actor ``m``, named after a proposal noun and "by"/"from" ("an appeal by the UN
    for a four-day pause"), proposes the clause's truce: True when a truce word follows it before
    any talks noun or other object ("a plan by Berlin for talks on a ceasefire" proposes talks, "an
    appeal by Kyiv for a humanitarian corridor" a corridor); None when no such phrase stands before it."""
    if not has_phrase(window_text(doc, max(start, m.start - 3), m.start), words["proposal_by"]):
        return None
    lower = tokens(doc).lower
    heads, talks = set(words["truce_heads"]), set(words["talks_nouns"])
    for j in range(m.end, min(end, m.end + 14)):
        if lower[j] in heads:
            return True
        if lower[j] in talks or lower[j] in ("corridor", "corridors", "swap", "exchange", "withdrawal"):
            return False
    return False
