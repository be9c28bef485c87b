"""The people finder: names after role titles and beside speech verbs, with each person's role
and country (the ``coalition_people`` component of :mod:`coalition.extract.pipeline`).

It works on the document's word columns (:mod:`coalition.extract.words`) rather than Token
objects, and writes only the entities it changes.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

from coalition.extract.words import words
from coalition.resolve import actors as gazetteer

# A name part: a capitalised word, or a particle inside a name ("Ursula von der Leyen").
NAME_PARTICLES = ["von", "der", "van", "de", "den", "la", "le", "du", "da", "al", "bin", "dos"]
# Capitalised words that follow a role title but are not names ("President Trump's administration" is
# fine; "Prime Minister on Sunday" is not a name).
NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "For", "And", "But", "Of", "To", "This", "That", "He", "She", "It",
    "They", "We", "His", "Her", "Their", "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Office", "Ministry", "Department", "Council", "Commission",
    "Said", "Says", "Told", "Added", "Who", "Which", "When", "While", "As", "After", "Before", "Has", "Had",
    "Was", "Is", "Will", "Would", "Could", "Also", "Minister", "Secretary", "President", "Government",
    "League", "Cup",  # "Premier League": a competition after a word that can be a title
    # "the Prioritized Ukraine Requirements List", "the Ukraine Facility": words of a fund's or a
    # scheme's name after a country, which read as a person of that country and so as the owner
    # of the sum after them
    "Requirements", "List", "Fund", "Facility", "Initiative", "Mechanism", "Programme", "Program",
}


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """Last words of a body's or place's name ("… Management", "… House"): no person's name."""
    return frozenset(json.loads((Path(__file__).parent / "data" / "quotes.json").read_text(encoding="utf-8"))["not_person_heads"])


@lru_cache(maxsize=1)
def _title_bodies() -> frozenset[str]:
    """Body nouns that a title word opens the name of ("General Assembly", "General Staff"); no
    surname, unlike "Park" or "Hall" after "Mr"."""
    return frozenset(json.loads((Path(__file__).parent / "data" / "quotes.json").read_text(encoding="utf-8"))["title_bodies"])


# the verbs an attribution uses around a name no table knows ('," insisted Oksana Melnyk, who…')
SPEECH_VERBS = ["said", "says", "told", "added", "warned", "explained", "wrote", "argued", "noted", "insisted", "stressed",
                "replied", "conceded", "admitted", "acknowledged", "recalled", "cautioned", "responded", "commented",
                "declared", "tweeted", "posted", "remarked"]
TITLES_ONLY = ("Mr", "Ms", "Mrs", "Dr", "Sir", "Dame")
# Words before two capitalised words that make them a title's end, a place or a named thing, not a
# person: "the Minister for Foreign Affairs said", "diplomats in New York said", "the White House said"
_NOT_BEFORE_NAME = frozenset({"for", "of", "in", "at", "the"})
# A pronoun right before the speech verb is its subject: "X, she added, …" names no speaker X
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
PARTICLES = set(NAME_PARTICLES)


# Surnames with an inner capital ("McAllister", "MacLeod", "FitzGerald", "LaPlante", "DeSantis") fail ``str.istitle``;
# they are name parts all the same. Each starts with one of the prefixes: a test of those comes
# first, so that the pattern runs on few words.
INNER_CAPITAL_NAME = re.compile(r"(?:Mc|Mac|Fitz|La|Le|De|Di|Du|Van|O')[A-Z][a-z]+$")
INNER_CAPITAL_PREFIXES = ("Mc", "Mac", "Fitz", "La", "Le", "De", "Di", "Du", "Van", "O'")
COUNTRY = hash_string("COUNTRY")


