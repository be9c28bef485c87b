"""Where a clause's cues start: each phrase of a cue list found as whole tokens in a clause,
also with quotation marks or a manner or time adverb inside it ('would "burn"', "has offered
repeatedly to mediate" holds "offered to mediate").

Separate from ``clause_groups.py``, which cuts a sentence into clause groups at these positions and
finds each group's actors; ``stance_objects.py`` and ``stance_subjects.py`` match cues the same way.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from coalition.extract.context import _rarity, tokens, vocab

# Quotation marks are dropped before cues are matched: 'would "consider any proposals"'.
QUOTES = frozenset('" “ ” ‘ ’ \' «'.split() + ["»"])
# Adverbs dropped with them ("has offered repeatedly to mediate" holds the cue "offered to
# mediate"): manner and time words inside a cue phrase change neither its answer nor its certainty.
SKIPPED = QUOTES | frozenset(vocab("positions")["cue_adverbs"]["words"])


def cue_positions(sent, a: int, b: int, phrases) -> list[int]:
    """Token indices in [a, b) where one of ``phrases`` starts, in order."""
    lowered = tokens(sent.doc).lower
    # the phrases indexed by their first word; each token is tested only against the
    # phrases that can start there
    index, keys = _cue_index(phrases)
    clause = lowered[a:b]
    # a clause without any cue's rarest word (most clauses) is not walked word by word
    if keys.isdisjoint(clause):
        return []
    # 'would "burn"': the cue's words with a quotation mark between them (looked for only then)
    quoted = not SKIPPED.isdisjoint(clause)
    found = []
    # only the words that open a cue are looked at further: the positions are picked by one
    # membership test per word run in C (``compress``), not a Python loop over every word
    for i in compress(range(a, b), map(index.__contains__, clause)):
        for words, n in index[lowered[i]]:
            # a one-word cue is its first word, which the index has matched already; a longer one
            # is compared whole only when its second word follows (most candidates fail there)
            if n == 1 or (i + n <= b and lowered[i + 1] == words[1] and lowered[i : i + n] == words) or (
                    quoted and cue_span(lowered, i, words, b)):
                found.append(i)
                break
    return found


_CUE_INDEXES: dict[int, tuple[object, dict[str, list[tuple[list[str], int]]], frozenset[str]]] = {}


def cue_span(lower: list[str], i: int, words: list[str], b: int) -> int:
    """How many tokens from ``i`` (before ``b``) spell ``words`` with quotation marks (and ``SKIPPED`` adverbs) skipped
    ('would "burn"', scare quotes around the cue's last word: quotation marks are dropped from
    the text the cues are matched in, so the tokens must skip them too); 0 when they do not."""
    k = i
    for w in words:
        while k < b and lower[k] in SKIPPED and k > i:
            k += 1
        if k >= b or lower[k] != w:
            return 0
        k += 1
    return k - i


def _cue_index(phrases) -> tuple[dict[str, list[tuple[list[str], int]]], frozenset[str]]:
    """The phrases as word lists by their first word, and the set of each phrase's rarest word
    (``context._rarity``: the longest that is no stop word), which a clause holding the phrase
    must hold."""
    hit = _CUE_INDEXES.get(id(phrases))
    # The list is kept in the entry, so its id cannot be reused while the entry lives.
    if hit is not None and hit[0] is phrases:
        return hit[1], hit[2]
    index: dict[str, list[tuple[list[str], int]]] = {}
    for phrase in phrases:
        words = phrase_words(phrase)
        if words:
            index.setdefault(words[0], []).append((words, len(words)))
    if len(_CUE_INDEXES) > 64:
        _CUE_INDEXES.clear()
    keys = frozenset(max(words, key=_rarity) for entries in index.values() for words, _ in entries)
    _CUE_INDEXES[id(phrases)] = (phrases, index, keys)
    return index, _CUE_INDEXES[id(phrases)][2]


@lru_cache(maxsize=None)
def phrase_words(phrase: str) -> list[str]:
    return phrase.replace("-", " - ").split()
