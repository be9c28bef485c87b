"""What the fact finders share about one annotated article: its sentences, the actors,
people and amounts in each, and how to turn a span into evidence."""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import compress
from pathlib import Path

import numpy as np
from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, SENT_START
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from coalition.extract.dated_people import office_on
from coalition.extract.generic_bodies import localise
from coalition.extract.person_appositives import appositive_actors
from coalition.extract.quotes import Quote, find_quotes
from coalition.extract.words import _lexeme_table, token_positions, words
from coalition.model import Evidence

DATA = Path(__file__).resolve().parent / "data"
# Characters that open a bullet line or pad it; evidence starts after them.
LEAD = " \t\n\r•*·–-—\u00a0"


@lru_cache(maxsize=None)
def vocab(name: str) -> dict:
    """A pattern file from ``extract/data``, read once."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@dataclass
class Mention:
    """An actor, company or person named in the text."""

    label: str  # COUNTRY, ORG, COMPANY, PERSON
    code: str  # actor code, company or person name
    start: int  # token offsets
    end: int
    start_char: int
    end_char: int
    text: str
    role: str | None = None
    actor: str | None = None  # for a person: the country or organisation they speak for

    @property
    def is_actor(self) -> bool:
        return self.label in ("COUNTRY", "ORG")

    @property
    def stands_for(self) -> str | None:
        """Who the mention stands for in a fact: a person speaks for a country or organisation, so
        stands for ``actor`` (None when not known); a country, organisation or company stands for
        its own ``code``."""
        return self.actor if self.label == "PERSON" else self.code


# Bodies a country has under the same name as an international one: after a country's possessive
# ("Russia's Security Council", "Ukraine's National Security Council") they are the country's.
NATIONAL_BODIES = {"UN": frozenset({"Security Council", "security council"})}
# "Latin America", "South America": a continent's part, not the United States ("America")
REGION_WORDS = frozenset(("Latin", "South", "Central", "North"))
REGION_NAMES = frozenset(("America", "American", "Americans"))


class ArticleContext:
    def __init__(self, doc: Doc, published: str | None = None):
        self.doc = doc
        # The sentence word sets are kept for one article only: carried over, they would make
        # text seen before (a repeated benchmark corpus, a syndicated story) cheaper than news.
        _WORDS.clear()
        self.text = doc_text(doc)
        self.published = _parse_date(published)
        # The token table and the sentences are read once here: every finder asks for them.
        table = tokens(doc)
        self.sents, self._sent_starts = _sentences(doc, table)
        people = doc.user_data.get("people", {})
        self.mentions: list[Mention] = []
        # From the token arrays, not ``doc.ents``: the same entities, without a Span and the
        # Token objects behind its offsets and text for each.
        text, idx, words, strings = self.text, table.idx, table.text, doc.vocab.strings
        # "50 million Australian dollars", "NOK 5bn in Norwegian kroner": a currency's name, no actor
        in_money = {i for span in doc.spans.get("money", []) for i in range(span.start, span.end)}
        for start, end, label, id_hash in table.entities:
            if label == "COUNTRY" and start in in_money:
                continue
            start_char, end_char = idx[start], idx[end - 1] + len(words[end - 1])
            ent_text = text[start_char:end_char]
            role, actor = None, None
            code = (strings[id_hash] if id_hash else "") or ent_text
            if label == "PERSON":
                code, role, actor = people.get((start, end), (ent_text, None, None))
                role, actor = office_on(code, role, actor, self.published)  # "Mark Rutte" in 2022: the Dutch PM
            elif ent_text in REGION_NAMES and start and words[start - 1] in REGION_WORDS:
                # "the South American country", "Latin America": a region, not the United States
                continue
            elif code in NATIONAL_BODIES and self.mentions and ent_text in NATIONAL_BODIES[code]:
                # "Russia's Security Council" is the country's own body, not the UN's
                last = self.mentions[-1]
                if last.label == "COUNTRY" and last.end == start - 1 and words[start - 1] in ("'s", "’s"):
                    code = last.code
            self.mentions.append(Mention(label, code, start, end, start_char, end_char, ent_text, role, actor))
        # "the Ministry of Defence" in a Zagreb story is Croatia's, not the UK's (generic_bodies.py)
        self.mentions = localise(self.mentions)
        appositive_actors(self.mentions, table.lower)  # "Mark Rutte, the Dutch prime minister": his country
        self._mention_starts = [m.start_char for m in self.mentions]
        self.money = doc.user_data.get("money", {})
        self.money_spans = list(doc.spans.get("money", []))
        self._person_first: dict[str, Mention] = {}
        self._sentence_evidence: dict[tuple[int, int], Evidence] = {}
        for m in self.mentions:
            if m.label == "PERSON":
                first = self._person_first.setdefault(m.code, m)
                if first.role is None and m.role:
                    first.role = m.role
                if first.actor is None and m.actor:
                    first.actor = m.actor

    # -- sentences -------------------------------------------------------
    def sentence_index(self, char: int) -> int:
        return max(0, bisect_right(self._sent_starts, char) - 1)

    def sentence_at(self, char: int) -> Span:
        return self.sents[self.sentence_index(char)]

    def quotes(self) -> list[Quote]:
        """The article's quoted spans (:func:`quotes.find_quotes`), found once: the statement finder,
        its speakers' resolver and the stance holders each read them."""
        found = self.__dict__.get("_quotes")
        if found is None:
            found = self.__dict__["_quotes"] = find_quotes(self.text)
        return found

    def names_any(self, words: tuple[str, ...]) -> bool:
        """Whether the article's text holds any of ``words`` (lower case, as substrings), asked once
        per article and word list: whether it is about a truce, about peace."""
        cache = self.__dict__.setdefault("_names_any", {})
        found = cache.get(words)
        if found is None:
            text = self.__dict__.get("_text_lower")
            if text is None:
                text = self.__dict__["_text_lower"] = self.text.lower()
            found = cache[words] = any(w in text for w in words)
        return found

    # -- mentions --------------------------------------------------------
    def mentions_in(self, start_char: int, end_char: int, labels: tuple[str, ...] | None = None) -> list[Mention]:
        # the mentions are in text order: those that start in the range are one slice of them
        starts = self._mention_starts
        i = bisect_right(starts, start_char - 1)
        inside = self.mentions[i : bisect_left(starts, end_char, i)]
        if labels is None:
            return inside
        return [m for m in inside if m.label in labels]

    def actors_in(self, span: Span) -> list[Mention]:
        return self.mentions_in(span.start_char, span.end_char, ("COUNTRY", "ORG"))

    def people_in(self, span: Span) -> list[Mention]:
        return self.mentions_in(span.start_char, span.end_char, ("PERSON",))

    def last_person_before(self, char: int) -> Mention | None:
        i = bisect_right(self._mention_starts, char - 1) - 1
        while i >= 0:
            if self.mentions[i].label == "PERSON":
                return self.mentions[i]
            i -= 1
        return None

    def person_details(self, mention: Mention) -> tuple[str, str | None, str | None]:
        """(name, role, actor) of a person, completed from their first, fullest mention."""
        first = self._person_first.get(mention.code, mention)
        return mention.code, mention.role or first.role, mention.actor or first.actor

    def money_in(self, span: Span) -> list[tuple[Span, object]]:
        return [
            (s, self.money[(s.start, s.end)])
            for s in self.money_spans
            if s.start >= span.start and s.end <= span.end
        ]

    # -- evidence --------------------------------------------------------
    def evidence(self, start_char: int, end_char: int) -> Evidence:
        """Evidence for a character range, trimmed of white space and bullet marks."""
        text = self.text
        # Callers may point one past a closing mark that is not there (a quote left open at
        # the end of an article): clamp rather than read past the text.
        start_char, end_char = max(0, start_char), min(len(text), end_char)
        while start_char < end_char and text[start_char] in LEAD:
            start_char += 1
        while end_char > start_char and text[end_char - 1].isspace():
            end_char -= 1
        return Evidence(text=text[start_char:end_char], start=start_char, end=end_char)

    def sentence_evidence(self, sent: Span) -> Evidence:
        # Kept per span: the stance rules ask for a sentence's evidence once per fact they read
        # in it, and each Evidence is a validated model. Evidence is never changed once made, so
        # facts may share one (``model_copy`` shares it already).
        key = (sent.start, sent.end)
        found = self._sentence_evidence.get(key)
        if found is None:
            found = self._sentence_evidence[key] = self.evidence(sent.start_char, sent.end_char)
        return found


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept: spaCy joins every token's text each time it is asked."""
    text = doc.user_data.get("_text")
    if text is None:
        text = doc.user_data["_text"] = doc.text
    return text


