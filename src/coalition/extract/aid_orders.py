"""Military aid to Ukraine named in another word order: the recipient as the verb's first object
("will not supply Ukraine with weapons", "has refused to provide Kyiv with lethal aid", "would not
send Ukraine arms"), a verb of arming ("avoids arming Kyiv"), and item nouns the phrase list lacks
before "to"/"for" the recipient ("would no longer send arms to Ukraine", "lethal aid to Kyiv").

The stance vocabulary names this target by phrases written item first ("weapons to ukraine"), so
a refusal told with the recipient first, or with "arms" or "lethal aid" for the items, had a cue
and a holder but no target and gave nothing. Outlets write refusals of arms this way as often
as the other (neutral and non-aligned states' standing policies above all). Read here as extra
target hits of :func:`stance_targets.targets_in`, so every stance rule (negation, holder,
condition) reads them as it reads a listed phrase.

Not read: a gerund before the recipient ("Selling Kyiv its weapons, as opposed to giving them,
was popular", "support for selling Ukraine weapons": an activity named, no holder's act), but for
"arming" after a word ("avoids arming Kyiv"); "aid", "help", "support" or
"assistance" alone ("provide Ukraine with humanitarian aid" is no military aid); the recipient as
a subject ("Ukraine with its weapons"); a sentence where a listed phrase already names the target.
"""

from __future__ import annotations

from coalition.extract.context import vocab

_WORDS = vocab("aid_orders")
TARGET = _WORDS["target"]
RECIPIENTS = frozenset(_WORDS["recipients"])
# item phrases, as token tuples; first words give a cheap gate
NOUNS = tuple(tuple(n.split()) for n in _WORDS["nouns"])
NOUN_HEADS = frozenset(n[-1] for n in NOUNS)
VERBS = frozenset(_WORDS["verbs"])
ARMING = frozenset(_WORDS["arming"])
MODIFIERS = _WORDS["modifiers"]
_OPENERS = frozenset(('"', "'", "“", "‘", "(", "-", "—"))
# words that may stand between the recipient and the items ("with more lethal weapons")
_FILLERS = frozenset(_WORDS["fillers"])


def aid_order_hits(padded: str, words: frozenset, targets: dict, known: list) -> list[tuple[int, str]]:
    """(character offset, target) of military aid to Ukraine in another word order; none when the
    vocabulary lacks the target or a listed phrase already names it."""
    if TARGET not in targets or RECIPIENTS.isdisjoint(words):
        return []
    if any(name == TARGET for _, name in known):
        return []
    if NOUN_HEADS.isdisjoint(words) and ARMING.isdisjoint(words):
        return []
    toks = padded.split()
    hits = []
    for i, word in enumerate(toks):
        if word not in RECIPIENTS:
            continue
        before = toks[i - 1] if i else ""
        if i == 1 or (i == 2 and toks[0] in _OPENERS):
            if before.endswith("ing"):
                continue  # "Selling Kyiv its weapons … was popular": an activity as a subject, nobody's act
        after = toks[i + 1] if i + 1 < len(toks) else ""
        if before in ARMING:  # "arming Kyiv", "to arm Ukraine"
            hits.append(i)
        elif before in VERBS and (after == "with" and _items_at(toks, i + 2) or _items_at(toks, i + 1)):
            hits.append(i)  # "supply Ukraine with weapons", "send Ukraine arms"
        elif before in ("to", "for") and i >= 2 and _items_end(toks, i - 2):
            hits.append(i)  # "arms to Ukraine", "lethal aid for Kyiv"
    if not hits:
        return []
    return [(_offset(padded, toks, hits[0]), TARGET)]


def _items_at(toks: list, i: int) -> bool:
    """Item nouns start at i, after at most MODIFIERS fillers."""
    for skip in range(MODIFIERS + 1):
        j = i + skip
        if any(tuple(toks[j:j + len(n)]) == n for n in NOUNS):
            return True
        if j >= len(toks) or toks[j] not in _FILLERS:
            return False
    return False


def _items_end(toks: list, i: int) -> bool:
    """Item nouns end at i ("lethal aid" ends on "aid")."""
    return any(i + 1 >= len(n) and tuple(toks[i + 1 - len(n):i + 1]) == n for n in NOUNS)


def _offset(padded: str, toks: list, i: int) -> int:
    # the character offset of token i in the padded text (tokens are single-space separated)
    return len(" " + " ".join(toks[:i]) + " ") - 1 if i else 0