class _Columns:
    """What the people finder asks of tokens, as lists by token position: the document's word
    columns (:class:`coalition.extract.words.Words`, shared with the token table the fact
    rules read) and its entity columns as this component sees them. Building a Token object
    for each question cost more than the questions."""

    __slots__ = ("doc", "text", "lower", "title", "alpha", "ws", "n", "entities", "blocked", "country", "_starts")

    def __init__(self, doc: Doc, ent_array: np.ndarray, not_names: frozenset[int]):
        word = words(doc)
        self.doc = doc
        self.text, self.lower, self.title, self.alpha, self.ws, self.n = (
            word.text, word.lower, word.title, word.alpha, word.ws, word.n)
        # ``to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])``, read in place: ``_change_ents``
        # writes the new entities into it, so it always holds the document's (few tokens are asked)
        self.entities = ent_array
        # the tokens of a COUNTRY, ORG or COMPANY entity as the EntityRuler left them, which are
        # no name part (the names found here do not change which those are: see ``__call__``)
        label = ent_array[:, 1]
        blocked = np.zeros(len(label), dtype=bool)
        for h in not_names:
            blocked |= label == h
        self.blocked = blocked.tolist()
        self.country = (label == COUNTRY).tolist()
        self._starts: list[bool] | None = None

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``: the words with the white space between them."""
        text, ws = self.text, self.ws
        return "".join([text[k] + " " if ws[k] else text[k] for k in range(start, end - 1)]) + text[end - 1]

    def is_sent_start(self, i: int) -> bool:
        """``doc[i].is_sent_start`` once the sentencizer has set every token's start."""
        if self._starts is None:
            self._starts = (self.doc.to_array(SENT_START).astype(np.int64) == 1).tolist()
        return self._starts[i]

    def is_name_part(self, j: int) -> bool:
        word = self.text[j]
        return ((self.title[j] or (word.startswith(INNER_CAPITAL_PREFIXES) and INNER_CAPITAL_NAME.match(word) is not None))
                and word not in NOT_NAMES and not self.blocked[j])


def _name_end(cols: _Columns, i: int, most: int = 3) -> int | None:
    """Where a name that starts at token ``i`` ends: capitalised words, with particles inside
    ("Ursula von der Leyen") and hyphenated parts ("Cho Tae-yul"); None if no name starts there."""
    j, parts = i, 0
    n = cols.n
    name_part, lower, text, ws, alpha = cols.is_name_part, cols.lower, cols.text, cols.ws, cols.alpha
    while j < n and parts < most:
        if name_part(j):
            parts += 1
            j += 1
        elif parts and lower[j] in PARTICLES and j + 1 < n and (name_part(j + 1) or lower[j + 1] in PARTICLES):
            j += 1
        elif parts and text[j] == "-" and not ws[j] and j + 1 < n and alpha[j + 1] and not ws[j - 1]:
            j += 2
        elif (parts and cols.country[j] and cols.title[j] and text[j] not in NOT_NAMES
              and (j + 1 == n or not cols.title[j + 1])):
            # "Prime Minister Luis Montenegro said": a surname that is also a country's name, after a
            # first name and before a lower-case word or a mark, ends the name
            parts += 1
            j += 1
            break
        else:
            break
    if not parts:
        return None
    # A known person's name ends where the table says: "John Healey Visits" is John Healey.
    for end in range(j, i, -1):
        if gazetteer.person_by_name(cols.span_text(i, end)):
            return end
    return j


@Language.factory("coalition_people")
def make_people_finder(nlp: Language, name: str) -> "PeopleFinder":
    return PeopleFinder(nlp)


