"""What is no answer to a truce offer, though an answer word stands in the clause.

- A refusal to comment: "the president declined to comment on the month-long truce plan" says
  nothing of the offer; "refused" read it as a rejection.
- An answer under an open question: "it remains unclear whether Moscow and Kyiv will agree to the
  truce", "asked if Kyiv would accept it": the answer is not given, only wondered about; "agree"
  read it as both sides' acceptance.

- An answer word that opens what is said: "British ministers said no final version has been
  agreed" reports that nothing is agreed; "said no" answers only at its clause's end or before what
  is refused ("said no to the truce"), as the stance rules read it (stance_cues.ANSWER_ENDS).

- A past position on truces as a kind: "has repeatedly dismissed Russian truce offers as ploys"
  (general_truce_positions.py).

Word lists in ceasefires.json (no_comment_phrases, open_question_words, open_question_if_leads).
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import has_phrase, vocab
from coalition.extract.general_truce_positions import clause_on_truces_in_general
from coalition.extract.stance_cues import ANSWER_ENDS


@lru_cache(maxsize=1)
def _sets() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("ceasefires")
    return frozenset(words["open_question_words"]), frozenset(words["open_question_if_leads"])


def no_answer(lower, start: int, verb_start: int, verb_window: str, words) -> bool:
    """Whether the answer word read at ``verb_start`` (in the clause from ``start``) gives no answer.

    Three wordings give none:

    - a refusal to comment in the verb's own words ``verb_window`` (no_comment_phrases): "the
      Kremlin declined to comment on the two-day pause", "Kyiv did not say whether it would accept";
    - a clause about truces as a kind, told of the past, read up to twelve tokens past the verb
      (general_truce_positions.py): "Moscow has repeatedly dismissed Ukrainian truce offers as ploys";
    - an open question in the twelve tokens before the verb: "whether", or "if" right after a word
      such as "unclear", "asked" or "wondered" (open_question_if_leads): "it is unclear if Russia
      will agree to the pause", "reporters asked whether Kyiv would accept it". After any other
      word "if" asks nothing: "Moscow said that if Kyiv agreed it would accept the pause" answers.
    """
    if " comment" in verb_window or " say " in verb_window or " address" in verb_window:
        if has_phrase(verb_window, words["no_comment_phrases"]):
            return True
    if _no_word_answer(verb_window):
        return True  # "British ministers said no final version has been agreed": "no" opens the clause said
    if clause_on_truces_in_general(lower, start, min(len(lower), verb_start + 12)):
        return True  # "has repeatedly dismissed Russian truce offers": truces as a kind, told of the past
    questions, if_leads = _sets()
    head = lower[max(start, verb_start - 12) : verb_start]
    if not questions.isdisjoint(head):
        return True
    return any(w == "if" and k > 0 and head[k - 1] in if_leads for k, w in enumerate(head))


# the answer words read after a speech verb ("Moscow said no")
_WORD_ANSWERS = (" said no ", " says no ", " say no ", " said yes ", " says yes ", " say yes ")


def _no_word_answer(verb_window: str) -> bool:
    """Whether a "said no" in ``verb_window`` is followed by a word that makes it no answer."""
    for phrase in _WORD_ANSWERS:
        at = verb_window.find(phrase)
        if at >= 0:
            rest = verb_window[at + len(phrase):].split()[:1]
            return bool(rest) and rest[0] not in ANSWER_ENDS
    return False