class Tokens:
    """The attributes rules ask of tokens, as plain lists indexed by token position.

    Built once per document from ``doc.to_array`` after the pipeline has run: reading
    ``doc[i].text`` creates a Token object each time, and the fact rules ask millions of times.
    """

    __slots__ = ("text", "lower", "title", "stop", "punct", "space", "alpha", "ws", "sent_start", "ent", "idx", "n",
                 "entities")

    def __init__(self, doc: Doc):
        strings = doc.vocab.strings
        # Only the token-level columns come from ``to_array``: it asks every token for every
        # attribute. The word's own attributes (text, lower case, flags) are the same for every
        # occurrence of the word and are looked up once per distinct word (``words.Words``),
        # by the pipeline's components already.
        word = words(doc)
        arr = doc.to_array([ENT_TYPE, SENT_START, ENT_IOB, ENT_ID])
        self.n = n = word.n
        self.idx = word.idx  # character offset of each token
        self.text, self.lower, self.ws = word.text, word.lower, word.ws
        self.title, self.stop, self.punct = word.title, word.stop, word.punct
        self.space, self.alpha = word.space, word.alpha
        ent_type = arr[:, 0]
        # most tokens are in no entity: only those that are are given their label's name
        self.ent = ent = [""] * n
        labelled = np.flatnonzero(ent_type)
        if len(labelled):
            names: dict[int, str] = {}
            for i, h in zip(labelled.tolist(), ent_type[labelled].tolist()):
                name = names.get(h)
                if name is None:
                    name = names[h] = strings[h]
                ent[i] = name
        # Flags as Python bools straight from numpy: turning 64-bit values into Python ints is
        # the slow part of tolist(), and a bool array lists as bools.
        self.sent_start = (arr[:, 1] == 1).tolist()
        # The entities as ``doc.ents`` reads them: a B token with a label starts one, I tokens
        # continue it; (start, end, label, id) with the id's hash.
        iob = arr[:, 2]
        starts = np.flatnonzero((iob == 3) & (ent_type != 0))
        entities = []
        if len(starts):
            # each entity ends at the first token after its start that is not I
            breaks = np.append(np.flatnonzero(iob != 1), self.n)
            ends = breaks[np.searchsorted(breaks, starts, side="right")].tolist()
            ent = self.ent
            entities = [(a, b, ent[a], h) for a, b, h in zip(starts.tolist(), ends, arr[starts, 3].tolist())]
        self.entities = entities


