"""Which target of the stance vocabulary a clause names: every target phrase in a sentence, found
through an index of each phrase under its rarest word, and the one a cue is about.

Apart from ``positions.py`` because it is a lookup over the vocabulary, shared with the optional
stance classifier, and not a reading of who holds what position.
"""

from __future__ import annotations

from coalition.extract.context import _as_tokens, _key_word, sentence_words
from coalition.extract.aid_orders import aid_order_hits
from coalition.extract.stance_scope import owner_of_other, unaddressed

# What Ukraine asks others for: its own support for them is no position worth a fact ("Ukraine
# was on an irreversible path to joining the alliance").
FOR_UKRAINE = frozenset({"peacekeeping force", "military aid to Ukraine", "Ukraine's NATO membership",
                         "Ukraine's EU membership", "security guarantees for Ukraine", "loans to Ukraine"})
# the targets a troop offer is about: a position on them in a sentence about sending soldiers is a
# participation (participation.py), not a stance
FORCES = frozenset({"peacekeeping force", "coalition of the willing"})


def targets_in(padded: str, targets: dict) -> list[tuple[int, str]]:
    """(character offset, target name) of every target phrase in a padded text, in order."""
    index = _target_index(targets)
    hits = []
    # two sets: the intersection walks the smaller (the index itself would be walked whole)
    for word in sentence_words(padded) & _TARGETS[2]:
        for name, phrase, as_tokens in index[word]:
            if as_tokens in padded:
                at = padded.find(as_tokens)
                if not _temporal(padded, at) and not unaddressed(padded, at) and not owner_of_other(padded, at, as_tokens):
                    hits.append((at, name))
    # "will not supply Ukraine with weapons", "arms to Kyiv": the same target in another word order
    hits += aid_order_hits(padded, sentence_words(padded), targets, hits)
    return sorted(hits)


# "warned against a debate … before a ceasefire exists", "parted without a ceasefire": a target
# named as a time or a circumstance is no target of the clause's position.
TEMPORAL = frozenset("before after until once since without".split())


def _temporal(padded: str, at: int) -> bool:
    # the last two words only: splitting all the text before a late target cost more than the test
    before = padded[:at].rsplit(None, 2)[-2:]
    if before and before[-1] in ("a", "an", "the", "any"):
        before = before[:-1]
    return bool(before) and before[-1] in TEMPORAL


_TARGETS: list = [None, None, frozenset()]


def _target_index(targets: dict) -> dict[str, list[tuple[str, str, str]]]:
    """Every target phrase under its rarest word (``_key_word``: "the
    deliveries" is looked for only in sentences holding "deliveries", not in every sentence
    holding "the"; "peace talks" only in those holding "talks", not in all that say "peace"),
    built again only for another vocabulary. The hits are sorted, so which word a phrase is
    found under does not change them."""
    if _TARGETS[0] is not targets:
        index: dict[str, list[tuple[str, str, str]]] = {}
        for name, phrases in targets.items():
            for phrase in phrases:
                as_tokens = _as_tokens(phrase)
                index.setdefault(_key_word(as_tokens), []).append((name, phrase, as_tokens))
        _TARGETS[:] = [targets, index, frozenset(index)]
    return _TARGETS[1]


def target_for(text: str, cue: str, targets: dict) -> str | None:
    """The target a cue is about: the first named after it ("condemned plans … to station a
    reassurance force … after a ceasefire"), else the last named before it."""
    hits = targets_in(text, targets)
    if not hits:
        return None
    at = text.find(" " + cue + " ")
    after = [name for pos, name in hits if pos >= at]
    return after[0] if after else hits[-1][1]