class PeopleFinder:
    """Finds "ROLE Firstname Lastname" mentions and records each person's role and actor.

    Known office holders come from the EntityRuler; this adds people the table does
    not know, and the role and country of every person mention, in
    ``doc.user_data["people"]``: ``{(start, end): (name, role, actor)}``.
    """

    def __init__(self, nlp: Language):
        # PhraseMatchers, not token Matchers: a Matcher with a pattern per role and name shape
        # cost most of the pipeline's time; role phrases and speech verbs are fixed strings,
        # and the name after them is read by a few lines of Python.
        self.roles = gazetteer.roles()
        self.role_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.role_matcher.add("ROLE", list(nlp.tokenizer.pipe(self.roles)))
        self.speech_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.speech_matcher.add("SAID", list(nlp.tokenizer.pipe(SPEECH_VERBS)))
        # the id of a label spaCy knows is its symbol, not the hash of its name
        strings = nlp.vocab.strings
        self.person = strings.add("PERSON")
        self.actor_labels = frozenset(strings.add(label) for label in ("COUNTRY", "ORG"))
        self.org_label, self.country_label = strings.add("ORG"), strings.add("COUNTRY")
        self.not_names = frozenset(strings.add(label) for label in ("COUNTRY", "ORG", "COMPANY"))

    def __call__(self, doc: Doc) -> Doc:
        people: dict[tuple[int, int], tuple[str, str | None, str | None]] = {}
        # The entities are kept as (start, end, label, kb_id, id) tuples while this component
        # works and set once at the end: each read of ``doc.ents`` builds a Span per entity, and
        # each write rebuilds every token's entity.
        #
        # Until then the tokens keep the EntityRuler's entities. The speakers added first are
        # PERSON entities on words without one, and the names below only remove entities, so
        # what ``is_name_part`` and ``_actor_before`` ask (COUNTRY, ORG, COMPANY) reads the same.
        # The entity columns are read once: nothing writes them before ``_change_ents``.
        ent_array = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])
        cols = _Columns(doc, ent_array, self.not_names)
        ents = ruler_ents = _entities(doc, ent_array)
        person = self.person
        changed = False
        speakers = self._speakers(doc, cols)
        if speakers:
            # the speakers sit on words without an entity: only they can overlap each other
            ents = sorted(ents + _filter_spans([(a, b, person, 0, 0) for a, b in speakers]))
            changed = True
        # One name may follow several role phrases ("Foreign Minister", "Minister"): keep the
        # longest role for each name.
        role_start: dict[int, int] = {}
        for _, start, end in self.role_matcher(doc):
            if cols.span_text(start, end) in self.roles:
                role_start[end] = min(start, role_start.get(end, start))
        candidates = []
        # a name the gazetteer found whole after the role ("President Luiz Inacio Lula da Silva")
        # is not cut down to the three name words the title rule reads
        gazetteer_end = {a: b for a, b, label, *_ in ruler_ents if label == person}
        for role_end, start in role_start.items():
            end = _name_end(cols, role_end)
            if end is not None and gazetteer_end.get(role_end, 0) > end:
                continue
            if end is not None and cols.text[end - 1] in _title_bodies():
                continue  # "the UN General Assembly": a title word opening a body's name, no person
            if end is not None:
                candidates.append((start, role_end, end))
            elif role_end + 2 < cols.n and cols.text[role_end] == ",":
                # "The defence minister, Arvydas Anusauskas, said": a name of two words or more
                # in apposition to the role, closed by a comma or the sentence's end.
                end = _name_end(cols, role_end + 1)
                if end is not None and end - role_end > 2 and (end == cols.n or cols.text[end] in (",", ".", ":")):
                    candidates.append((start, role_end + 1, end))
        kept = {(a, b) for a, b, *_ in _filter_spans([(r, e) for _, r, e in candidates])}
        spans = []
        for start, role_end, end in candidates:
            if (role_end, end) not in kept:
                continue
            role_text = cols.span_text(start, role_end).rstrip(" ,")  # without an apposition's comma
            role, implied = self.roles.get(role_text, (role_text, None))
            if role in TITLES_ONLY:
                role = None
            name_text = cols.span_text(role_end, end)
            known = gazetteer.person_by_name(name_text)
            name = known.name if known else name_text
            actor = self._actor_before(cols, start) or implied or (known.actor if known else None)
            if role is None and known:
                role = known.role
            spans.append((role_end, end, person, 0, 0))
            people[(role_end, end)] = (name, role, actor)
        if spans:
            # an entity sharing a token with a name gives way to it
            named = bytearray(len(doc))
            for a, b, *_ in spans:
                named[a:b] = b"\1" * (b - a)
            keep = [e for e in ents if not any(named[e[0] : e[1]])]
            # the names do not overlap each other (``kept``) nor what is kept: sorted by start is
            # what ``filter_spans`` gives
            ents = sorted(keep + spans)
            changed = True
        if changed:
            _change_ents(doc, ruler_ents, ents, ent_array)
        strings = doc.vocab.strings
        for ent_start, ent_end, label, _, ent_id in ents:
            if label == person and (ent_start, ent_end) not in people:
                ent_text = cols.span_text(ent_start, ent_end)
                known = gazetteer.person_by_name((strings[ent_id] if ent_id else "") or ent_text)
                actor = self._actor_before(cols, ent_start)
                role = None
                # "Ukrainian President Volodymyr Zelensky": the role sits before a known name too
                if ent_start in role_start:
                    role_from = role_start[ent_start]
                    role = self.roles[cols.span_text(role_from, ent_start)][0]
                    actor = self._actor_before(cols, role_from) or actor
                if known:
                    role = role if role not in (None, *TITLES_ONLY) else known.role
                    actor = known.actor if known.actor else actor
                people[(ent_start, ent_end)] = (known.name if known else ent_text, role, actor)
        surnamed = _surnames_read_as_countries(cols, ents, people, person)
        if surnamed:
            _change_ents(doc, ents, surnamed, ent_array)
        doc.user_data["people"] = people
        return doc

    def _speakers(self, doc: Doc, cols: _Columns) -> list[tuple[int, int]]:
        """People no table knows and no title introduces: "Jana Novotná said", "said Tom Grant",
        "Jana Novotná, who runs the plant, said"; (start, end) of each."""
        spans = []
        n = cols.n
        name_part, text = cols.is_name_part, cols.text
        for _, v, _ in self.speech_matcher(doc):
            if v + 2 < n and name_part(v + 1) and name_part(v + 2):
                spans.append((v + 1, v + 3))
            if v >= 4 and text[v - 1] == ")":
                # "Dimitar Gochev (We Continue the Change) said:": a party or place in brackets after the name
                opening = next((k for k in range(v - 2, max(0, v - 10), -1) if text[k] == "("), None)
                if opening is not None and opening >= 2 and name_part(opening - 2) and name_part(opening - 1):
                    spans.append((opening - 2, opening))
                    continue
            if v >= 2 and name_part(v - 2) and name_part(v - 1) and not (
                cols.is_sent_start(v - 2) and text[v - 2] in NOT_NAMES
            ) and not (v >= 3 and cols.lower[v - 3] in _NOT_BEFORE_NAME):  # "the Minister for Foreign Affairs said"
                spans.append((v - 2, v))
                continue
            if cols.lower[v - 1] in _SUBJECT_PRONOUNS:
                continue  # "The Olympic Games, she added, offer…": the pronoun speaks, not the words before it
            for k in range(v - 1, max(1, v - 20), -1):
                word = text[k]
                if word in (".", ":") or "\n" in word or cols.is_sent_start(k):
                    break
                if word == "," and name_part(k - 1) and k >= 2 and name_part(k - 2):
                    if text[k - 1] in _org_heads():
                        continue  # "…, head of Northwind Capital Management, which runs the fund, said"
                    if k >= 3 and cols.lower[k - 3] in ("for", "of", "and", "the"):
                        continue  # "Kenji Sato, Deputy Minister for Foreign Affairs, told": the end of a title
                    spans.append((k - 2, k))
                    break
        if not spans:
            return spans
        # A word already read as a name or actor keeps that reading: "Meanwhile Zelensky said" is
        # Zelensky, not a person called "Meanwhile Zelensky".
        ent_type = cols.entities[:, 1]
        return [(a, b) for a, b in spans if not ent_type[a:b].any()]

    def _actor_before(self, cols: _Columns, i: int) -> str | None:
        """The actor written just before a role: "Russian", "UK", "Ukraine's", "the European Commission"."""
        j = i - 1
        if j >= 0 and cols.text[j] in ("'s", "’s"):
            j -= 1
        if j < 0:
            return None
        iob, label, _, ent_id = cols.entities[j].tolist()
        # an entity's token: B (3) or I (1)
        if label in self.actor_labels and iob in (1, 3):
            actor = (cols.doc.vocab.strings[ent_id] if ent_id else "") or None
            if label == self.org_label:
                # "Russia's UN envoy", "the British NATO ambassador": the organisation is where the
                # person is posted; the country before it is whom they speak for
                while j > 0 and cols.entities[j].tolist()[0] == 1:
                    j -= 1  # back to the organisation's first token
                outer = self._actor_before(cols, j) if j > 0 else None
                if outer and cols.entities[j - 1 - (cols.text[j - 1] in ("'s", "’s"))].tolist()[1] == self.country_label:
                    return outer
            return actor
        return None


