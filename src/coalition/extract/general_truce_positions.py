"""A warring side's position on truces as a kind is no answer to the truce an article reports.

"Zelensky has in the past expressed scepticism over Russian ceasefire announcements, describing them
as tactics to regroup": the stance is on Russia's truce announcements in general, told as the past,
and was recorded as Ukraine's rejection of the Easter truce the article is about (when Ukraine had
not yet answered it). A stance whose evidence holds a truce word before a plural offer noun
("ceasefire announcements", "truce offers") and a past or habitual marker ("in the past",
"repeatedly", "has long") is not made an answer; it stays a stance (ADJUDICATION decision 3: a
position on a ceasefire in general rather than the proposal answered). Word lists in
ceasefires.json (general_offer_nouns, general_truce_markers).

A refusal of any truce of a kind ("has ruled out any ceasefire that leaves Russian troops on its
land") names the class of truces by the term the side refuses, not the proposal the article reports:
it stays a stance even when the side's answer to that proposal is recorded (``on_a_kind_of_truce``;
kind_of_truce_determiners and kind_of_truce_relatives in ceasefires.json).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import has_phrase, vocab

_TRUCE_WORDS = ("ceasefire", "cease-fire", "truce", "moratorium", "armistice")


@lru_cache(maxsize=1)
def _offers() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["general_offer_nouns"])


def on_truces_in_general(stance) -> bool:
    """Whether the stance's evidence tells a past position on truce offers as a kind."""
    words = stance.evidence.text.lower().split()
    offers = _offers()
    if not any(w.strip(".,;:'\"") in offers and k > 0 and words[k - 1].strip("'\"") in _TRUCE_WORDS
               for k, w in enumerate(words)):
        return False
    return bool(has_phrase(" " + " ".join(w.strip(".,;:'\"") for w in words) + " ",
                           vocab("ceasefires")["general_truce_markers"]))


def clause_on_truces_in_general(lower, start: int, end: int) -> bool:
    """The same test on a clause's tokens, for an answer read in the ceasefire clause itself
    ("has repeatedly dismissed Russian truce offers as ploys")."""
    offers = _offers()
    clause = lower[start:end]
    if offers.isdisjoint(clause):
        return False  # cheap test first
    if not any(w in offers and k > 0 and clause[k - 1] in _TRUCE_WORDS for k, w in enumerate(clause)):
        return False
    return bool(has_phrase(" " + " ".join(clause) + " ", vocab("ceasefires")["general_truce_markers"]))


def on_a_kind_of_truce(stance) -> bool:
    """Whether the stance is a refusal of any truce of a kind: its evidence has "any" (or "every"),
    a truce noun and a relative pronoun in a row ("any ceasefire that leaves Russian troops …")."""
    if stance.stance != "oppose":
        return False
    words = [w.strip(".,;:'\"“”") for w in stance.evidence.text.lower().split()]
    words = ["ceasefire" if w == "cease-fire" else w for w in words]
    table = vocab("ceasefires")
    determiners, relatives = table["kind_of_truce_determiners"], table["kind_of_truce_relatives"]
    return any(words[k] in determiners and words[k + 1].rstrip("s") in _TRUCE_WORDS and words[k + 2] in relatives
               for k in range(len(words) - 2))
