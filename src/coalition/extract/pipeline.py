"""The spaCy pipeline: a blank English tokenizer, sentence boundaries at punctuation
and line breaks, and rule components driven by the gazetteers in ``resolve/data``
and the patterns in ``extract/data``.

Components, in order::

    sentencizer          spaCy's punctuation rules
    coalition_lines      a line break also ends a sentence (headlines, bullets, quotes)
    coalition_actors     EntityRuler: countries, organisations, companies, known people
    coalition_people     Matcher: a role title followed by a name ("Foreign Minister Sergei Lavrov")
    coalition_money      Matcher: amounts with their currency, qualifiers and conversions

Facts are then read off the annotated ``Doc`` by plain functions (``facts.py``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import compile_prefix_regex, compile_suffix_regex, filter_spans

from coalition.extract.money import MoneyParser
from coalition.resolve import actors as gazetteer

DATA = Path(__file__).resolve().parent / "data"

# A name part: a capitalised word, or a particle inside a name ("Ursula von der Leyen").
NAME_PARTICLES = ["von", "der", "van", "de", "den", "la", "le", "du", "da", "al", "bin", "dos"]
# Capitalised words that follow a role title but are not names ("President Trump's administration" is
# fine; "Prime Minister on Sunday" is not a name).
NOT_NAMES = {
    "The", "A", "An", "On", "In", "At", "For", "And", "But", "Of", "To", "This", "That", "He", "She", "It",
    "They", "We", "His", "Her", "Their", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Office", "Ministry", "Department", "Council", "Commission",
    "Said", "Says", "Told", "Added", "Who", "Which", "When", "While", "As", "After", "Before", "Has", "Had",
    "Was", "Is", "Will", "Would", "Could", "Also", "Minister", "Secretary", "President", "Government",
}


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The extraction pipeline, built once per process."""
    return build_pipeline()


def build_pipeline() -> Language:
    nlp = spacy.blank("en")
    _adapt_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("coalition_lines")
    ruler = nlp.add_pipe("entity_ruler", name="coalition_actors", config={"overwrite_ents": True})
    ruler.add_patterns(actor_patterns())
    nlp.add_pipe("coalition_people")
    nlp.add_pipe("coalition_money")
    return nlp


def _adapt_tokenizer(nlp: Language) -> None:
    # "£30m" and "€800bn" must split into number and scale, and "NOK5bn" into
    # code and number, so that one token pattern covers every way of writing money.
    money = json.loads((DATA / "money.json").read_text(encoding="utf-8"))
    scales = sorted((s for s in money["scales"] if s.isalpha()), key=len, reverse=True)
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[0-9])(?:%s)$" % "|".join(scales)]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    prefixes = list(nlp.Defaults.prefixes) + [r"(?:%s)(?=[0-9])" % "|".join(money["codes"])]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def actor_patterns() -> list[dict]:
    """EntityRuler patterns for every actor name in the gazetteers."""
    patterns = []
    seen = set()

    def add(label: str, text: str, code: str) -> None:
        if (label, text) not in seen:
            seen.add((label, text))
            patterns.append({"label": label, "pattern": text, "id": code})

    for name, code in gazetteer.country_names().items():
        add("COUNTRY", name, code)
    for name, code in gazetteer.organisation_names().items():
        add("ORG", name, code)
    for name, canonical in gazetteer.company_names().items():
        add("COMPANY", name, canonical)
    for person in gazetteer.people():
        add("PERSON", person.name, person.name)
        for alias in person.aliases:
            add("PERSON", alias, person.name)
    return patterns


