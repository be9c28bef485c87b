"""Items as the subject of a denied verb after them: no pledge (twelfth session).

Aid in kind is denied as often by a negation after the items as before them: "British pilots would
not be sent to fight over Ukraine", "the jets will not be handed over this year", "Romanian soldiers
will not be deployed". The in-kind reader tested for a negation only in the clause before the items
("Berlin will not send tanks"), so a refusal whose subject is the items read as a plan (the bare
"would" gave the stage).

A modal ("will", "would", "could", "can", "should", "must", "shall") with "not", "never" or "n't"
right after the items (an adverb or two between), then a verb, is the items' own verb denied. A
negation in the past ("the tanks have not yet arrived") is left alone: it tells of a delay of aid
promised, which the annotation keeps.
"""

from __future__ import annotations

from spacy.tokens import Span

from coalition.extract.context import tokens

# "wo" and "ca" are how the tokenizer splits "won't" and "can't".
_MODALS = frozenset({"will", "would", "could", "can", "should", "must", "shall", "may", "might", "wo", "ca"})
_NEGATIONS = frozenset({"not", "never", "n't", "n’t"})
# Words that may stand between the items and the modal, or between the modal and its negation.
_BETWEEN = frozenset({"also", "still", "then", "now", "therefore", "certainly", "definitely", "simply", "yet"})


def denied_after(doc, sent: Span, last: int) -> bool:
    """Whether the items ending at ``last`` are the subject of a modal that a negation denies:
    "British pilots would not be sent", "the tanks won't go"."""
    lower = tokens(doc).lower
    j = last
    while j < sent.end and lower[j] in _BETWEEN:
        j += 1
    if j >= sent.end or lower[j] not in _MODALS:
        return False
    j += 1
    while j < sent.end and lower[j] in _BETWEEN:
        j += 1
    # "will not only be sent but also maintained": no denial
    return j + 1 < sent.end and lower[j] in _NEGATIONS and lower[j + 1] != "only"