def tokens(doc: Doc) -> Tokens:
    """The document's :class:`Tokens`, built on first use (after the pipeline has set entities)."""
    # Asked ~180,000 times over the dev set, nearly always of the article being read: the last
    # document's table is kept beside it, and ``user_data`` is read only for another document.
    # The slot holds the document itself, so no other document can take its identity meanwhile;
    # the table is the one in ``user_data``, which nothing replaces once it is built.
    # (One tuple, read and replaced whole: a thread reading another document meanwhile finds
    # either pair, each a document with its own table.)
    global _LAST_TABLE
    last = _LAST_TABLE
    if last[0] is doc:
        return last[1]
    table = doc.user_data.get("_tokens")
    if table is None:
        table = doc.user_data["_tokens"] = Tokens(doc)
    _LAST_TABLE = (doc, table)
    return table


_LAST_TABLE: tuple = (None, None)


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences that are not only white space, from the sentence-start array."""
    return _sentences(doc, tokens(doc))[0]


def _sentences(doc: Doc, table: Tokens) -> tuple[list[Span], list[int]]:
    """:func:`sentences`, with the character offset where each starts."""
    sent_start, idx, words = table.sent_start, table.idx, table.text
    n = table.n
    starts = list(compress(range(n), sent_start))
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts + [n]
    text = doc_text(doc)
    out, chars = [], []
    for a, b in zip(bounds, bounds[1:]):
        if b <= a:
            # an empty span (an empty document) is all white space
            continue
        start_char = idx[a]
        if text[start_char : idx[b - 1] + len(words[b - 1])].strip():
            # ``doc[a:b]`` without spaCy's slice normalising (the bounds are the table's)
            out.append(Span(doc, a, b))
            chars.append(start_char)
    return out, chars


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def lower_text(span) -> str:
    """The lower-case tokens of a span joined by single spaces and padded, so that
    ``" phrase "`` tests whole words (see :func:`has_phrase`).

    The document's lower-case tokens are listed once and each span's string is kept:
    the fact finders ask for the same sentences many times.
    """
    doc = getattr(span, "doc", None)
    if doc is None:
        return joined_window(span, 0, len(span))
    # straight to the kept strings, not through ``_lower_window``: asked ~45,000 times over the dev set
    return joined_window(doc, span.start, span.end)


def window_text(doc: Doc, start: int, end: int) -> str:
    """``lower_text(doc[start:end])``, without building the Span: the bounds are clamped as
    spaCy clamps a slice."""
    n = tokens(doc).n
    if start < 0:
        start += n
    start = min(n, max(0, start))
    if end < 0:
        end += n
    end = min(n, max(start, end))
    return _lower_window(doc, start, end)


def _lower_window(doc: Doc, start: int, end: int) -> str:
    return joined_window(doc, start, end)


def lower_words(doc: Doc) -> list[str]:
    """The document's lower-case words by token position, white space as "" (which a join of
    ``filter(None, ...)`` leaves out); listed once per document, from the lexeme table."""
    listed = doc.user_data.get("_lower_words")
    if listed is None:
        listed = doc.user_data["_lower_words"] = _lexeme_table(doc.vocab).joinable[words(doc).rows].tolist()
    return listed


def joined_window(doc: Doc, start: int, end: int, *, drop: frozenset[str] = frozenset(), name: str = "_lower") -> str:
    """Lower-case tokens [start, end) joined by single spaces and padded, leaving out white space
    and the token texts in ``drop``; each distinct ``drop`` needs its own cache ``name``.

    The document's words are listed once and each window's string is kept: the fact finders ask
    for the same sentences many times.
    """
    cache = doc.user_data.get(name)
    if cache is None:
        # From the lexeme table, not Token objects: building a Token per word cost more
        # than all the fact rules together.
        listed = lower_words(doc)
        if drop:
            listed = list(listed)
            for i in token_positions(doc, drop):
                listed[i] = ""
        cache = doc.user_data[name] = (listed, {})
    words, made = cache
    key = (start, end)
    text = made.get(key)
    if text is None:
        text = made[key] = " " + " ".join(filter(None, words[start:end])) + " "
    return text


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


@lru_cache(maxsize=None)
def _as_tokens(phrase: str) -> str:
    # Written as the tokenizer splits it: "intelligence-sharing" -> "intelligence - sharing".
    return " " + _HYPHEN.sub(" - ", phrase.lower()).replace("'s", " 's").replace("’s", " ’s") + " "


def phrases_by_first(phrases) -> dict[str, list[list[str]]]:
    """Phrases as token lists, filed under their first word (in the given order), for rules that
    look for them at every token of a sentence: one dictionary look-up a token, not one test a phrase."""
    out: dict[str, list[list[str]]] = {}
    for phrase in phrases:
        words = _as_tokens(phrase).split()
        out.setdefault(words[0], []).append(words)
    return out


def has_phrase(padded: str, phrases) -> str | None:
    """The first of ``phrases`` found as whole words in a :func:`lower_text` string."""
    if len(phrases) < SHORT_LIST:
        known = _PHRASE_TOKENS
        for phrase in phrases:
            as_tokens = known.get(phrase)
            if as_tokens is None:
                as_tokens = known[phrase] = _as_tokens(phrase)
            if as_tokens in padded:
                return phrase
        return None
    # The earliest phrase (in the list's order) found: each first word's phrases are listed
    # in that order, so a word's first hit is its earliest, and later ones need not be tried.
    index, first_words = _indexed(phrases)
    best_order, best = len(phrases), None
    for word in sentence_words(padded).intersection(first_words):
        for order, phrase, as_tokens in index[word]:
            if order >= best_order:
                break
            if as_tokens in padded:
                best_order, best = order, phrase
                break
    return best


# Each phrase's token string (see ``_as_tokens``), by the phrase: a dictionary look-up is
# cheaper than the cached function's call, and rules ask short lists of every sentence.
_PHRASE_TOKENS: dict[str, str] = {}


def phrases_in(padded: str, phrases) -> list[str]:
    """All of ``phrases`` found as whole words, in the order of ``phrases``."""
    if len(phrases) < SHORT_LIST:
        return [p for p in phrases if _as_tokens(p) in padded]
    return _found(padded, phrases)


# Long vocabularies are indexed by their first word, so that a sentence is tested only
# against the phrases that can start at one of its words (the rules test every sentence
# against lists of hundreds of phrases).
SHORT_LIST = 12
_INDEXES: dict[int, tuple[object, tuple[dict[str, list[tuple[int, str, str]]], frozenset[str]]]] = {}
# A plain dict (insertion-ordered): cheaper to fill and to clear for each article than an
# OrderedDict, and the oldest entry is still the first one when it must make room.
_WORDS: dict[str, frozenset[str]] = {}
_BY_CONTENT: dict[tuple, tuple[dict[str, list[tuple[int, str, str]]], frozenset[str]]] = {}


def _indexed(phrases) -> tuple[dict[str, list[tuple[int, str, str]]], frozenset[str]]:
    """The first-word index of ``phrases`` and its first words as a set."""
    key = id(phrases)
    hit = _INDEXES.get(key)
    # The list itself is kept in the entry, so its id cannot be reused while the entry lives.
    if hit is not None and hit[0] is phrases:
        return hit[1]
    # A list built afresh for each call (``a + b + c``) has a new id every time: its index is
    # found again by its contents, not rebuilt.
    content = tuple(phrases)
    entry = _BY_CONTENT.get(content)
    if entry is None:
        index: dict[str, list[tuple[int, str, str]]] = {}
        for order, phrase in enumerate(phrases):
            tokens_ = _as_tokens(phrase)
            index.setdefault(_key_word(tokens_), []).append((order, phrase, tokens_))
        if len(_BY_CONTENT) > 256:
            _BY_CONTENT.clear()
        entry = _BY_CONTENT[content] = (index, frozenset(index))
    if len(_INDEXES) > 512:
        _INDEXES.clear()
    _INDEXES[key] = (phrases, entry)
    return entry


def _key_word(as_tokens: str) -> str:
    """The word a phrase is indexed by: any of its words must be in a sentence that holds it, and
    the longest word that is not a stop word is the rarest as a rule ("did not sign" by "sign",
    not "did"; "would back" by "back", not "would", which most sentences of a statement hold), so
    a sentence is tested against fewer phrases than if each were indexed by its first word.
    Which word it is changes no result: every caller finds all of a phrase's hits (or the
    earliest in its list) whatever word it is filed under."""
    words = as_tokens.split()
    return max(words, key=_rarity) if words else ""


def _rarity(word: str) -> tuple[bool, int]:
    return word not in STOP_WORDS, len(word)


def sentence_words(padded: str) -> frozenset[str]:
    """The words of a :func:`lower_text` string, as a set kept for the current article (see
    ``ArticleContext``): a finder can skip a sentence that holds none of its trigger words."""
    words = _WORDS.get(padded)
    if words is None:
        words = _WORDS[padded] = frozenset(padded.split())
        if len(_WORDS) > 4096:
            del _WORDS[next(iter(_WORDS))]
    return words


def window_words(padded: str):
    """The words of a :func:`lower_text` string to test a set against: the sentence's kept set
    (see :func:`sentence_words`) if it has one, else the split words, not kept. Most strings asked
    once are windows made for one test (``_lower``'s); building and storing a set for each cost
    more than the tests it served."""
    present = _WORDS.get(padded)
    return padded.split() if present is None else present


def _found(padded: str, phrases) -> list[str]:
    index, first_words = _indexed(phrases)
    # only the sentence's words that start a phrase (a set intersection, not a loop)
    hits = [(order, phrase) for word in sentence_words(padded) & first_words
            for order, phrase, toks in index[word] if toks in padded]
    hits.sort()
    return [phrase for _, phrase in hits]


_GROUPS: dict[int, tuple[object, dict[str, list[tuple[int, object, str]]], frozenset[str]]] = {}


def first_group(padded: str, groups: dict):
    """The first key of ``groups`` (a mapping of key to phrases) with one of its phrases in a
    :func:`lower_text` string, as ``next(k for k, ps in groups.items() if has_phrase(padded, ps))``
    would find it, testing only the phrases that start at one of the string's words."""
    hit = _GROUPS.get(id(groups))
    # The mapping is kept in the entry, so its id cannot be reused while the entry lives.
    if hit is None or hit[0] is not groups:
        index: dict[str, list[tuple[int, object, str]]] = {}
        for order, (key, phrases) in enumerate(groups.items()):
            for phrase in phrases:
                as_tokens = _as_tokens(phrase)
                index.setdefault(_key_word(as_tokens), []).append((order, key, as_tokens))
        if len(_GROUPS) > 64:
            _GROUPS.clear()
        hit = _GROUPS[id(groups)] = (groups, index, frozenset(index))
    index = hit[1]
    best = None
    # two sets: the intersection walks the smaller (a dict argument would be walked whole)
    for word in sentence_words(padded) & hit[2]:
        for order, key, as_tokens in index[word]:
            if (best is None or order < best[0]) and as_tokens in padded:
                best = (order, key)
                break
    return best[1] if best else None


def _lower(doc, lo: int, hi: int) -> str:
    """``lower_text(doc[lo:hi])`` read from the token table, without building a span."""
    # the lower-case words, white space as "" (left out by the join below)
    words = lower_words(doc)
    return " " + " ".join(filter(None, words[lo:hi])) + " "


_FIRSTS: dict[int, tuple[object, frozenset[str] | None, tuple[tuple[str, str], ...] | None]] = {}


def _has(padded: str, phrases) -> str | None:
    """``has_phrase(padded, phrases)`` for a list that lives on (a vocabulary's, a constant), which
    first tests whether a word of ``padded`` can open one of the phrases."""
    entry = _FIRSTS.get(id(phrases))
    # The list is kept in the entry, so its id cannot be reused while the entry lives.
    if entry is None or entry[0] is not phrases:
        firsts = [_as_tokens(p).split() for p in phrases]
        keys = frozenset(_key_word(" ".join(w)) for w in firsts) if all(firsts) else None
        # A short list's phrases as the tokenizer writes them, in the list's order: tested here as
        # ``has_phrase`` tests them, without its look-up of each phrase (the rules ask ~20,000 times).
        pairs = tuple((_as_tokens(p), p) for p in phrases) if len(phrases) < SHORT_LIST else None
        entry = _FIRSTS[id(phrases)] = (phrases, keys, pairs)
    if entry[1] is not None:
        # ``window_words`` written out: this test runs ~44,000 times over the dev set
        present = _WORDS.get(padded)
        if entry[1].isdisjoint(padded.split() if present is None else present):
            return None
    if entry[2] is None:
        return has_phrase(padded, phrases)
    for as_tokens, phrase in entry[2]:
        if as_tokens in padded:
            return phrase
    return None
