"""Speaker resolution: who a quote can be attributed to in one article. The people named (a
surname alone linked to the full name), speakers described without a name ("a senior EU
diplomat"), and what a pronoun or a title ("he added", "the official said") stands for.

Separate from the statement finder, which finds the speech verb next to a quote, because
resolving a referent is its own state over the whole article (``_Referents``) with its own
vocabulary (``speaker_vocab.QuoteSets``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from spacy.tokens import Span

from coalition.extract.context import ArticleContext, Mention, token_positions, tokens, vocab
from coalition.extract.people import INNER_CAPITAL_PREFIXES
from coalition.extract.issuing_offices import own_head_first
from coalition.extract.quotes import Quote
from coalition.extract.speaker_descriptions import (after_opening_phrase, after_participle, aides_of_another, apposed_name,
                                                    holds_party_title, is_party_title, possessor_at, sentence_topic_of)
from coalition.extract.speaker_names import (_fullest_name, _is_name_part, _name_end, _name_part, _written_at, apposed_before,
                                             names_after_nouns)
from coalition.extract.speaker_topics import is_attributive, is_quoted, sentence_topic, speaks_through
from coalition.extract.speaker_vocab import COMMA, genders_of, quote_sets
from coalition.resolve import actors as gazetteer


# Words in a title that are no part of the office ("the senior official", "the then prime minister").
QUALIFIERS = {"senior", "junior", "then", "former", "new", "top", "current", "outgoing", "incoming", "-", "'s", "’s"}


@dataclass
class Described:
    """A speaker described rather than named: "a senior EU diplomat", "the firm"."""

    role: str  # the description without its determiner: "senior EU diplomat"
    head: str  # its head noun, lower case: "diplomat"
    actor: str | None
    definite: bool
    subject: bool  # it opens its sentence
    person: bool  # a person noun, not an organisation noun
    role_words: tuple[str, ...]  # the title's words without the actor's: "the Ukrainian president" -> president
    start: int  # token offsets
    end: int
    start_char: int


def referents(ctx: ArticleContext) -> "_Referents":
    """The article's :class:`_Referents`, built on first use and shared: the statement finder and
    the stance rules' pronoun holders (``pronoun_holders.py``) ask the same resolver."""
    refs = ctx.__dict__.get("_referents")
    if refs is None:
        refs = ctx.__dict__["_referents"] = _Referents(ctx)
    return refs


