"""The spaCy pipeline: a blank English tokenizer, sentence boundaries at punctuation
and line breaks, and rule components driven by the gazetteers in ``resolve/data``
and the patterns in ``extract/data``.

Components, in order::

    sentencizer          spaCy's punctuation rules, and a line break also ends a sentence
                         (headlines, bullets, quotes)
    coalition_actors     EntityRuler: countries, organisations, companies, known people
    coalition_people     people.py: a role title followed by a name ("Foreign Minister Sergei Lavrov"),
                         names beside speech verbs
    coalition_statistical_people   optional (statistical.py): names spaCy's small NER model finds
    coalition_statistical_stances  optional (statistical_stances.py): marks the document for the
                         trained stance classifier, which runs with the fact finders (its reader a
                         bag of words, or the pretrained encoder of stance_encoder.py)
    coalition_money      Matcher: amounts with their currency, qualifiers and conversions

Facts are then read off the annotated ``Doc`` by plain functions (``facts.py``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import spacy
import numpy as np
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_STOP, IS_TITLE, LIKE_NUM, LOWER, SENT_START
from spacy.language import Language
from spacy.strings import hash_string
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler, Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import compile_prefix_regex, compile_suffix_regex, filter_spans

from coalition.extract.context import doc_text
from coalition.extract.people import _filter_spans  # importing people also registers coalition_people
from coalition.extract.words import lexeme_table, words
from coalition.extract.money import MoneyParser
from coalition.extract.token_patterns import PatternMatcher
from coalition.resolve import actors as gazetteer

DATA = Path(__file__).resolve().parent / "data"
BULLET = hash_string("•")

def load_pipeline(statistical: bool | None = None, stances: bool | str | None = None) -> Language:
    """The extraction pipeline, built once per process (and once more with the statistical
    name finder or the stance classifier, when asked for). ``statistical=None`` reads
    ``COALITION_STATISTICAL_NAMES``, ``stances=None`` ``COALITION_STANCE_ENCODER`` and
    ``COALITION_STATISTICAL_STANCES``; ``stances="encoder"``: the classifier with the pretrained reader."""
    from coalition.config import statistical_names, statistical_stances

    if statistical is None:
        statistical = statistical_names()
    if stances is None:
        stances = statistical_stances()
    return _cached_pipeline(bool(statistical), "encoder" if stances == "encoder" else bool(stances))


@lru_cache(maxsize=4)
def _cached_pipeline(statistical: bool, stances: bool | str = False) -> Language:
    return build_pipeline(statistical=statistical, stances=stances)


def build_pipeline(*, statistical: bool = False, stances: bool | str = False) -> Language:
    """``stances``: True for the trained stance classifier, "encoder" for it with the pretrained
    reader (``stance_encoder.py``)."""
    nlp = spacy.blank("en")
    _keep_read_attributes(nlp)
    _adapt_tokenizer(nlp)
    nlp.add_pipe("coalition_sentences", name="sentencizer")
    ruler = nlp.add_pipe("coalition_entity_ruler", name="coalition_actors")
    ruler.add_patterns(actor_patterns())
    nlp.add_pipe("coalition_people")
    if statistical:
        from coalition.extract import statistical as _  # noqa: F401  (registers the factory)

        nlp.add_pipe("coalition_statistical_people")
    nlp.add_pipe("coalition_money")
    nlp.add_pipe("coalition_items")
    if stances:
        from coalition.extract import statistical_stances as _  # noqa: F401,F811  (registers the factory)

        nlp.add_pipe("coalition_statistical_stances", config={"reader": "encoder" if stances == "encoder" else "words"})
    return nlp


# The word attributes the components and rules read (``words.Words``, the money patterns'
# LIKE_NUM, the PhraseMatchers' LOWER, ``Token.is_lower``/``is_alpha`` in the item rules).
READ_ATTRIBUTES = (LOWER, LIKE_NUM, IS_ALPHA, IS_LOWER, IS_TITLE, IS_STOP, IS_PUNCT, IS_SPACE)


def _keep_read_attributes(nlp: Language) -> None:
    # The vocabulary runs every attribute function of the language on each word it has not
    # seen (23 Python calls; shape, URL and e-mail tests among them) and stores the strings
    # they return (norm, prefix, suffix, shape): 160 of the 970 µs a dev-set article took to
    # tokenize when its words were new (issue 3). Left out, those attributes read 0 or "".
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: getters[attr] for attr in READ_ATTRIBUTES if attr in getters}


def _adapt_tokenizer(nlp: Language) -> None:
    # "£30m" and "€800bn" must split into number and scale, and "NOK5bn" into
    # code and number, so that one token pattern covers every way of writing money.
    money = json.loads((DATA / "money.json").read_text(encoding="utf-8"))
    scales = sorted((s for s in money["scales"] if s.isalpha()), key=len, reverse=True)
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[0-9])(?:%s)$" % "|".join(scales)]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # "NZ$16m", "CA$5bn", "zł7bn": spaCy's prefixes split only one-character symbols, A$, C$ and US$
    prefixed = sorted((re.escape(s) for s in money["symbols"] if len(s) > 1), key=len, reverse=True)
    prefixes = list(nlp.Defaults.prefixes) + [r"(?:%s)(?=[0-9])" % "|".join(money["codes"] + prefixed)]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    # "gave Ukraine £140m.": spaCy keeps "m." (and "k.", "b.") whole as an abbreviation of a single
    # letter, so an amount ending a sentence lost its scale and the sentence ran on into the next one.
    # A lower-case scale letter with a full stop is an amount's end far more often than an initial in
    # this news (initials are capitals, which keep their exceptions); without the exception the full
    # stop is split off as it is after "€3bn.".
    nlp.tokenizer.rules = {text: pieces for text, pieces in nlp.tokenizer.rules.items()
                           if not (len(text) == 2 and text.endswith(".") and text[0] in scales)}


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
    for name, codes in gazetteer.shared_institutions().items():
        add("COUNTRY", name, SHARED + ",".join(codes))  # the ruler keeps it for one of them, or drops it
    for name, code in gazetteer.organisation_names().items():
        add("ORG", name, code)
    for name, canonical in gazetteer.company_names().items():
        add("COMPANY", name, canonical)
    for person in gazetteer.people():
        add("PERSON", person.name, person.name)
        for alias in person.aliases:
            add("PERSON", alias, person.name)
    return patterns


@Language.factory("coalition_entity_ruler")
def make_actor_ruler(nlp: Language, name: str) -> "ActorRuler":
    return ActorRuler(nlp, name, overwrite_ents=True)


class ActorRuler(EntityRuler):
    """spaCy's ``EntityRuler`` (phrase patterns, ``overwrite_ents``) with a cheaper last step.

    The stock ``set_annotations`` asks every match's tokens whether they already carry an
    entity before it looks at ``overwrite``, and then sets ``doc.ents``, which rebuilds every
    span; with ``overwrite`` the answer is never used, and ``Doc.set_ents`` takes the spans as
    they are. The matches, their order and the entities chosen are the same.
    """

    def match(self, doc: Doc):
        # The stock method first counts every pattern of every label (``len(self)``) to warn
        # when there are none, and runs the token Matcher, which has no patterns here.
        if not any(self.token_patterns.values()) and not any(self.phrase_patterns.values()):
            return super().match(doc)
        matches = list(self.phrase_matcher(doc))
        if len(self.matcher):
            matches = list(self.matcher(doc)) + matches
        final_matches = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def set_annotations(self, doc, matches):
        if not self.overwrite:
            return super().set_annotations(doc, matches)
        entities = list(doc.ents)
        new_entities = []
        seen_tokens: set[int] = set()
        ent_ids = self._ent_ids
        for match_id, start, end in matches:
            # check for end - 1 here because boundaries are inclusive
            if start not in seen_tokens and end - 1 not in seen_tokens:
                if match_id in ent_ids:
                    label, ent_id = ent_ids[match_id]
                    span = Span(doc, start, end, label=label, span_id=ent_id)
                else:
                    span = Span(doc, start, end, label=match_id)
                new_entities.append(span)
                if entities:
                    entities = [e for e in entities if not (e.start < end and e.end > start)]
                seen_tokens.update(range(start, end))
        if any(span.id_.startswith(SHARED) for span in new_entities):
            new_entities = _shared_resolved(doc, new_entities)
        if "Party" in doc_text(doc):  # one scan of the kept text: most articles name no party
            new_entities = [span for span in new_entities if not _names_a_party(doc, span)]
        doc.set_ents(entities + new_entities, default="outside")


def _names_a_party(doc: Doc, span: Span) -> bool:
    """A country's name or demonym that opens a party's name ("the Swiss People's Party", "the
    Slovak National Party", "Danish People's Party leader …"): the party holds no position of the
    state (ADJUDICATION.md decision 61) and gives nothing, so the name is no mention of the state.
    Up to three capitalised words or "'s" may stand between it and "Party"."""
    if span.label_ != "COUNTRY":
        return False
    for k in range(span.end, min(span.end + 4, len(doc))):
        text = doc[k].text
        if text == "Party":
            return True
        if not (text[:1].isupper() or text in ("'s", "’s")):
            return False
    return False


SHARED = "shared:"  # the id of a name several states' institutions bear (resolve/data/shared_institutions.tsv)


def _shared_resolved(doc: Doc, spans: list[Span]) -> list[Span]:
    """Each shared institution's name as the one state of its codes the article names otherwise,
    or no entity when it names none or several of them."""
    named = {span.id_ for span in spans if span.label_ == "COUNTRY" and not span.id_.startswith(SHARED)}
    out = []
    for span in spans:
        if span.id_.startswith(SHARED):
            codes = named.intersection(span.id_[len(SHARED):].split(","))
            if len(codes) != 1:
                continue
            span = Span(doc, span.start, span.end, label=span.label_, span_id=codes.pop())
        out.append(span)
    return out


@Language.factory("coalition_sentences")
def make_sentence_finder(nlp: Language, name: str) -> "SentenceFinder":
    return SentenceFinder(nlp)


class SentenceFinder:
    """spaCy's ``Sentencizer`` with its default punctuation, read off the token arrays, and a
    sentence start after every line break: headlines, bullets and quote paragraphs have no
    full stop.

    The same punctuation rule: a sentence starts at the first token after sentence-final
    punctuation that is neither punctuation itself nor sentence-final. spaCy's component builds
    a Token object for every word to ask it; this asks the document's word columns
    (:class:`coalition.extract.words.Words`, which the later components share), whose rows in
    the vocabulary's lexeme table give each token's flags. The line breaks were a component of
    their own; one pass reads and writes the sentence starts once.
    """

    def __init__(self, nlp: Language):
        self.punct_chars = frozenset(Sentencizer.default_punct_chars)
        # whether each row of the lexeme table is a sentence-final mark, extended as it grows
        self._final = np.zeros(0, dtype=bool)
        self._table = None

    def _final_rows(self, table) -> np.ndarray:
        if self._table is not table:
            self._final, self._table = np.zeros(0, dtype=bool), table
        known = len(self._final)
        if known < table.size:
            new = np.fromiter((t in self.punct_chars for t in table.text[known : table.size]), dtype=bool,
                              count=table.size - known)
            self._final = np.concatenate([self._final, new])
        return self._final

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        word = words(doc)
        table = lexeme_table(doc.vocab)
        rows = word.rows
        final = self._final_rows(table)[rows]
        flags = table.flags[rows]  # is_title, is_stop, is_punct, is_space, ...
        plain = ~final & ~flags[:, 2]
        positions = np.arange(n)
        # the last sentence-final mark and the last plain token before each token
        last_final = np.maximum.accumulate(np.where(final, positions, -1))
        last_plain = np.maximum.accumulate(np.where(plain, positions, -1))
        starts = np.full(n, -1, dtype=np.int64)
        starts[0] = 1
        starts[1:][plain[1:] & (last_final[:-1] > last_plain[:-1])] = 1
        values = doc.to_array(SENT_START).astype(np.int64)
        # only tokens whose start is still unknown are set, as the Sentencizer does
        unset = values == 0
        values[unset] = starts[unset]
        # A line break ends a sentence whatever the punctuation says: the token after a white-space
        # token holding a newline starts one, and so does a bullet. Only white-space tokens and
        # bullets are looked at.
        text = word.text
        for i in np.flatnonzero(flags[:, 3] | (rows == table.row_of(BULLET))).tolist():
            if text[i] == "•":
                values[i] = 1
            elif i + 1 < n and "\n" in text[i]:
                values[i + 1] = 1
        doc.from_array([SENT_START], values.astype(np.uint64).reshape(-1, 1))
        return doc


@Language.factory("coalition_money")
def make_money_finder(nlp: Language, name: str) -> "MoneyFinder":
    return MoneyFinder(nlp)


class MoneyFinder:
    """Marks every amount of money in ``doc.spans["money"]``; the parsed value of each is in
    ``doc.user_data["money"][(start, end)]`` (see :class:`coalition.extract.money.Money`)."""

    def __init__(self, nlp: Language):
        self.parser = MoneyParser.from_file(DATA / "money.json")
        self.matcher = Matcher(nlp.vocab)
        token_patterns = self.parser.token_patterns()
        for key, patterns in token_patterns.items():
            self.matcher.add(key, patterns, greedy="LONGEST")
        # The same patterns tested on the word columns (see ``token_patterns``); None if they
        # use a condition it does not know, and the Matcher is run
        self.patterns = PatternMatcher.compile(token_patterns)
        # The token Matcher walks every token; run it only on windows around a currency
        # symbol, code or word, which a PhraseMatcher finds at C speed.
        self.anchors = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anchors.add("CUR", [nlp.make_doc(t) for t in [*self.parser.symbols, *self.parser.codes]])
        self.word_anchors = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.word_anchors.add("CUR", [nlp.make_doc(w.lower()) for w in self.parser.words])
        # Every pattern holds a symbol, a code or a currency word, and each of those is a
        # one-token anchor: a match lies within a pattern's length less one of an anchor, so a
        # window that wide on each side finds every match. (6 if an anchor were longer.)
        one_token = all(len(nlp.make_doc(t)) == 1 for t in [*self.parser.symbols, *self.parser.codes]) and all(
            len(nlp.make_doc(w.lower())) == 1 for w in self.parser.single_words)
        longest = max(len(p) for patterns in token_patterns.values() for p in patterns)
        self.reach = longest - 1 if one_token and longest <= 7 else 6

    def __call__(self, doc: Doc) -> Doc:
        windows: list[list[int]] = []
        hits = sorted((s, e) for _, s, e in [*self.anchors(doc), *self.word_anchors(doc)])
        reach = self.reach
        for s, e in hits:
            lo, hi = max(0, s - reach), min(len(doc), e + reach)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        if self.patterns is not None and windows:
            cols = words(doc)
            matches = [Span(doc, s, e, label="MONEY") for lo, hi in windows for s, e in self.patterns(cols, lo, hi)]
        else:
            matches = [
                Span(doc, lo + s, lo + e, label="MONEY") for lo, hi in windows for _, s, e in self.matcher(doc[lo:hi])
            ]
        # "€6bn of cohesion funds": the pattern that reads a symbol's scale takes the "of" after it,
        # which no other way of writing the amount does ("6 billion euros of"); the span ends before it
        lower = words(doc).lower
        spans = [s if lower[s.end - 1] != "of" else Span(doc, s.start, s.end - 1, label="MONEY") for s in filter_spans(matches)]
        values = {}
        for span in spans:
            money = self.parser.parse(span)
            if money is not None:
                values[(span.start, span.end)] = money
        doc.spans["money"] = [s for s in spans if (s.start, s.end) in values]
        doc.user_data["money"] = values
        self.parser.link(doc, doc.spans["money"], values)
        return doc


@Language.factory("coalition_items")
def make_item_finder(nlp: Language, name: str) -> "ItemFinder":
    return ItemFinder(nlp)


class ItemFinder:
    """Aid items ("air defence systems", "attack drones", "loans") from the commitments vocabulary,
    in ``doc.user_data["items"]``: sorted ``(start, end, text, category)``, longest match where
    matches overlap."""

    def __init__(self, nlp: Language):
        vocab = json.loads((DATA / "commitments.json").read_text(encoding="utf-8"))
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.category: dict[str, str] = {}
        for category, phrases in vocab["items"].items():
            for word in phrases:
                if word not in self.category:
                    self.category[word] = category
                    self.matcher.add(f"ITEM:{word}", [nlp.make_doc(word)])
        # "a Washington think tank": the item word is part of another noun
        self.not_after = frozenset(vocab.get("not_item_after", ()))
        # "a humanitarian operation to evacuate Mariupol": an adjective item as part of another noun
        self.not_before = {word: frozenset(nouns) for word, nouns in vocab.get("not_aid_noun_after", {}).items()}

    def __call__(self, doc: Doc) -> Doc:
        # (start, end, match id) tuples, filtered as ``filter_spans`` filters Spans
        strings = doc.vocab.strings
        items = []
        lower = words(doc).lower
        for start, end, match_id in _filter_spans([(s, e, m) for m, s, e in self.matcher(doc)]):
            if start > 0 and lower[start - 1] in self.not_after:
                continue
            word = strings[match_id][5:]
            if end < len(doc) and lower[end] in self.not_before.get(word, ()):
                continue
            text = " ".join(lower[start:end]).replace(" - ", "-")
            items.append((start, end, text, self.category[word]))
        doc.user_data["items"] = items
        return doc
