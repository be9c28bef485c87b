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
    return m.stands_for  # as ceasefire_parties._code, which imports this module


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


# tokens from the actor after "a call by" to the truce word: past a list of co-proposers ("a call by Kyiv
# and the leaders of France, Britain, Germany and Poland for an unconditional 30-day ceasefire")
BY_REACH = 20


def by_proposer(doc, m, start: int, end: int, words) -> bool | None:
    """Whether the actor ``m``, named after a proposal noun and "by"/"from" ("an appeal by the UN
    for a four-day pause"), proposes the clause's truce: True when a truce word follows it before
    any talks noun or other object ("a plan by Berlin for talks on a ceasefire" proposes talks, "an
    appeal by Kyiv for a humanitarian corridor" a corridor); None when no such phrase stands before it."""
    lower, title = tokens(doc).lower, tokens(doc).title
    lead = m.start
    # over a title before the name: "the call of President of the United States Donald Trump"
    while lead - 1 > start and m.start - lead < 7 and (title[lead - 1] or lower[lead - 1] in ("of", "the")):
        lead -= 1
    if not has_phrase(window_text(doc, max(start, m.start - 3), m.start), words["proposal_by"]) and not (
            lead < m.start and has_phrase(window_text(doc, max(start, lead - 2), lead + 1), words["proposal_by"])):
        return None
    heads, talks = set(words["truce_heads"]), set(words["talks_nouns"])
    for j in range(m.end, min(end, m.end + BY_REACH)):
        if lower[j] in heads:
            return True
        if lower[j] in talks or lower[j] in ("corridor", "corridors", "swap", "exchange", "withdrawal"):
            return False
    return False


# the proposal nouns a definite "the …" can refer back with ("the proposal would freeze the fighting")
_BACK_NOUNS = frozenset({"proposal", "plan", "initiative", "offer", "framework"})
_POSSESSIVE_MARKS = ("'s", "’s")


def anaphoric_owner(ctx, sent, start: int, end: int, words) -> list[str]:
    """'…rejected the Trump administration's peace proposal. [¶] According to people briefed on it,
    the proposal would freeze the fighting under a ceasefire': "the proposal" opening the clause,
    with no actor of its own before the truce, is the one whose owner the sentence before (or the
    one before that) names with a possessive; [] when none does."""
    tk = tokens(sent.doc)
    lower, idx = tk.lower, tk.idx
    at = next((k for k in range(start, min(end - 1, start + 10)) if lower[k] == "the" and lower[k + 1] in _BACK_NOUNS), None)
    if at is None:
        return []
    noun = lower[at + 1]
    heads = set(words["truce_heads"])
    truce = next((k for k in range(at + 2, end) if lower[k] in heads), None)
    if truce is None or not set(words["talks_nouns"]).isdisjoint(lower[at + 2 : truce]):
        return []  # no truce, or talks on one ("the plan calls for talks on a ceasefire")
    if any(_code(m) for m in ctx.mentions_in(idx[start], idx[truce], ("COUNTRY", "ORG", "PERSON"))):
        return []  # an actor of the clause's own may own it: read in ceasefire_parties.py
    k = ctx.sentence_index(sent.start_char)
    for prev in (ctx.sents[j] for j in (k - 1, k - 2) if j >= 0):
        named = [m for m in ctx.mentions_in(prev.start_char, prev.end_char, ("COUNTRY", "ORG", "PERSON")) if _code(m)]
        # "the Trump administration's peace proposal"
        owners = [m for m in named for mark in [_possessive_after(tk, m.end, prev.end)] if mark is not None
                  and not _BACK_NOUNS.isdisjoint(lower[mark + 1 : min(prev.end, mark + 4)])]
        # "a plan the Americans presented to European officials": the subject of the relative clause
        owners += [m for m in named if m.start - 3 <= _noun_before(lower, m.start, prev.start)
                   and has_phrase(window_text(sent.doc, m.end, min(prev.end, m.end + 3)), _presenting_verbs())]
        if owners:
            return [_code(max(owners, key=lambda m: m.start))]
    return []


def _noun_before(lower, at: int, floor: int) -> int:
    """The token of the proposal noun just before an actor ("a plan the Americans"), or -99."""
    for k in range(at - 1, max(floor - 1, at - 4), -1):
        if lower[k] in _BACK_NOUNS:
            return k
        if lower[k] not in ("the", "that", "which"):
            return -99
    return -99


@lru_cache(maxsize=1)
def _presenting_verbs() -> list[str]:
    words = vocab("ceasefires")
    return words["propose_verbs"] + words["presenting_verbs"]


def _possessive_after(tk, at: int, end: int) -> int | None:
    """The possessive mark right after an actor, or after one lower-case noun of its ("the Trump
    administration's"): its token, or None."""
    for k in (at, at + 1):
        if k < end and tk.text[k] in _POSSESSIVE_MARKS:
            return k
        if k < end and not (tk.text[k].isalpha() and tk.text[k].islower()):
            return None
    return None


# -- a plural truce that is the object of a proposal ----------------------------------------------

@lru_cache(maxsize=1)
def _plural_proposals() -> tuple[frozenset[str], list[list[str]]]:
    words = vocab("ceasefires")
    return frozenset(words["proposed_plural_nouns"]), [p.split() for p in words["proposed_plural_leads"]]


def plural_nouns() -> frozenset[str]:
    """The plural truce nouns a proposal can make a mention of (a cheap gate for a sentence)."""
    return _plural_proposals()[0]


def proposed_plurals(lowers, start: int) -> list[tuple[int, int]]:
    """Token ranges of plural truce nouns that a proposal has as its object ('put forward a proposal
    for short truces', 'Moscow offered local pauses'): at most two words (no determiner "the", no
    number of past truces) between the proposing words and the noun, or an agent after it ('local
    ceasefires agreed by both sides'). A plural with no proposal before it ('five truces have failed')
    still names truces in general."""
    nouns, leads = _plural_proposals()
    out = []
    for i, low in enumerate(lowers):
        if low not in nouns:
            continue
        if lowers[i + 1 : i + 3] in (["agreed", "by"], ["agreed", "between"]) or (
                lowers[i + 1 : i + 2] in (["announced"], ["declared"], ["agreed"])
                and lowers[i + 2 : i + 3] in (["for"], ["in"], ["around"])):
            # "local ceasefires agreed by both sides", "ceasefires announced for Mariupol": truces
            # someone agreed or declared for a place, no truces in general
            out.append((start + i, start + i + 1))
            continue
        for gap in range(0, 3):
            at = i - gap
            between = lowers[at:i]
            if any(w in ("the", "these", "those", "previous", "past", "earlier", "several", "many") or w.isdigit()
                   for w in between):
                break
            if any(at - len(lead) >= 0 and lowers[at - len(lead) : at] == lead for lead in leads):
                out.append((start + i, start + i + 1))
                break
    return out
