"""Which mission a sentence about sending forces names: a phrase of the ``missions`` vocabulary
("peacekeeping force", "reassurance force"), or, with none, a deployment of troops written as a
verb with a troop noun ("putting Polish soldiers in", "Italian troops would not take part").

Separate from ``positions.py`` because it reads only the sentence's words and its vocabulary
index is built once per vocabulary.
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, _key_word, has_phrase, sentence_words
from coalition.extract.participation_status import word_sets


def mission_in(padded: str, missions: dict, words: dict) -> list[tuple[str, str]]:
    # a phrase is looked for only when the sentence holds its first word
    # only the phrases whose first word the sentence holds, in vocabulary order
    by_first, firsts, always = _mission_index(missions)
    rows = [row for word in sentence_words(padded) & firsts for row in by_first[word]]
    if rows or always:
        rows.extend(always)
        rows.sort()
    found = [(name, phrase) for _, name, phrase, as_tokens in rows if as_tokens in padded]
    if not found and _deployment(padded, words):
        found = [("troop deployment", "troops")]
    return found


def _mission_phrases(missions: dict) -> list[tuple[str, str, str, str]]:
    """(first word, mission, phrase, phrase as tokens) in vocabulary order (``has_phrase`` of one
    phrase)."""
    hit = _MISSIONS.get(id(missions))
    if hit is None or hit[0] is not missions:
        rows = []
        for name, phrases in missions.items():
            for phrase in phrases:
                as_tokens = _as_tokens(phrase)
                # a phrase of no words is in every padded string (" " in " … "); no word gates it
                first = _key_word(as_tokens) if as_tokens.strip() else None
                rows.append((first, name, phrase, as_tokens))
        hit = _MISSIONS[id(missions)] = (missions, rows)
    return hit[1]


def _mission_index(missions: dict):
    """The rows of :func:`_mission_phrases` as (order, mission, phrase, phrase as tokens), by first
    word; the set of first words; and the rows of phrases of no words."""
    hit = _MISSION_INDEX.get(id(missions))
    if hit is None or hit[0] is not missions:
        by_first: dict[str, list] = {}
        always = []
        for order, (first, name, phrase, as_tokens) in enumerate(_mission_phrases(missions)):
            row = (order, name, phrase, as_tokens)
            if first is None:
                always.append(row)
            else:
                by_first.setdefault(first, []).append(row)
        hit = _MISSION_INDEX[id(missions)] = (missions, (by_first, frozenset(by_first), always))
    return hit[1]


_MISSION_INDEX: dict[int, tuple[dict, tuple]] = {}
_MISSIONS: dict[int, tuple[dict, list[tuple[str | None, str, str, str]]]] = {}


def _deployment(padded: str, words: dict) -> bool:
    """A deployment verb with a troop noun a few words on ("putting Polish soldiers in"), or a
    troop noun with a taking-part verb ("Italian troops would not take part")."""
    verbs, nouns = word_sets(words)
    present = sentence_words(padded)
    if present.isdisjoint(verbs) and present.isdisjoint(nouns):
        return False
    tokens = padded.split()
    for i, tok in enumerate(tokens):
        if tok in verbs and any(t in nouns for t in tokens[i + 1 : i + 7]):
            return True
        if tok in nouns and has_phrase(" " + " ".join(tokens[i + 1 : i + 8]) + " ", words["taking_part"]):
            return True
    return False
