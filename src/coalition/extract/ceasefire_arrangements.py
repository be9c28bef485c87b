"""Truce-like arrangements and references back: what the ceasefire finder reads besides truce words.

- An *arrangement* is a zone or corridor both sides are to leave alone, named without a truce word
  ("a nuclear safety and security protection zone", "the UN- and Turkish-brokered grain
  initiative", "proposing that the corridor keep operating"). Its scope is the one its words give
  (a zone is on land, a grain corridor at sea) when the clause names no domain. It is a proposal
  only with a proposer written with it: a corridor in a trade story is none.
  A corridor named by whom or what it is for ("corridors for civilians", "corridors to evacuate
  people") is a humanitarian one, as "humanitarian corridors" is.
- A *reference back* is a truce the clause dates to the past with a past verb and no proposer
  ("Ukraine accepted an unconditional 30-day ceasefire in March", "the halt agreed the previous
  week"): an old truce told again, which joins a proposal only when it has the same duration.

Separate from the finder (``ceasefires.py``), which cuts clauses and merges mentions, because these
are word lists of their own with one question each.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import _as_tokens, has_phrase, tokens, vocab, window_text


@lru_cache(maxsize=1)
def _arrangements() -> tuple[dict[str, list[tuple[list[str], str]]], frozenset[str]]:
    """The arrangement phrases as the tokenizer splits them, by first word, with their scope; their
    first words."""
    words = vocab("ceasefires")
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for scope, phrases in words["arrangements"].items():
        for phrase in phrases:
            toks = _as_tokens(phrase).split()
            by_first.setdefault(toks[0], []).append((toks, scope))
    return by_first, frozenset(by_first)


@lru_cache(maxsize=1)
def arrangement_anchors() -> frozenset[str]:
    """The nouns every arrangement phrase and bare anaphor holds one of ("zone", "corridor", "grain"):
    a sentence without one names none."""
    words = vocab("ceasefires")
    anchors = frozenset(words["arrangement_anchors"])
    for phrase in [p for phrases in words["arrangements"].values() for p in phrases] + words["arrangement_anaphors"]:
        if anchors.isdisjoint(_as_tokens(phrase).split()):
            raise ValueError(f"ceasefires: the arrangement {phrase!r} holds no anchor noun")
    return anchors


def arrangement_spans(doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Token ranges of the arrangements named in doc[start:end], each with its own scope; the longest
    phrase at a place wins ("humanitarian shipping corridor" is at sea)."""
    by_first, firsts = _arrangements()
    lowers = tokens(doc).lower[start:end]
    if firsts.isdisjoint(lowers) and _CORRIDORS.isdisjoint(lowers):
        return []  # most clauses: no first word of any arrangement, no walk over the tokens
    out = []
    purposes = _corridor_purposes()
    title = tokens(doc).title
    for i, low in enumerate(lowers):
        if low in _CORRIDORS and lowers[i + 1 : i + 2] in (["for"], ["to"]) \
                and i + 2 < len(lowers) and lowers[i + 2].startswith(purposes):
            # "corridors for civilians", "corridors to evacuate people": a humanitarian corridor
            out.append((start + i, start + i + 3, "land"))
            continue
        routed = _routed_passage(lowers, title, start, i)
        if routed:
            # "a corridor out of Chernihiv", "a safe passage out of the plant" (decision 97)
            out.append((start + i, start + i + routed, "land"))
            continue
        best = None
        for toks, scope in by_first.get(low, ()):
            if lowers[i : i + len(toks)] == toks and (best is None or len(toks) > len(best[0])):
                best = (toks, scope)
        if best is not None:
            out.append((start + i, start + i + len(best[0]), best[1]))
    return out


_CORRIDORS = frozenset({"corridor", "corridors"})
# decision 97: a corridor or safe passage with its own route ("out of Chernihiv", "from the plant",
# "to Lysychansk") is a humanitarian one; a corridor of trade, aid or territory is none (the word
# lists are ``ceasefires.json``'s, read once)
@lru_cache(maxsize=1)
def _route_words() -> dict[str, frozenset[str]]:
    words = vocab("ceasefires")
    return {key: frozenset(words[key]) for key in ("route_words", "route_places", "not_passages", "sea_clause_words",
                                                   "sea_route_places")}


def _routed_passage(lowers, title, start: int, i: int) -> int | None:
    """The length of "corridor"/"safe passage" + a route to or from a named place or a plant, a city,
    a town at ``lowers[i]``; None when there is none."""
    low = lowers[i]
    if low in _CORRIDORS:
        head = 1
    elif low == "safe" and lowers[i + 1 : i + 2] == ["passage"]:
        head = 2
    else:
        return None
    w = _route_words()
    if not w["sea_clause_words"].isdisjoint(lowers):
        return None  # "the UN- and Turkish-brokered corridor from Odesa": the grain corridor, at sea
    if head == 1 and i > 0 and lowers[i - 1] in w["not_passages"]:
        return None  # "a land corridor linking the Donbas with Crimea", "the busiest aid corridor"
    k = i + head
    if k < len(lowers) and lowers[k] == "out" and lowers[k + 1 : k + 2] == ["of"]:
        k += 1
    if k >= len(lowers) or lowers[k] not in w["route_words"]:
        return None
    for j in range(k + 1, min(len(lowers), k + 4)):
        if lowers[j] in w["sea_route_places"]:
            return None  # "the brokered corridor from Odesa": the grain corridor
        if title[start + j] or lowers[j] in w["route_places"]:
            return j + 1 - i
    return None


@lru_cache(maxsize=1)
def _corridor_purposes() -> tuple[str, ...]:
    return tuple(vocab("ceasefires")["corridor_purposes"])


def arrangement_anaphor(padded: str) -> bool:
    """'the corridor', 'the zone': a bare reference to the article's arrangement."""
    return bool(has_phrase(padded, vocab("ceasefires")["arrangement_anaphors"]))


def is_back_reference(doc, start: int, end: int) -> bool:
    """A clause that dates its truce to the past: a past verb and a time gone by ("accepted … in
    March", "agreed the previous week")."""
    words = vocab("ceasefires")
    if _past_verbs().isdisjoint(tokens(doc).lower[start:end]):
        return False  # no past verb of the list, no phrase to look for
    padded = window_text(doc, start, end)
    return bool(has_phrase(padded, words["back_reference_times"]) and has_phrase(padded, words["back_reference_verbs"]))


@lru_cache(maxsize=1)
def _past_verbs() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["back_reference_verbs"])


def is_habitual(doc, start: int, end: int) -> bool:
    """A clause that tells of truces as a repeated past, not one proposal: a plural truce or corridor
    noun and a frequency phrase ("Russia has announced local pauses… several times since March",
    "truces that repeatedly collapsed"). A specific truce named with them ("rejected the 30-day
    ceasefire several times") is singular and still read."""
    words = vocab("ceasefires")
    if _plural_truces().isdisjoint(tokens(doc).lower[start:end]):
        return False
    return bool(has_phrase(window_text(doc, start, end), words["habitual_phrases"]))


@lru_cache(maxsize=1)
def _plural_truces() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["plural_truces"])
