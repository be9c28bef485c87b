"""The quotes vocabulary (``data/quotes.json``) as sets, built once per process, and what it
tells of the people an article names: whether the text calls them "Ms" or "Mr", or their first
name is a woman's or a man's (for "she said" after two named people).

Apart from ``speakers.py`` because these are word lists and a reading of the whole text, not the
state of one article's referents.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coalition.extract.context import vocab


# The comma as a vocabulary of its own, one object for the positions table to key its column by.
COMMA = frozenset({","})


def genders_of(refs) -> dict[str, str]:
    """Person code -> "f" or "m" where the article tells: a title of address before the surname
    anywhere in the text ("Ms Virtanen"), else the first name of the fullest written name."""
    sets = quote_sets()
    titled = {}
    for match in sets.titled.finditer(refs.ctx.text):
        titled.setdefault(match.group(2), "f" if match.group(1) in sets.female_titles else "m")
    out: dict[str, str] = {}
    for m in refs.people:
        if m.code in out:
            continue
        parts = refs.written_name(m).split()
        gender = titled.get(parts[-1]) if parts else None
        if gender is None and len(parts) > 1:
            gender = "f" if parts[0] in sets.female_names else "m" if parts[0] in sets.male_names else None
        if gender:
            out[m.code] = gender
    return out


class QuoteSets:
    """The quotes vocabulary as sets, built once per process."""

    def __init__(self, words: dict):
        self.speech = frozenset(words["speech_verbs"])
        self.honorifics = frozenset(words["honorifics"])
        self.definite = frozenset(words["definite_determiners"])
        self.determiners = frozenset(words["indefinite_determiners"]) | self.definite
        self.people_nouns = frozenset(w.lower() for w in words["speaker_nouns"])
        # nouns that describe a person only in an apposition after a name ("Jane Doe, a senior figure in
        # the party,"), not as a speaker of their own ("the figure, officials said": a number)
        self.apposed_nouns = self.people_nouns | frozenset(words.get("apposition_person_nouns", ()))
        self.org_nouns = frozenset(words["organisation_nouns"])
        self.head_nouns = self.people_nouns | self.org_nouns
        self.apposition_marks = self.honorifics | COMMA
        self.openers = frozenset(words["clause_openers"])
        self.object_markers = frozenset(words["object_markers"])
        self.places = frozenset(words["not_person_heads"])
        self.female_names = frozenset(words["female_first_names"])
        self.male_names = frozenset(words["male_first_names"])
        self.female_titles = frozenset(words["female_titles"])
        self.subject_verbs = frozenset(words["subject_verbs"])
        self.subject_links = frozenset(words["subject_links"])
        self.subject_attitudes = frozenset(words["subject_attitudes"])
        titles = "|".join(re.escape(t) for t in [*words["female_titles"], *words["male_titles"]])
        # "Ms Virtanen", "Mr. Healey": a title of address and the surname after it
        firsts = "".join(sorted({t[0] for t in [*words["female_titles"], *words["male_titles"]]}))
        # the look-ahead for a title's first letter turns most positions away before the word
        # boundary and the alternatives are tried (the text is searched whole)
        self.titled = re.compile(r"(?=[%s])\b(%s)\.? ([A-Z][\w'’-]+)" % (re.escape(firsts), titles))


@lru_cache(maxsize=1)
def quote_sets() -> QuoteSets:
    return QuoteSets(vocab("quotes"))