def _surnames_read_as_countries(cols: _Columns, ents: list[tuple], people: dict, person: int) -> list[tuple] | None:
    """The entities with a lone surname that is also a country's name ("Prime Minister Luís
    Montenegro … Montenegro said") read as the person named in full earlier in the article; None
    when there is none. ``people`` gains the surname's mentions."""
    surnames: dict[str, tuple[int, tuple]] = {}
    for (start, end), details in people.items():
        if end - start >= 2:
            surnames.setdefault(cols.text[end - 1], (start, details))
    if not surnames:
        return None
    changed = False
    after = []
    for entity in ents:
        start, end, label = entity[0], entity[1], entity[2]
        named = surnames.get(cols.text[start]) if label == COUNTRY and end - start == 1 else None
        if named is not None and named[0] < start:
            after.append((start, end, person, 0, 0))
            people[(start, end)] = named[1]
            changed = True
        else:
            after.append(entity)
    return after if changed else None


def _entities(doc: Doc, arr: np.ndarray | None = None) -> list[tuple[int, int, int, int, int]]:
    """``doc.ents`` as (start, end, label, kb_id, id) hashes, read off the token arrays: a B
    token with a label starts an entity, the I tokens after it continue it. ``arr``, if given,
    is ``doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])`` (it is not changed)."""
    if arr is None:
        arr = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])
    iob = arr[:, 0]
    starts = np.flatnonzero((iob == 3) & (arr[:, 1] != 0))
    if not len(starts):
        return []
    breaks = np.append(np.flatnonzero(iob != 1), len(doc))
    ends = breaks[np.searchsorted(breaks, starts, side="right")].tolist()
    rows = arr[starts, 1:].tolist()
    return [(a, b, *row) for a, b, row in zip(starts.tolist(), ends, rows)]


