"""What a commitment sentence tells as background rather than as a new pledge (tenth session).

Two principled "not a (new) commitment" tests, both about how outlets in general write:

- an earlier pledge restated with its date ("The Netherlands announced in August 2023, together
  with Denmark, that it would supply F-16s once …", "Germany said at the start of August that it
  would send the first launchers within days"): the history of a pledge whose current state the
  article records elsewhere for the same donor and item is that pledge again, not a second one;
- what the receiver may do with money given ("€18bn, money that Kyiv can also spend on weapons",
  "funds which Ukraine may use to buy arms"): the use names no item of the gift.

Kept apart from ``commitments.py`` and ``restated.py`` (the first full); the words live in
``data/background_pledges.json``. Cheap token-set tests first; nothing runs over the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coalition.extract.context import _has, _lower, lower_words, vocab
from coalition.extract.drafts import without_drafts

# an item's words, hyphenated names whole ("f-16s", "iris-t"), a plural "s" dropped
_WORD = re.compile(r"[^\W_][\w-]*")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# the words before a month name that make it a time ("in August", "at the start of August")
_MONTH_OPENERS = frozenset(("in", "of", "early", "late", "mid", "mid-", "since"))


@lru_cache(maxsize=1)
def _words() -> dict:
    words = dict(vocab("background_pledges"))  # a copy: vocab's dict is shared with every reader
    words["_report"] = frozenset(words["report_verbs"])
    words["_months"] = frozenset(t for t in words["earlier_times"] if " " not in t)
    words["_phrases"] = [t for t in words["earlier_times"] if " " in t]
    words["_generic"] = frozenset(words["generic_words"])
    words["_spend"] = frozenset(words["spend_verbs"])
    words["_openers"] = frozenset(words["spend_openers"])
    return words


def _earlier_time(low: list[str], lo: int, hi: int, words: dict) -> bool:
    """Whether tokens ``lo:hi`` name an earlier time: "in August 2023", "at the start of August",
    "last year". A month needs a preposition before it ("said in May", not "said it may")."""
    for j in range(lo, hi):
        w = low[j]
        if w in words["_months"] and j > lo and low[j - 1] in _MONTH_OPENERS:
            return True
        if _YEAR.match(w) and j > lo and low[j - 1] in ("in", "since"):
            return True
    return bool(_has(" " + " ".join(filter(None, low[lo:hi])) + " ", words["_phrases"]))


def reports_earlier_pledge(doc, sent) -> bool:
    """ "X announced in August 2023 … that it would supply …", "X said at the start of August that it
    would send …", "In May, X pledged to deliver …": a verb of reporting a pledge, an earlier time
    named before the pledge's own verb, and the pledge in the future of that time."""
    words = _words()
    low = lower_words(doc)
    lo, hi = sent.start, sent.end
    for v in range(lo, hi):
        if low[v] not in words["_report"]:
            continue
        # the reported pledge: "that <subject> would/will …" or "to <verb>" within a few words
        for k in range(v + 1, min(hi, v + 16)):
            w = low[k]
            if w in ("would", "will") and "that" in low[v + 1 : k]:
                return _earlier_time(low, lo, k, words)
            if w == "to" and low[k - 1] not in ("according", "due", "compared") and k + 1 < hi and low[k + 1] not in ("the", "a", "an", "ukraine", "kyiv"):
                if low[v] in ("pledged", "promised", "agreed", "decided", "committed"):
                    return _earlier_time(low, lo, k, words)
            if w in (".", ";"):
                break
    return False


def _key_words(items: list[str], generic: frozenset[str]) -> set[str]:
    out: set[str] = set()
    for item in items:
        for w in _WORD.findall(item.lower()):
            if (len(w) >= 4 or "-" in w) and w not in generic and any(c.isalpha() for c in w):
                out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def drop_restated_pledges(ctx, drafts: list) -> list:
    """Drop the in-kind drafts of a sentence that reports an earlier pledge when the article records
    the pledge of that draft's donor (any of the sentence's donors for a joint whole without one),
    with an item in common, in another sentence (its
    current state: handed over, paid for, under way). A pledge reported with its date and told
    nowhere else stays (it is the article's only record of it)."""
    by_sentence: dict[int, list] = {}
    for d in drafts:
        if d.money is None and d.sent is not None and d.items:
            by_sentence.setdefault(d.sent.start, []).append(d)
    if not by_sentence:
        return drafts
    generic = _words()["_generic"]
    dropped: set[int] = set()
    for start, group in by_sentence.items():
        if not reports_earlier_pledge(ctx.doc, group[0].sent):
            continue
        donors = {d.donor for d in group if d.donor is not None}
        others = [o for o in drafts if o.sent is not None and o.sent.start != start and o.donor in donors]
        if not others:
            continue
        told: dict[str | None, set] = {}
        for o in others:
            told.setdefault(o.donor, set()).update(_key_words(o.items, generic))
        everyone = set().union(*told.values())
        for d in group:
            # each donor's own pledge told elsewhere: "The Netherlands announced, together with Denmark,
            # that it would supply F-16s" restates the Dutch jets the article follows, not the Danish ones
            if _key_words(d.items, generic) & (told.get(d.donor, set()) if d.donor is not None else everyone):
                dropped.add(id(d))
    return without_drafts(drafts, dropped)