class _Referents:
    """Who a quote can be attributed to in one article: the people named (with surnames alone
    linked to the full name), and speakers described without a name."""

    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.doc = ctx.doc
        roles = gazetteer.roles()
        places = quote_sets().places
        # the token positions of every entity: a rule adds no person over one
        self._taken = {i for m in ctx.mentions for i in range(m.start, m.end)}
        # A role phrase read as a name ("said High Representative Kaja Kallas") is no person, nor is a
        # place or body that a name rule took for one ("at Lancaster House, where he said").
        self.people = [m for m in ctx.mentions if m.label == "PERSON" and m.text not in roles
                       and not (len(m.text.split()) > 1 and m.text.split()[-1] in places
                                and not gazetteer.person_by_name(m.code))]
        self._add_apposed_names()
        self._link_surnames()
        self.people.sort(key=lambda m: m.start_char)
        self.described = self._find_described()
        self._object_markers = quote_sets().object_markers

    # -- people ------------------------------------------------------------
    def _link_surnames(self) -> None:
        """A surname alone ("Blair told reporters", "Mr Cho") stands for the person named in
        full elsewhere in the article: link it to that person, or add it when no rule found it."""
        full: dict[str, Mention] = {}
        for m in self.people:
            parts = m.text.split()
            if len(parts) >= 2:
                full.setdefault(parts[-1], m)
        for m in self.people:
            parts = m.text.split()
            if len(parts) >= 2:
                full.setdefault(parts[0], m)  # family name first: "Cho Tae-yul", later "Mr Cho"
        taken = self._taken
        linked = []
        for m in self.people:
            target = full.get(m.text) if len(m.text.split()) == 1 else None
            if target is not None and target.code != m.code and not gazetteer.person_by_name(m.code):
                m = Mention("PERSON", target.code, m.start, m.end, m.start_char, m.end_char, m.text,
                            m.role or target.role, m.actor or target.actor)
            linked.append(m)
        tk = tokens(self.doc)
        speech_verbs = quote_sets().speech
        for i in compress(range(tk.n), map(full.__contains__, tk.text)):
            if not tk.title[i]:
                continue
            if i in taken and not (tk.ent[i] == "COUNTRY" and i + 1 < tk.n and (
                    tk.lower[i + 1] in speech_verbs or (tk.sent_start[i] and tk.text[i + 1] == ","))):
                # an entity stays one, but after "Luis Montenegro", "Montenegro told reporters" and
                # "Montenegro, whose government…, said" are him
                continue
            if _name_part(tk, i - 1) or _name_part(tk, i + 1):
                continue  # part of a longer name no rule found
            token = self.doc[i]
            target = full[token.text]
            linked.append(Mention("PERSON", target.code, token.i, token.i + 1, token.idx,
                                  token.idx + len(token.text), token.text, target.role, target.actor))
        # A surname no rule found, next to a speech verb ("Vytečka told reporters"), with the full
        # name written elsewhere in the article ("according to Aleš Vytečka, director of…").
        speech = quote_sets().speech
        people_nouns = quote_sets().people_nouns
        have = {m.start for m in linked}
        # only words next to a speech verb can be such a surname
        verb_at = token_positions(self.doc, speech, lower=True)
        near_verbs = {j for i in verb_at for j in (i - 1, i + 1) if 0 <= j < tk.n}
        # ...or one auxiliary before it: "Ramaphosa has repeated that…", "Vytečka had told"
        near_verbs |= {i - 2 for i in verb_at if i >= 2 and tk.lower[i - 1] in ("has", "had", "also")}
        # ...or opening a sentence before an apposition: "Mudryk, who has had a hard season, said"
        near_verbs |= {j - 1 for j in token_positions(self.doc, COMMA) if j > 0 and tk.sent_start[j - 1]
                       and tk.title[j - 1]}
        near_verbs = sorted(near_verbs)
        for i in near_verbs:
            if i in taken or i in have or not _name_part(tk, i):
                continue
            if _name_part(tk, i - 1) or _name_part(tk, i + 1):
                continue
            if i + 1 < tk.n and tk.title[i + 1] and tk.lower[i + 1] in people_nouns:
                continue  # 'said Foreign Minister Jane Roe': a title's first word, no surname
            token = self.doc[i]
            fullest = _fullest_name(self.doc, token.text)
            if fullest is not None:
                linked.append(Mention("PERSON", fullest, token.i, token.i + 1, token.idx,
                                      token.idx + len(token.text), token.text))
        self.people = linked

    def _add_apposed_names(self) -> None:
        """Names no table or title knows, set off by commas next to a description of the person:
        "Ukraine's ambassador in Canberra, Vasyl Myroshnychenko, welcomed…" and, opening a sentence,
        "Mark Delaney, an organiser with the union who represents staff, said:"."""
        doc = self.doc
        sets = quote_sets()
        nouns = sets.people_nouns
        determiners = sets.determiners | {"who"}
        taken = self._taken
        speech = sets.speech
        honorifics = sets.honorifics
        tk = tokens(doc)
        n = tk.n
        lower, text, space, title = tk.lower, tk.text, tk.space, tk.title
        marks = token_positions(doc, sets.apposition_marks)
        names_after_nouns(self, tk, token_positions(doc, nouns), taken)
        for sent in self.ctx.sents:
            s_start, s_end = sent.start, sent.end
            # most sentences open on a word: the walk past white space is seldom needed
            i = s_start if not space[s_start] else next((k for k in range(s_start, s_end) if not space[k]), None)
            if i is None:
                continue
            # "Name Name, a/an/the/who …, said": the sentence opens with the name (a name part opens
            # few sentences: the others are not read)
            end = _name_end(doc, i) if _name_part(tk, i) else None
            if end and end - i >= 2 and end < s_end and text[end] == "," and end + 2 < n \
                    and (lower[end + 1] in determiners or lower[end + 1] in _RELATIVES or possessor_at(tk, end + 1, s_end)
                         or (lower[end + 1] in nouns and lower[end + 2] in ("of", "at"))) \
                    and not any(k in taken for k in range(i, end)) \
                    and (any(lower[x] in speech for x in range(end + 1, s_end))
                         or any(lower[x] in sets.apposed_nouns for x in range(end + 1, min(s_end, end + 9)))
                         # "Geert Wilders, whose party leads the polls, has ruled out…": a relative
                         # clause on a two-word name that opens the sentence is said of a person
                         or (lower[end + 1] in _RELATIVES and text[end - 1] not in sets.places)):
                self._add_person(i, end)
            # "…ambassador in Canberra, Name Name, …": a person noun earlier in the clause
            lo = bisect_left(marks, s_start)
            for k in marks[lo:]:
                if k >= s_end:
                    break
                word = text[k]
                if word in honorifics and k + 1 < s_end:
                    # "said the Honourable Mary Ng, Minister of…"
                    end = _name_end(doc, k + 1)
                    if end and end - k - 1 >= 2 and not any(x in taken for x in range(k + 1, end)):
                        self._add_person(k + 1, end)
                if word != "," or k + 1 >= s_end:
                    continue
                if lower[k + 1] in _ARTICLES and any(lower[x] in nouns for x in range(k + 2, min(s_end, k + 6))):
                    apposed_before(self, tk, k, s_start, taken, sets.places)  # "…was Jane Doe, the FDP chair…"
                    continue
                if not (title[k + 1] or text[k + 1].startswith(INNER_CAPITAL_PREFIXES)):
                    continue  # no name part after the comma (most commas), so no name: not read
                end = _name_end(doc, k + 1)
                if not end or end - k - 1 < 2 or end >= s_end or text[end] not in (",", "."):
                    continue
                if any(x in taken for x in range(k + 1, end)):
                    continue
                if any(lower[x] in nouns for x in range(max(s_start, k - 6), k)):
                    self._add_person(k + 1, end)

    def _add_person(self, start: int, end: int) -> None:
        span = self.doc[start:end]
        if any(m.start == start for m in self.people):
            return
        self.people.append(Mention("PERSON", span.text, start, end, span.start_char, span.end_char, span.text))

    def people_in(self, span: Span) -> list[Mention]:
        return [m for m in self.people if span.start_char <= m.start_char < span.end_char]

    def is_object(self, m: Mention) -> bool:
        """Whether a person is the object of a preposition or verb ("turned to Scholz", "met Chancellor
        Olaf Scholz", "with Defence Minister Anna Berg seated beside him") rather than a clause's subject.
        The word that governs the name is read over any title words before it."""
        tk = tokens(self.doc)
        lower, title, sent_start = tk.lower, tk.title, tk.sent_start
        j = m.start - 1
        while j >= 0 and (title[j] or lower[j] in QUALIFIERS) and not sent_start[j]:
            j -= 1  # "German Chancellor", "Defence Minister"
            if j > 0 and lower[j] == "and" and title[j - 1] and not tk.ent[j - 1] and not sent_start[j]:
                j -= 1  # "Industry and Trade Minister": one title, not a second person joined by "and"
        if j > 0 and lower[j] == "the" and not sent_start[j]:
            j -= 1  # "after meeting the Pope", "thanked the president"
        if j < 0 or sent_start[j] and j == m.start:
            return False
        word = lower[j]
        if word == "to" and j > 0 and lower[j - 1] == "according":
            return False  # "according to Healey" names the speaker
        if word == "by" and j > 0 and lower[j - 1].endswith("ed") and lower[j - 1] not in self._object_markers:
            return False  # "was headed by Vladimir Medinsky": a passive's agent is who acts
        return word in self._object_markers

    def speakers_first(self, people: list[Mention]) -> list[Mention]:
        """``people`` with those that read as subjects first, order otherwise kept."""
        return [p for p in people if not self.is_object(p)] + [p for p in people if self.is_object(p)]

    def addressed_in(self, quote: "Quote") -> frozenset[str]:
        """The people a quote speaks to: a name set off by commas at the quote's start or after a
        greeting ("Thank you, Olaf, for…", "Keir, we…", "Dear Ursula,"). Any person whose name holds it."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="contract")
        if span is None or not len(span):
            return frozenset()
        tk = tokens(self.doc)
        text, lower, title = tk.text, tk.lower, tk.title
        names = set()
        for i in range(span.start, span.end):
            if not title[i] or i + 1 >= span.end or text[i + 1] not in (",", "!", "?", ".", ";"):
                continue
            if i == span.start or text[i - 1] == "," or lower[i - 1] in ("dear", "thanks", "you"):
                names.add(text[i])
        if not names:
            return frozenset()
        return frozenset(p.code for p in self.people if names & set(p.text.split()))

    def is_appositive(self, m: Mention) -> bool:
        tk = tokens(self.doc)
        return m.start > 0 and tk.text[m.start - 1] == "," and m.end < tk.n and tk.text[m.end] == ","

    def _is_possessive(self, m: Mention) -> bool:
        tk = tokens(self.doc)
        return m.end < tk.n and tk.text[m.end] in ("'s", "’s", "'", "’")

    def written_name(self, m: Mention) -> str:
        """The person's fullest name as the article writes it (worked out once per person: the
        speaker of every quote and the genders ask again)."""
        known = self.__dict__.setdefault("_written", {})
        if m.code in known:
            return known[m.code]
        same = [p for p in self.people if p.code == m.code]
        name = self._written_name(same or [m])
        if same:
            known[m.code] = name
        return name

    def _written_name(self, same: list[Mention]) -> str:
        best = max(same, key=lambda p: (len(p.text.split()), -p.start_char))
        end = best.end
        tk = tokens(self.doc)
        if end < tk.n and tk.title[end] and not tk.sent_start[end] and not gazetteer.person_by_name(best.code):
            # "said Per Pugholm Olsen, head of…": a name word the name rule stopped short of
            while end - best.start < 4 and _is_name_part(self.doc, end) and not tk.sent_start[end] and end not in self._taken:
                end += 1
        name = _written_at(self.doc, best.start, end)
        if len(name.split()) == 1:
            # "Mr Cho" where no rule found the full name: the fullest run of name words
            # that holds the surname anywhere in the article ("Cho Tae-yul said").
            name = _fullest_name(self.doc, name) or name
        return name

    # -- described speakers -------------------------------------------------
    def _find_described(self) -> list[Described]:
        words = vocab("quotes")
        sets = quote_sets()
        definite = sets.definite
        people_nouns = sets.people_nouns
        org_nouns = sets.org_nouns
        head_nouns = sets.head_nouns  # one set object: the positions table keeps its column by it
        openers = sets.openers
        limit = words["modifier_limit"]
        tk = tokens(self.doc)
        n = tk.n
        lower, text_, punct, space, sent_start, ent, idx = tk.lower, tk.text, tk.punct, tk.space, tk.sent_start, tk.ent, tk.idx
        text = self.ctx.text
        out = []
        determiners = sets.determiners
        # A head noun is only found at most ``limit + 1`` words after its determiner: a
        # determiner with no head noun that near is passed over without reading its words.
        heads = token_positions(self.doc, head_nouns, lower=True)
        for i in token_positions(self.doc, determiners, lower=True):
            near = bisect_right(heads, i)
            if near == len(heads) or heads[near] > i + 1 + limit:
                continue
            det = lower[i]
            head = None
            j = i + 1
            while j < n and j <= i + 1 + limit:
                if punct[j] and text_[j] not in ("-", "'s", "’s") or space[j] or sent_start[j]:
                    break
                if lower[j] in head_nouns:
                    head = j
                    while head + 1 < n and lower[head + 1] in head_nouns:
                        head += 1
                    while head + 2 < n and text_[head + 1] == "-" and lower[head + 2] in head_nouns:
                        head += 2  # "the secretary-general said": one title, written with a hyphen
                    if lower[head] in org_nouns and head + 2 < n and lower[head + 1] == "of" and tk.title[head + 2]:
                        # "a Department of Defence spokesperson": the body names whose person speaks
                        k = head + 2
                        while k < min(n, head + 6) and tk.title[k] and lower[k] not in people_nouns:
                            k += 1
                        if k < n and lower[k] in people_nouns:
                            head = k
                    break
                # a preposition starts another noun phrase: "a proposal from the Minister" is no minister
                if ent[j] == "PERSON" or lower[j] in ("who", "which", "that", "of", "to", "said", "says", "from", "for",
                                                      "with", "by", "on", "in", "at", "about"):
                    break
                j += 1
            if head is None:
                continue
            # "one of the region's trusts": "one" is a number there, not a determiner
            if det == "one" and lower[i + 1] == "of":
                continue
            start_char = idx[i]
            k = i  # the start of the determiner's sentence
            while not sent_start[k] and k > 0:
                k -= 1
            while k < i and (space[k] or punct[k] or lower[k] in openers):
                k += 1
            noun = lower[head]
            role = text[idx[i + 1] : idx[head] + len(text_[head])]
            actors = self.ctx.mentions_in(start_char, idx[head] + 1, ("COUNTRY", "ORG"))
            role_words = _role_words(" ".join(text_[w] for w in range(i + 1, head + 1)
                                              if not ent[w] and lower[w] not in QUALIFIERS))
            end = head + 1
            if end + 1 < n and lower[end] in ("for", "of") and tk.title[end + 1]:
                # "the Minister for Foreign Affairs", "the Secretary of State": an office written
                # after the head noun is one title when the roles table knows it.
                stop = end + 1
                while stop < n and tk.title[stop] and not ent[stop] and stop < end + 5:
                    stop += 1
                office = gazetteer.roles().get(text[idx[i + 1] : idx[stop - 1] + len(text_[stop - 1])])
                if office:
                    role = text[idx[i + 1] : idx[stop - 1] + len(text_[stop - 1])]
                    role_words, end = _role_words(office[0]), stop
            out.append(Described(role=role, head=noun, actor=actors[0].code if actors else None,
                                 definite=det in definite, subject=k == i or after_participle(tk, k, i) or after_opening_phrase(tk, k, i)
                                 # "…, the Minister stressed.": the subject of the speech verb right after it
                                 or (det in definite and noun in people_nouns and end < n and lower[end] in quote_sets().speech
                                     and lower[end] not in _NOUN_LIKE_VERBS),  # ("the other member states")
                                 person=noun in people_nouns,
                                 role_words=role_words, start=i, end=end, start_char=start_char))
        return out

    def described_at(self, verb_i: int, span: Span) -> Described | None:
        """A description that ends just before the speech verb or starts just after it:
        "a senior EU diplomat said", "the firm said", "said one analyst at a brokerage"."""
        for d in self.described:
            if d.start < span.start or d.end > span.end:
                continue
            if d.end == verb_i or (d.end == verb_i - 1 and self.doc[verb_i - 1].lower_ in ("has", "had", "also")):
                if not d.person and d.start > span.start and self.doc[d.start - 1].lower_ in ("of", "for", "at", "from"):
                    # "a member of the budget committee said": the member speaks, not the body
                    return next((e for e in self.described if e.person and e.end == d.start - 1), d)
                return d
            if d.start == verb_i + 1 and self.doc[verb_i].lower_ not in ("told", "tells", "telling", "tell"):
                return d  # "he told the club website": whom one tells is the listener, not the speaker
        return None

    def subject_of(self, span: Span) -> Described | None:
        """A description that opens the sentence ``span`` starts: "A European diplomat I spoke to…"."""
        for d in self.described:
            if span.start <= d.start < span.end and d.subject:
                return d
        return None

    def resolve(self, d: Described, before_char: int):
        """Whom a description stands for: itself when indefinite ("a senior official"); when definite
        ("the official", "the defence secretary"), the latest earlier description with the same noun or
        person whose role it names, else an unnamed speaker with that role."""
        if not d.definite:
            return d
        named = apposed_name(self, d)
        if named is not None:
            return named
        candidates = []
        for e in self.described:
            if e.start_char < d.start_char and not e.definite and e.head == d.head:
                candidates.append((e.start_char, e))
        others = aides_of_another(self, d)  # "his spokesman": the owner's, not another state's
        for m in self.people:
            # a person named inside a quote ('"I have asked Jane Roe to go," the secretary-general said')
            # is spoken of, not the title's holder
            if m.start_char < d.start_char and m.code not in others and self._holds_role(m, d) \
                    and not is_quoted(self, m):
                candidates.append((m.start_char, m))
        if candidates:  # a release's "the President" is its own office's (issuing_offices.py)
            candidates = own_head_first(self.ctx, d.start_char, candidates, lambda h: self.ctx.person_details(h)[2]
                                        if isinstance(h, Mention) else h.actor)
            latest = max(candidates, key=lambda c: c[0])
            # of two holders named in one sentence ("Trump's summit with Putin… The president left"),
            # the one it opens with is its topic
            sent = self.ctx.sentence_at(latest[0])
            return sentence_topic_of(self, [c for c in candidates if c[0] >= sent.start_char])
        if d.person:
            # "Anna Berg, the country's finance minister, … the minister said": a person whose role
            # no table or title gave may hold it; one whose known role differs does not.
            for m in reversed(self.people):
                if m.start_char < d.start_char and not self._is_possessive(m):
                    if not (self.ctx.person_details(m)[1] or m.role):
                        return m
                    break
        return d

    def _holds_role(self, m: Mention, d: Described) -> bool:
        """Whether the person's role is the one a title names: "the defence secretary" is
        Defence Secretary John Healey, "the Ukrainian president" a president of Ukraine."""
        _, role, actor = self.ctx.person_details(m)
        role = role or m.role
        if not role or (d.actor and actor and d.actor != actor):
            return False
        role_words = set(_role_words(role))
        if (role_words & _SUBORDINATE) - set(d.role_words):
            return False  # "the president" is no Vice President, "the secretary-general" no Under-Secretary-General
        if is_party_title(d.role_words):  # "the Socialist leader", "the CDU chairman"
            return holds_party_title(role_words)
        if d.role_words == ("leader",):
            # "the Ukrainian leader": whoever heads that state or government
            return any(set(_role_words(r)) <= role_words for r in vocab("quotes")["leader_roles"])
        if d.role_words[-1:] in (("chief",), ("head",), ("boss",)) and d.actor and actor == d.actor:
            return True  # "the NATO chief", "the EU foreign policy chief": a body's person by the informal title
        return bool(d.role_words) and all(w in role_words for w in d.role_words)

    def _opening_surname(self, before_char: int, exclude=frozenset()) -> Mention | None:
        """A single name no rule found that opens the sentence of ``before_char`` or the one before it,
        in the same paragraph, as its subject ("Lula has been clear that… \"…,\" he told reporters";
        "Hareide was gracious in defeat. \"…,\" the Norwegian said"): a capitalised word that is no
        entity, title or common noun, followed by a finite verb of the list."""
        ctx = self.ctx
        k = ctx.sentence_index(before_char)
        for j in (k, k - 1):
            if j < 0:
                return None
            sent = ctx.sents[j]
            if j < k and "\n" in ctx.text[sent.end_char : ctx.sents[k].start_char + 1]:
                return None  # another paragraph
            found = self._name_opening(sent, before_char, exclude)
            if found is not None:
                return found
        return None

    def _name_opening(self, sent, before_char: int, exclude) -> Mention | None:
        tk = tokens(self.doc)
        sets = quote_sets()
        i = sent.start
        while i < sent.end and tk.space[i]:
            i += 1
        if i + 1 >= sent.end or tk.idx[i] >= before_char or i in self._taken:
            return None
        nxt = tk.lower[i + 1]
        if nxt not in sets.subject_verbs and not (
                nxt in sets.subject_links and not sets.subject_attitudes.isdisjoint(tk.lower[i + 2 : min(sent.end, i + 5)])):
            return None  # "Lula has been clear", "Hareide was gracious": only a person is
        word = tk.text[i]
        if not _is_name_part(self.doc, i) or word in sets.places or word.lower() in sets.people_nouns \
                or word.lower() in sets.org_nouns or any(p.start == i for p in self.people):
            return None
        found = next((p for p in self.people if p.text.split()[-1] == word), None)
        if found is not None:
            if found.code in exclude:
                return None
            return Mention("PERSON", found.code, i, i + 1, tk.idx[i], tk.idx[i] + len(word), word, found.role, found.actor)
        return Mention("PERSON", word, i, i + 1, tk.idx[i], tk.idx[i] + len(word), word)

    def _genders(self) -> dict[str, str]:
        """Each person's gender where the article tells it, worked out once per article."""
        genders = self.__dict__.get("_gender_of")
        if genders is None:
            genders = self.__dict__["_gender_of"] = genders_of(self)
        return genders

    def _quoted_spans(self) -> list[tuple[int, int]]:
        """The (start, end) offsets of the article's quoted statements (five words or more), sorted."""
        spans = self.__dict__.get("_quoted")
        if spans is None:
            text = self.ctx.text
            spans = self.__dict__["_quoted"] = [(q.start, q.end) for q in self.ctx.quotes()
                                                if len(text[q.start : q.end].split()) >= 5]
        return spans

    def antecedent(self, before_char: int, exclude=frozenset(), pronoun: str | None = None):
        """Whom "he" or "she" stands for: the latest person named (not as a possessive,
        "Putin's spokesman"), or speaker described as the subject of a sentence, before ``before_char``.
        Of the people named in the sentence of the latest one, the subject is preferred ("Kallas met
        Sybiha. … she said" is Kallas); a person the quote addresses is never its speaker, nor one
        whose first name or title ("Ms", "Mr") says the other gender than ``pronoun``."""
        if pronoun in ("she", "her", "he", "his", "him"):
            wanted = "f" if pronoun in ("she", "her") else "m"
            genders = self._genders()
            exclude = exclude | {code for code, g in genders.items() if g != wanted}
        best, best_at = None, -1
        quoted = self._quoted_spans()
        for m in self.people:
            if best_at < m.start_char < before_char and m.code not in exclude and not is_attributive(self, m) \
                    and (not self._is_possessive(m) or speaks_through(self, m)):
                at = bisect_right(quoted, (m.start_char, float("inf"))) - 1
                if at >= 0 and quoted[at][0] <= m.start_char < quoted[at][1]:
                    continue  # named inside a quote ("What Minister Katayama told…"): someone spoken of, not a speaker
                best, best_at = m, m.start_char
        if best is not None and not self._is_possessive(best):
            best = sentence_topic(self, best, before_char, exclude, pronoun)
        opener = self._opening_surname(before_char, exclude)
        if opener is not None and opener.start_char > best_at:
            best, best_at = opener, opener.start_char
        for d in self.described:
            if not (best_at < d.start_char < before_char and d.subject and d.person):
                continue
            resolved = self.resolve(d, before_char)
            # "The president insisted…" with no president named: no one to stand for
            if isinstance(resolved, Mention) or not d.definite or d.head not in _OFFICE_NOUNS:
                best, best_at = resolved, d.start_char
        return best