def _change_ents(doc: Doc, before: list[tuple], after: list[tuple], arr: np.ndarray) -> None:
    """Turn the document's entities ``before`` into ``after`` (both (start, end, label, kb_id, id)
    tuples that do not overlap, ``before`` as the document holds them), as
    ``doc.set_ents(after, default="outside")`` would, by writing only what changes: the new
    entities, and white space (O) on the tokens of dropped ones that no new one covers. Most of
    a document's entities are kept, and rewriting every token cost more than this component's
    rules. Like ``set_ents``, a token keeps its id unless the entity has one of its own.
    ``arr`` is the document's ``to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])`` as it stands;
    the changes are written into it too."""
    kept, now = set(before), set(after)
    added = [e for e in after if e not in kept]
    covered = bytearray(len(doc))
    for start, end, *_ in added:
        covered[start:end] = b"\1" * (end - start)
    outside = []
    for entity in before:
        if entity in now:
            continue
        start, end = entity[0], entity[1]
        k = start
        while k < end:
            if covered[k]:
                k += 1
                continue
            j = k
            while j < end and not covered[j]:
                j += 1
            outside.append(Span(doc, k, j))
            arr[k:j, 0] = 2
            arr[k:j, 1] = 0
            k = j
    spans = []
    for start, end, label, kb_id, ent_id in added:
        spans.append(Span(doc, start, end, label=label, kb_id=kb_id, span_id=ent_id))
        arr[start, 0] = 3
        arr[start + 1 : end, 0] = 1
        arr[start:end, 1] = label
        arr[start:end, 2] = kb_id
        if ent_id:
            arr[start:end, 3] = ent_id
    doc.set_ents(spans, outside=outside, default="unmodified")


def _filter_spans(spans: list[tuple]) -> list[tuple]:
    """``spacy.util.filter_spans`` for (start, end, ...) tuples: the longest first (the earliest
    of equal length), dropping those whose first or last token is taken; sorted by start."""
    result = []
    seen: set[int] = set()
    for span in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        start, end = span[0], span[1]
        if start not in seen and end - 1 not in seen:
            result.append(span)
            seen.update(range(start, end))
    return sorted(result, key=lambda s: s[0])