def _spend_spans(doc, sent, words: dict) -> list[tuple[int, int]]:
    """Token spans of clauses telling what the receiver may spend money on: from the opener
    ("money that Kyiv can also spend on …", "which Ukraine may use to buy …") to the next comma."""
    low = lower_words(doc)
    spans = []
    for v in range(sent.start + 2, sent.end):
        if low[v] not in words["_spend"]:
            continue
        back = _lower(doc, max(sent.start, v - 7), v)
        if not _has(back, words["spenders"]) or not any(f" {o} " in back for o in words["_openers"]):
            continue
        after = _lower(doc, v + 1, min(sent.end, v + 5))
        if not any(after.startswith(f" {link} ") or after.startswith(f" also {link} ") for link in words["spend_links"]):
            continue
        end = v + 1
        while end < sent.end and low[end] not in (",", ";", "—", "–", ")"):
            end += 1
        spans.append((v, end))
    return spans


def strip_receiver_spending(ctx, drafts: list) -> list:
    """Take out the items a draft has only from a clause on what the receiver may spend the money on;
    a draft left with neither amount nor item is dropped (it said nothing of its own)."""
    words = _words()
    out = []
    spans_of: dict[int, list] = {}
    for d in drafts:
        if not d.items or d.sent is None or words["_spend"].isdisjoint(lower_words(ctx.doc)[d.sent.start : d.sent.end]):
            out.append(d)
            continue
        spans = spans_of.get(d.sent.start)
        if spans is None:
            spans = spans_of[d.sent.start] = _spend_spans(ctx.doc, d.sent, words)
        if not spans:
            out.append(d)
            continue
        outside = " ".join(
            _lower(ctx.doc, a, b) for a, b in _gaps(d.sent.start, d.sent.end, spans)
        )
        inside = " ".join(_lower(ctx.doc, a, b) for a, b in spans)
        keep = [i for i in d.items if not (f" {i.lower()} " in inside and f" {i.lower()} " not in outside)]
        if len(keep) == len(d.items):
            out.append(d)
            continue
        d.items = keep
        if keep or d.money is not None:
            out.append(d)
    kept = {id(d) for d in out}
    return without_drafts(drafts, {id(d) for d in drafts if id(d) not in kept})


def _gaps(lo: int, hi: int, spans: list[tuple[int, int]]):
    at = lo
    for a, b in spans:
        yield at, a
        at = b
    yield at, hi


_DEFINITE = frozenset(("the", "that", "this", "these", "those"))


def drop_sums_named_again(ctx, drafts: list) -> list:
    """ "the G7 loans will secure Ukraine's financing" after "the $50bn G7 loan": a definite reference,
    without an amount, to a pledge whose sum the article records for the same donor and item is that
    pledge again (not yet given: a delivery or a pause is a later stage and stays)."""
    sums = [d for d in drafts if d.money is not None and d.donor is not None and d.items]
    if not sums:
        return drafts
    low = lower_words(ctx.doc)
    generic = _words()["_generic"]
    dropped: set[int] = set()
    for d in drafts:
        if (d.money is not None or d.donor is None or not d.items or d.status not in ("announced", "planned") or d.sent is None
                or d.parent is not None):
            continue  # a payer's share of a joint gift keeps its own fact (decision 18)
        at = d.anchor_start
        if _DEFINITE.isdisjoint(low[max(d.sent.start, at - 2) : at]):
            continue  # the determiner of the item itself: "the G7 loans", "the promised jets" (not "the package includes …")
        keys = _key_words(d.items, generic)
        if keys and any(s.donor == d.donor and s.sent is not d.sent and keys & _key_words(s.items, generic) for s in sums):
            dropped.add(id(d))
    return without_drafts(drafts, dropped)