_ARTICLES = frozenset({"the", "a", "an"})
# speech verbs that are as often plural nouns after a noun ("member states", "the minister's remarks")
_NOUN_LIKE_VERBS = frozenset({"states", "notes", "claims", "reports", "remarks", "comments"})
_RELATIVES = frozenset({"who", "whose"})


def _bare_plural(ctx: ArticleContext, span, verb: int) -> "Described | None":
    """"Russian officials said", "Chelsea's owners said": a plural speaker noun right before the
    speech verb, with no determiner, and its modifiers (a demonym, a possessor, adjectives) before
    it; an unnamed speaker with that description as its role."""
    tk = tokens(ctx.doc)
    head = verb - 1
    if head <= span.start or not tk.lower[head].endswith("s") or tk.lower[head] not in quote_sets().people_nouns:
        return None
    start = head
    while start - 1 >= span.start and start > head - 4 and (tk.ent[start - 1] or tk.text[start - 1] in ("'s", "’s")
                                                           or (tk.alpha[start - 1] and not tk.stop[start - 1])):
        start -= 1
    actors = ctx.mentions_in(tk.idx[start], tk.idx[head], ("COUNTRY", "ORG"))
    role = ctx.text[tk.idx[start] : tk.idx[head] + len(tk.text[head])]
    return Described(role=role, head=tk.lower[head], actor=actors[0].code if actors else None, definite=False,
                     subject=tk.sent_start[start], person=True, role_words=(), start=start, end=head + 1,
                     start_char=tk.idx[start])


# Words that make a role another, lower office than the title without them ("Vice President",
# "Deputy Prime Minister", "Under-Secretary-General"): a bare title does not stand for its holder.
_SUBORDINATE = frozenset({"vice", "deputy", "under", "assistant"})

# Office nouns: "the president said" with no president named is no new speaker we can name.
_OFFICE_NOUNS = {"president", "minister", "chancellor", "secretary", "premier", "taoiseach", "leader", "general"}


@lru_cache(maxsize=None)
def _role_words(role: str) -> tuple[str, ...]:
    return tuple(w.replace("defense", "defence") for w in role.lower().replace("-", " ").split())
