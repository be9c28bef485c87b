"""Finding the truce words of a clause, and the word lists ``ceasefires.py`` gates its sentences on.

:func:`_trigger_spans` gives the token ranges of the truce words in a clause: a trigger phrase
("ceasefire", "a halt to the fighting"), a halt word with the fighting as its object ("a moratorium
on strikes against power plants"), both sides stopping ("proposing that both sides stop long-range
strikes"), a reciprocal stop, a proposed plural ("short truces") and a proposal noun made specific by
a duration or domain ("the American 30-day offer"). :func:`_keys` holds one word of each phrase list,
so that a sentence without any of them is read no further.

Moved out of ``ceasefires.py`` (over its size limit), which imports these names.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.ceasefire_offers import plural_nouns, proposed_plurals
from coalition.extract.ceasefire_owners import RECIPROCAL_IFS, RECIPROCAL_STOPS, reciprocal_stop
from coalition.extract.context import _as_tokens, _key_word, tokens, vocab

# Words of a subject that is both warring sides: "both sides stop", "the parties would cease".
_BOTH_SUBJECTS = {"both", "sides", "parties", "mutual", "mutually", "each"}
# ...and verbs of giving the fighting up: "both countries give up / forgo / refrain from long-range
# strikes" is as much a truce as "both sides stop" ("give" counts only before "up")
_BOTH_STOP = {"stop", "stopping", "cease", "end", "refrain", "forgo", "forego", "renounce", "give"}


# -- vocabulary, prepared once -------------------------------------------------------------

def _key_words(phrases) -> frozenset[str]:
    """One word of each phrase (as the tokenizer splits it): a text without any of them holds none
    of the phrases. A phrase of no words could be anywhere: its key is the empty string, which no
    sentence's words hold, so such a list is never gated (see :func:`_keys`)."""
    out = set()
    for phrase in phrases:
        as_tokens = _as_tokens(phrase)
        if not as_tokens.split():
            return frozenset()
        out.add(_key_word(as_tokens))  # the word the phrase indexes file it under
    return frozenset(out)


class _Keys:
    def __init__(self, words: dict):
        self.triggers = _key_words(words["triggers"])
        self.halt_words = _key_words(words["halt_words"])
        self.halt_objects = _key_words(words["halt_objects"])
        self.qualified_nouns = _key_words(words["qualified_nouns"])
        self.anaphors = _key_words(words["anaphors"])
        self.continuation = _key_words(_continuation_phrases())
        for name, value in vars(self).items():
            if not value:  # a list with an empty phrase: never skip on it
                raise ValueError(f"ceasefires: an empty phrase in {name}")


@lru_cache(maxsize=1)
def _keys() -> _Keys:
    return _Keys(vocab("ceasefires"))


@lru_cache(maxsize=1)
def _continuation_phrases() -> list[str]:
    """What a later sentence of a paragraph must hold to add to its truce (see ``ceasefires._read_continuation``)."""
    words = vocab("ceasefires")
    return (sum(words["responses"].values(), []) + words["proposer_before"]
            + sum(words["responded_by"].values(), []) + words["violated"] + words["in_force"])


@lru_cache(maxsize=1)
def _qualifier_scopes() -> list[list[str]]:
    return [q.split() for q in vocab("ceasefires")["qualifier_scopes"]]


# -- truce words ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _triggers_by_first_word() -> dict[str, list[list[str]]]:
    """The trigger phrases as the tokenizer splits them, by their first word."""
    out: dict[str, list[list[str]]] = {}
    for phrase in vocab("ceasefires")["triggers"]:
        toks = " ".join(phrase.replace("-", " - ").split()).split()
        out.setdefault(toks[0], []).append(toks)
    return out


_TRIGGER_SETS: list = [None, None]


def _trigger_sets(words) -> tuple[frozenset[str], ...]:
    """The one-word lists :func:`_trigger_spans` tests every token against, as sets (built again
    only for another vocabulary)."""
    if _TRIGGER_SETS[0] is not words:
        _TRIGGER_SETS[:] = [words, (frozenset(_triggers_by_first_word()), frozenset(words["halt_words"]),
                                    frozenset(words["halt_objects"]), frozenset(words["qualified_nouns"]),
                                    frozenset(words["duration_units"]), frozenset(words["modifier_heads"]))]
    return _TRIGGER_SETS[1]


def _trigger_spans(doc, start: int, end: int, words) -> list[tuple[int, int]]:
    """Token ranges of the truce words in doc[start:end]."""
    lowers = tokens(doc).lower[start:end]
    out = []
    by_first = _triggers_by_first_word()
    firsts, halt_words, halt_objects, qualified_nouns, duration_units, heads = _trigger_sets(words)
    # Each pass below adds a range only at a word of its own list: a clause (most are) without
    # any such word skips the pass rather than walk its tokens.
    present = set(lowers)
    if not present.isdisjoint(firsts):
        # only the places of a first word are tried (a membership test per token, not a lookup)
        for i in [i for i, low in enumerate(lowers) if low in firsts]:
            for toks in by_first[lowers[i]]:
                if lowers[i : i + len(toks)] == toks:
                    if i + len(toks) < len(lowers) and lowers[i + len(toks)] in heads:
                        break  # "ceasefire monitoring", "the ceasefire line": a word about a truce, no truce
                    out.append((start + i, start + i + len(toks)))
    # "a halt to naval attacks", "a moratorium on strikes against power plants"
    if not present.isdisjoint(halt_words):
        for i in [i for i, low in enumerate(lowers) if low in halt_words]:
            for k in range(i + 1, min(len(lowers), i + 5)):
                if lowers[k] in halt_objects:
                    out.append((start + i, start + k + 1))
                    break
    # "proposing that both sides stop long-range strikes": "stop" with the fighting as its object
    # is a truce when both sides are its subject ("air defence to stop drone attacks" is none)
    if not present.isdisjoint(_BOTH_STOP):
        for i, low in enumerate(lowers):
            if low in _BOTH_STOP and any(w in _BOTH_SUBJECTS for w in lowers[max(0, i - 4) : i]) \
                    and (low != "give" or lowers[i + 1 : i + 2] == ["up"]):
                for k in range(i + 1, min(len(lowers), i + 10)):
                    if lowers[k] in halt_objects:
                        out.append((start + i, start + k + 1))
                        break
    if not present.isdisjoint(RECIPROCAL_STOPS) and not present.isdisjoint(RECIPROCAL_IFS):
        reciprocal = reciprocal_stop(doc, start, end, words)  # "would stop hitting … if Russia stopped"
        if reciprocal is not None:
            out.append(reciprocal)
    # "a proposal for short truces": a plural truce that is what is proposed
    if not present.isdisjoint(plural_nouns()):
        out += proposed_plurals(lowers, start)
    # "the American 30-day offer", "the Black Sea deal": a proposal noun made specific by a
    # duration or a domain word right before it.
    if not present.isdisjoint(qualified_nouns):
        qualifier_scopes = _qualifier_scopes()
        for i, low in enumerate(lowers):
            if low in qualified_nouns and i > 0:
                if lowers[i - 1] in duration_units or lowers[i - 1] == "long" or any(
                    lowers[max(0, i - len(q)) : i] == q for q in qualifier_scopes
                ):
                    out.append((start + i, start + i + 1))
    return sorted(set(out))
