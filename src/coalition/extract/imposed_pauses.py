"""A pause told as imposed in the sentence that lifts it: "the United States lifted the freeze it had
placed on security assistance", "Berlin ended the suspension it imposed on deliveries".

Wording class: a verb of lifting (``lifting_verbs``), a pause noun (``pause_nouns``), then a relative
clause whose verb imposes it (``imposing_verbs``: placed, imposed, put, ordered) and "on" before the
aid. The sentence tells two acts of the same donor on the same aid: the halt (``paused``, ADJUDICATION
50: a halt told in a side clause is recorded) and its end (a resumption, ``announced``). A lifted
pause told without the imposing clause ("lifted its freeze on aid") stays one resumption, as before.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from coalition.extract.context import tokens, vocab

_RELATIVE_FILLERS = frozenset(("that", "which", "it", "they", "he", "she", "washington", "had", "has", "have", "was", "were",
                               "been", "first", "earlier", "previously", "just"))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    words = vocab("commitments")
    return frozenset(words["lifting_verbs"]), frozenset(words["pause_nouns"]), frozenset(words["imposing_verbs"])


def imposed_then_lifted(doc, sent: Span, first: int) -> bool:
    """Whether the aid at ``first`` follows "<lifting verb> the <pause noun> (it had) <imposing verb> on"."""
    lower = tokens(doc).lower
    on = first - 1
    while on > sent.start and lower[on] in ("the", "its", "all", "us", "u.s.", "american"):
        on -= 1
    if on - 3 < sent.start or lower[on] != "on":
        return False  # the cheap test first
    lifting, nouns, imposing = _words()
    if lower[on - 1] not in imposing:
        return False
    j = on - 2
    while j > sent.start and on - j < 7 and lower[j] in _RELATIVE_FILLERS:
        j -= 1
    if lower[j] not in nouns:
        return False
    k = j - 1
    if k > sent.start and lower[k] in ("the", "its", "their", "a"):
        k -= 1
    return lower[k] in lifting