@Language.component("coalition_lines")
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, bullets and quote paragraphs have no full stop."""
    for token in doc[:-1]:
        if "\n" in token.text and token.is_space:
            doc[token.i + 1].is_sent_start = True
        elif token.text == "•":
            token.is_sent_start = True
    return doc


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
        self.roles = gazetteer.roles()
        self.matcher = Matcher(nlp.vocab)
        role_tokens = {}
        for phrase in self.roles:
            words = [t.text for t in nlp.make_doc(phrase)]
            role_tokens.setdefault(len(words), set()).add(tuple(words))
        name_part = {"IS_TITLE": True, "ORTH": {"NOT_IN": sorted(NOT_NAMES)}}
        particle = {"LOWER": {"IN": NAME_PARTICLES}}
        for phrase in self.roles:
            words = [t.text for t in nlp.make_doc(phrase)]
            role = [{"ORTH": w} for w in words]
            for tail in (
                [name_part, name_part],
                [name_part, name_part, name_part],
                [name_part, particle, particle, name_part],
                [name_part, particle, name_part],
                [name_part, name_part, {"ORTH": "-"}, name_part],
                [name_part],
            ):
                self.matcher.add("ROLE_NAME", [role + tail])

        # People no table knows and no title introduces: "Jana Novotná said", "said Tom Grant".
        speech = {"LOWER": {"IN": ["said", "says", "told", "added", "warned", "explained", "wrote", "argued", "noted"]}}
        self.speaker_matcher = Matcher(nlp.vocab)
        self.speaker_matcher.add("NAME_SAID", [[name_part, name_part, speech], [name_part, name_part, {"ORTH": ","}]])
        self.speaker_matcher.add("SAID_NAME", [[speech, name_part, name_part]])

    def __call__(self, doc: Doc) -> Doc:
        people: dict[tuple[int, int], tuple[str, str | None, str | None]] = {}
        self._add_speakers(doc)
        ents = list(doc.ents)
        new = []
        for _, start, end in self.matcher(doc):
            role_end = self._role_end(doc, start, end)
            if role_end is None:
                continue
            new.append((start, role_end, end))
        # One name may follow several role phrases ("Foreign Minister", "Minister"): keep the
        # longest role for each name, then the longest name where names overlap.
        roles_for: dict[tuple[int, int], int] = {}
        for start, role_end, end in new:
            if any(e.start < end and role_end < e.end and e.label_ != "PERSON" for e in ents):
                continue
            key = (role_end, end)
            roles_for[key] = min(start, roles_for.get(key, start))
        names = filter_spans([Span(doc, s, e) for s, e in roles_for])
        best = {(n.start, n.end): (roles_for[(n.start, n.end)], n.start, n.end) for n in names}
        spans = []
        for start, role_end, end in best.values():
            role_text = doc[start:role_end].text
            role, implied = self.roles.get(role_text, (role_text, None))
            if role in ("Mr", "Ms", "Mrs", "Dr", "Sir", "Dame"):
                role = None
            name_span = Span(doc, role_end, end, label="PERSON")
            known = gazetteer.person_by_name(name_span.text)
            name = known.name if known else name_span.text
            actor = self._actor_before(doc, start) or implied or (known.actor if known else None)
            if role is None and known:
                role = known.role
            spans.append(name_span)
            people[(name_span.start, name_span.end)] = (name, role, actor)
        if spans:
            keep = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in spans)]
            doc.ents = filter_spans(keep + spans)
        for ent in doc.ents:
            if ent.label_ == "PERSON" and (ent.start, ent.end) not in people:
                known = gazetteer.person_by_name(ent.ent_id_ or ent.text)
                actor = self._actor_before(doc, ent.start)
                role = None
                if ent.start > 0:
                    # "Ukrainian President Volodymyr Zelensky": the role sits before a known name too
                    for n in (4, 3, 2, 1):
                        if ent.start - n >= 0 and doc[ent.start - n : ent.start].text in self.roles:
                            role_text = doc[ent.start - n : ent.start].text
                            role = self.roles[role_text][0]
                            actor = self._actor_before(doc, ent.start - n) or actor
                            break
                if known:
                    role = role if role not in (None, "Mr", "Ms", "Mrs", "Dr", "Sir", "Dame") else known.role
                    actor = known.actor if known.actor else actor
                people[(ent.start, ent.end)] = (known.name if known else ent.text, role, actor)
        doc.user_data["people"] = people
        return doc

    def _add_speakers(self, doc: Doc) -> None:
        spans = []
        for match_id, start, end in self.speaker_matcher(doc):
            label = doc.vocab.strings[match_id]
            s, e = (start, end - 1) if label == "NAME_SAID" else (start + 1, end)
            name = doc[s:e]
            if any(t.ent_type_ for t in name) or name[0].is_sent_start and label == "NAME_SAID" and name[0].text in NOT_NAMES:
                continue
            if label == "NAME_SAID" and doc[e].text == ",":
                # "Jana Novotná, who heads the plant, said": an appositive that ends in a speech verb
                said = False
                for t in doc[e + 1 : min(len(doc), e + 15)]:
                    if t.is_sent_start or t.text in (".", ":") or "\n" in t.text:
                        break
                    if t.lower_ in ("said", "says", "told", "added"):
                        said = True
                        break
                if not said:
                    continue
            spans.append(Span(doc, s, e, label="PERSON"))
        if spans:
            doc.ents = filter_spans(list(doc.ents) + spans)

    def _role_end(self, doc: Doc, start: int, end: int) -> int | None:
        """Where the role title of a ROLE_NAME match ends: the longest known role phrase."""
        for stop in range(end - 1, start, -1):
            if doc[start:stop].text in self.roles:
                return stop
        return None

    @staticmethod
    def _actor_before(doc: Doc, i: int) -> str | None:
        """The actor written just before a role: "Russian", "UK", "Ukraine's", "the European Commission"."""
        j = i - 1
        if j >= 0 and doc[j].text in ("'s", "’s"):
            j -= 1
        if j >= 0 and doc[j].ent_type_ in ("COUNTRY", "ORG") and doc[j].ent_iob_ in ("B", "I"):
            return doc[j].ent_id_ or None
        return None


@Language.factory("coalition_money")
def make_money_finder(nlp: Language, name: str) -> "MoneyFinder":
    return MoneyFinder(nlp)


class MoneyFinder:
    """Marks every amount of money in ``doc.spans["money"]``; the parsed value of each is in
    ``doc.user_data["money"][(start, end)]`` (see :class:`coalition.extract.money.Money`)."""

    def __init__(self, nlp: Language):
        self.parser = MoneyParser.from_file(DATA / "money.json")
        self.matcher = Matcher(nlp.vocab)
        for key, patterns in self.parser.token_patterns().items():
            self.matcher.add(key, patterns, greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        matches = [Span(doc, s, e, label="MONEY") for _, s, e in self.matcher(doc)]
        spans = filter_spans(matches)
        values = {}
        for span in spans:
            money = self.parser.parse(span)
            if money is not None:
                values[(span.start, span.end)] = money
        doc.spans["money"] = [s for s in spans if (s.start, s.end) in values]
        doc.user_data["money"] = values
        self.parser.link(doc, doc.spans["money"], values)
        return doc
