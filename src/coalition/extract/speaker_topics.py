"""Who the sentences before a pronoun are about: the tests the antecedent of "he said" uses to
prefer a sentence's subject over the last name written.

Outlets keep a paragraph's subject in the pronoun of each next sentence ("Nehammer said he had
urged Putin… He described the Russian president as… \"…,\" he said"), and name the speaker of
the next quote through what he said ("Putin's reply was courteous. \"…,\" he said"). The last
name written is then often an object, the other party to a meeting or call.

Separate from ``speakers.py`` (the referents of one article) because these read one sentence's
opening words and know nothing of how the people in it were found.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from coalition.extract.context import tokens, vocab


# The subject form of each pronoun a quote's attribution uses.
_SUBJECT_FORM = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}


def is_quoted(refs, m) -> bool:
    """Whether a person is named inside one of the article's quoted statements: someone spoken
    of ("Putin's escalation has to be met," he said), not a speaker."""
    quoted = refs._quoted_spans()
    at = bisect_right(quoted, (m.start_char, float("inf"))) - 1
    return at >= 0 and quoted[at][0] <= m.start_char < quoted[at][1]


def speaks_through(refs, m) -> bool:
    """A possessive person whose next word is a speech noun ("Putin's reply", "Kallas's answer"):
    the one whose words follow, unlike "Putin's spokesman", who speaks for him."""
    tk = tokens(refs.doc)
    k = m.end + 1
    return k < tk.n and tk.text[m.end] in ("'s", "’s", "'", "’") and tk.lower[k] in _speech_nouns() \
        and not refs.is_object(m)  # "Merz called Trump's words a reversal": whose words are criticised does not speak next


def sentence_topic(refs, best, before_char: int, exclude, pronoun: str | None):
    """Whom the sentence naming ``best`` (the latest person before a pronoun) is about.

    - It opens with the same pronoun ("He said he had gone to Moscow to confront Putin."): the
      pronoun's own antecedent, before that sentence, so a chain of "he" keeps its subject.
    - It opens with a description that stands for a named person ("The chancellor… met President
      Zelensky"): that person.
    - Else the first person in it who is no object of a verb or preposition, or ``best``.
    """
    ctx = refs.ctx
    sent = ctx.sentence_at(best.start_char)
    tk = tokens(refs.doc)
    i = sent.start
    while i < sent.end and tk.space[i]:
        i += 1
    wanted = _SUBJECT_FORM.get(pronoun.lower()) if pronoun else None
    if wanted is not None and i < best.start:
        # the same pronoun as the sentence's subject, opening it or after an opening phrase and its
        # comma ("Writing on Truth Social, he claimed that Zelensky…")
        k = next((k for k in range(i, best.start) if tk.lower[k] == wanted and (k == i or tk.text[k - 1] == ",")), None)
        i = k if k is not None and not any(i <= m.start < k for m in refs.people) else i
    if wanted is not None and i < best.start and tk.lower[i] == wanted:
        earlier = refs.antecedent(sent.start_char, exclude, pronoun)
        if earlier is not None:
            return earlier
    if wanted is not None and _pronoun_after_object(refs, tk, sent, best, wanted):
        earlier = refs.antecedent(sent.start_char, exclude, pronoun)
        if earlier is not None:
            return earlier
    d = refs.subject_of(sent)
    if d is not None and d.person and d.definite and d.start - i <= 1 and d.start < best.start:
        resolved = refs.resolve(d, d.start_char)
        if resolved is not d and getattr(resolved, "label", None) == "PERSON" and resolved.code not in exclude:
            return resolved
    same = [m for m in refs.people if sent.start_char <= m.start_char < min(before_char, sent.end_char)
            and not refs._is_possessive(m) and m.code not in exclude]
    subjects = [m for m in same if not refs.is_object(m)]
    return subjects[0] if subjects else best


def _pronoun_after_object(refs, tk, sent, best, wanted: str) -> bool:
    """'In May, speaking after meeting President Jane Roe, he said…': the person named last is the
    object of an opening phrase and the same pronoun, after that phrase's comma, is the subject of
    the sentence. The pronoun then goes on from the sentence before (whom one meets is not who
    speaks), as it does when it opens the sentence; no person of the opening phrase is its subject."""
    if not refs.is_object(best):
        return False
    k = next((k for k in range(best.end, sent.end) if tk.lower[k] == wanted and tk.text[k - 1] == ","), None)
    if k is None:
        return False
    return all(refs.is_object(m) or refs._is_possessive(m) for m in refs.people if sent.start <= m.start < k)


@lru_cache(maxsize=1)
def _speech_nouns() -> frozenset[str]:
    return frozenset(vocab("quotes")["speech_nouns"])


def is_attributive(refs, m) -> bool:
    """A name used as a modifier of a body or period ("the Biden administration", "the Putin regime"):
    no person a later pronoun stands for."""
    tk = tokens(refs.doc)
    return m.end < tk.n and tk.lower[m.end] in _attributive_heads()


@lru_cache(maxsize=1)
def _attributive_heads() -> frozenset[str]:
    return frozenset(vocab("quotes")["attributive_heads"])
