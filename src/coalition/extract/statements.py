"""Statements: quoted words and who said them.

Attribution is looked for, in order: after the quote in its sentence
(``…," Starmer told reporters``), before it in its sentence (``Lavrov said: "…"``,
``said it would be "a big mistake…"``), in an introducing sentence that ends
with a colon, however many blank lines before (``…, stating:`` then the quote),
and for a quote paragraph that follows another, the previous quote's speaker.
A quote that is the complement of a naming verb ('Doe called the move "an important step…"')
is the subject's. Scare quotes and fragments under five words are not statements, nor are short
quoted time phrases ("within the next few days") and short phrases their clause goes on after
('to see "boots on the ground" in Europe').

Who a speaker is:

- a person named next to the speech verb. ``speaker`` is the name as the article
  writes it, in its fullest form ("Volodymyr Zelenskiy", "Cho Tae-yul" for a later
  "Mr Cho"); ``person`` the canonical name when the office-holders table knows them;
- a surname alone ("Blair told reporters") stands for the person named in full
  elsewhere in the article;
- a description instead of a name ("a senior EU diplomat said", "said one analyst")
  gives a statement with ``speaker`` null and the description as ``role``;
- a pronoun ("he added") stands for the latest person or described speaker that
  opened a sentence or was named, or for a single name no rule found that opens the sentence
  before with a speech verb or a person's attitude ("Lula has been clear that…"); a nationality
  ("the Norwegian said") stands for the person as a pronoun does; a title ("the defence
  secretary said") for the latest person whose role it is, or the latest described speaker
  with that noun ("A senior official… the official said"); a description whose noun no list holds
  ("the former boxing champion told Bild", "the Presidency said") is read in ``speaker_epithets.py``.

Quotes are found in ``quotes.py``; who a speaker is, in ``speakers.py`` (with the name
spans in ``speaker_names.py``).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

import re

from coalition.extract.context import ArticleContext, Mention, tokens, vocab
from coalition.extract.quotes import Quote
from coalition.extract.speaker_descriptions import described_owner, titled_subject
from coalition.extract.speaker_epithets import epithet_speaker
from coalition.extract.speaker_lists import listed_objects
from coalition.extract.speaker_topics import is_quoted
from coalition.extract.speakers import Described, _Referents, _bare_plural, referents
from coalition.model import Statement
from coalition.resolve import actors as gazetteer


def find_statements(ctx: ArticleContext) -> list[Statement]:
    words = vocab("quotes")
    speech = set(words["speech_verbs"])
    min_words = words["min_words"]
    refs = None  # built for the first quote long enough to be a statement: most articles have none
    statements: list[Statement] = []
    previous: tuple[Quote, object, object] | None = None  # (quote, speaker, attribution)
    for quote in ctx.quotes():
        inner = ctx.text[quote.start : quote.end].strip()
        if len(inner.split()) < min_words or _embedded_fragment(ctx.text, quote, inner, speech, words) \
                or (_quoted_title(inner) and quote.start > ctx.text.find("\n")):  # a headline may be in title case
            previous = None
            continue
        if refs is None:
            refs = referents(ctx)
        speaker, attribution = _attribute(ctx, refs, quote, speech, previous)
        start = quote.start + (len(ctx.text[quote.start : quote.end]) - len(ctx.text[quote.start : quote.end].lstrip()))
        sent_first = ctx.sentence_at(quote.open_mark)
        sent_last = ctx.sentence_at(max(quote.close_mark - 1, quote.start))
        evidence = ctx.evidence(sent_first.start_char, max(sent_last.end_char, quote.close_mark + 1))
        name = person = role = actor = None
        if isinstance(speaker, Mention):
            if speaker.label == "PERSON":
                _, role, actor = ctx.person_details(speaker)
                role, actor = role or speaker.role, actor or speaker.actor
                name = refs.written_name(speaker)
                known = gazetteer.person_by_name(speaker.code) or gazetteer.person_by_name(name)
                person = known.name if known else None
            else:
                actor = speaker.code
        elif isinstance(speaker, Described):
            role, actor = speaker.role, speaker.actor
        if speaker is None:
            previous = (quote, None, None)
            continue
        statements.append(
            Statement(
                speaker=name,
                person=person,
                role=role,
                actor=actor,
                quote=ctx.text[start : start + len(inner)],
                evidence=evidence,
                attribution=attribution,
                confidence=0.9 if name else (0.6 if isinstance(speaker, Described) else 0.5),
            )
        )
        previous = (quote, speaker, attribution)
    if statements and "\n" in ctx.text:
        _headline_speakers(ctx.text, statements)
    return statements


_WORD = re.compile(r"[a-z0-9']+")


def _headline_speakers(text: str, statements: list[Statement]) -> None:
    """A quote in the headline is a shortened quote of the body ("Kremlin says no: 'We want peace,
    not a pause'" over "'What Russia wants is peace, not a pause…,' Peskov told reporters"): when
    most of its words are in one body quote, that quote's speaker said it, whoever the headline
    names next to it."""
    headline_end = text.find("\n")
    for st in statements:
        if st.evidence is None or st.evidence.start >= headline_end:
            break
        words = set(_WORD.findall(st.quote.lower()))
        if len(words) < 3:
            continue
        for body in statements:
            if body.evidence is None or body.evidence.start < headline_end or not (body.speaker or body.role):
                continue
            if len(words & set(_WORD.findall(body.quote.lower()))) >= 0.6 * len(words):
                st.speaker, st.person, st.role, st.actor = body.speaker, body.person, body.role, body.actor
                st.confidence = body.confidence
                break


def _quoted_title(inner: str) -> bool:
    """A quoted name of a document, plan or body ('signed what Tokyo calls an "Accord on Support for
    Ukraine and Cooperation"'): every word of four letters or more capitalised and no sentence mark
    at its end; no one's words."""
    if inner.rstrip()[-1:] in ".!?,;:":
        return False
    long = [w for w in inner.split() if len(w) >= 4]
    return len(long) >= 3 and all(w[:1].isupper() for w in long)


def _embedded_fragment(text: str, quote: Quote, inner: str, speech: set[str], words) -> bool:
    """A short quoted phrase that is no statement of its own: a time phrase ('would deliver the jets
    "within the next few days"') or a phrase the clause goes on after ('did not want to see "boots
    on the ground" in Europe'), where a statement ends its clause or is followed by its attribution."""
    if len(inner.split()) > words["fragment_max_words"] or not inner[:1].isalpha():
        return False
    if inner[:1].islower() and inner.lower().startswith(_time_openers()):
        return True
    if inner.split()[0].lower() in words["predicate_openers"]:
        return False  # 'said the tanks "will burn like all the rest" and …': a predicate the speaker said, no term
    after = text[quote.close_mark + 1 : quote.close_mark + 40]
    if not after[:1] == " " or not after[1:2].isalpha():
        return False  # a mark, a comma or a line break after it: the quote ends its clause
    following = after.split()[:3]
    if _new_predicate(following):
        return False  # 'called the talks "a beginning that deserves a continuation" and offered…': the clause ends
    if inner.rstrip().endswith(",") and following[0][:1].isupper():
        return False  # '"That claim is false," Kenji Sato, deputy minister…, told': a name opens the attribution
    # '"…" he said' without a comma is an attribution, not a clause going on
    return not any(w.strip(".,;:").lower() in speech or w in words["pronouns"] for w in following)


def _new_predicate(following: list[str]) -> bool:
    """Whether the words after a quote start a second predicate of the same subject ("… and offered",
    "… and added"): "and" and a verb in the past tense, so the quote ended its own clause."""
    return len(following) >= 2 and following[0] == "and" and following[1].rstrip(".,;").endswith("ed")


@lru_cache(maxsize=1)
def _time_openers() -> tuple[str, ...]:
    return tuple(o + " " for o in vocab("quotes")["time_fragment_openers"])


def _attribute(ctx: ArticleContext, refs: "_Referents", quote: Quote, speech: set[str], previous):
    """The speaker of a quote (a person or actor mention, or a description) and the sentence
    that names them when it is not the quote's own."""
    text = ctx.text
    sent = ctx.sentence_at(quote.open_mark)
    sent_end = ctx.sentence_at(max(quote.close_mark - 1, quote.start))
    # "Thank you, Olaf, for…": the person the quote speaks to is not its speaker
    addressed = refs.addressed_in(quote)
    # 1. After the quote, in the same paragraph: ,” he said. / ," said Healey. / ," Starmer told reporters.
    para_end = text.find("\n", quote.close_mark)
    para_end = len(text) if para_end < 0 else para_end
    tail_end = min(para_end, max(sent_end.end_char, quote.close_mark + 1) + 120)
    # ...but not into the next quote's own attribution ('…". He added: "…"')
    next_open = _NEXT_OPEN.search(text, quote.close_mark + 1, tail_end)
    if next_open is not None:
        tail_end = next_open.start()
    # a quote left open runs to its paragraph's end: no tail after it (the span would end before it starts)
    tail = ctx.doc.char_span(quote.close_mark + 1, tail_end, alignment_mode="expand") \
        if tail_end > quote.close_mark + 1 else None
    if tail is not None and len(tail):
        found = _speaker_near_verb(ctx, refs, tail, speech, window=8, before_char=quote.open_mark,
                                   exclude=addressed)
        if found:
            return found, None
    # 2. Before the quote in its sentence: Lavrov said: "…" / Starmer said it would be "…"
    head = ctx.doc.char_span(sent.start_char, quote.open_mark, alignment_mode="expand")
    if head is not None and len(head):
        found = _speaker_near_verb(ctx, refs, head, speech, window=40, before_char=quote.open_mark, prefer_last=True,
                                   exclude=addressed)
        if found:
            return found, None
    # 2b. Live-blog and bullet style: 'Kallas: "…"', '"…" — Finnish President Alexander Stubb.'
    found = _name_label(ctx, refs, quote, sent, head, para_end, addressed)
    if found is not None:
        return found, None
    # 2c. The quote as what the subject calls something: 'Morawiecki called the move "an important step…"'
    if head is not None and len(head):
        found = _naming_subject(ctx, refs, head, quote, addressed)
        if found is not None:
            return found, None
    # 2d. A colon that ends the quote's own sentence's opening, with no speech verb in it: 'Friedrich
    # Merz, who is expected to become chancellor, was blunt on X: "…"' is the person the opening names.
    if head is not None and len(head) and text[sent.start_char : quote.open_mark].rstrip().endswith(":"):
        found = _colon_opener(refs, head, addressed)
        if found is not None:
            return found, None
    # 2e. 'Brekelmans drew one firm line. "We have always said…"': a quote opening its own sentence
    # (its mark still in the sentence before) after a sentence that opens with a person and quotes nothing
    opening = text[sent.start_char : quote.open_mark].rstrip()
    if head is not None and len(head) > 2 and opening.endswith(".") and not _QUOTE_MARKS.intersection(opening):
        found = _colon_opener(refs, head, addressed, people_only=True)
        if found is not None:
            return found, None
    # 3. An introducing sentence ending with a colon, blank lines before the quote.
    if text[sent.start_char : quote.open_mark].strip() == "":
        i = ctx.sentence_index(quote.open_mark) - 1
        if i >= 0:
            intro = ctx.sents[i]
            intro_text = ctx.text[intro.start_char : intro.end_char].rstrip()
            if i > 0 and _announces_text(intro_text) and not ctx.text[intro.start_char : intro.end_char].rstrip().endswith(":"):
                # "The leaders issued a joint statement. The text of the statement follows." then the
                # quote: the sentence that names the statement's authors introduces it
                intro = ctx.sents[i - 1]
                intro_text = ":"
            if intro_text.endswith(":"):
                found = _speaker_near_verb(ctx, refs, intro, speech, window=40, before_char=intro.end_char,
                                           prefer_last=True, intro=True, exclude=addressed)
                if found is None:
                    found = refs.subject_of(intro)
                    # "The defence minister, Arvydas Anusauskas, was blunter:": the name set off by
                    # commas right after the subject is who it is.
                    if found is not None:
                        found = next((p for p in refs.people_in(intro)
                                      if p.start == found.end + 1 and refs.is_appositive(p)), found)
                if found is None:
                    people = refs.speakers_first([p for p in refs.people_in(intro) if p.code not in addressed])
                    found = people[0] if people else None
                if found is None:
                    actors = ctx.actors_in(intro)
                    found = actors[0] if actors else None
                pronoun = None
                if found is None:
                    lower = tokens(ctx.doc).lower
                    pronoun = next((lower[k] for k in range(intro.start, intro.end)
                                    if lower[k] in ("he", "she", "his", "her")), None)
                if found is None and pronoun:
                    # "His answer came only after a long preamble:" - the person last spoken of
                    found = refs.antecedent(intro.start_char, addressed, pronoun)
                if found is not None:
                    return found, ctx.sentence_evidence(intro)
    # 4. A quote paragraph right after another quote: the same speaker goes on.
    if previous is not None and previous[1] is not None:
        prev_quote, prev_speaker, prev_attribution = previous
        between = text[prev_quote.close_mark + 1 : quote.open_mark]
        if quote.continues or (between.strip() == "" and between.count("\n") >= 1):
            return prev_speaker, prev_attribution
        # "…," Mr Doe said. / (blank line) / "Another paragraph of quote." with no attribution of its
        # own: the speaker of the paragraph just before goes on (the rest of that paragraph is only
        # the previous quote's attribution, and this quote opens its paragraph)
        tail, breaks, rest = between.partition("\n")
        if (breaks and rest.strip() == "" and tail.strip() and len(tail.split()) <= _ATTRIBUTION_WORDS
                and text[sent.start_char : quote.open_mark].strip() == ""
                and _paragraph_opens_with(text, quote.open_mark)
                and not text[quote.close_mark + 1 : para_end].strip(" .,;!?\"”’'")):
            return prev_speaker, prev_attribution
    return None, None


# A person this many tokens or fewer into the sentence opens it ("On Friday, Merz was blunt:").
_OPENING_TOKENS = 3


_QUOTE_MARKS = frozenset('"“”')


def _colon_opener(refs, head, addressed, people_only: bool = False):
    """Who speaks after a colon in a sentence whose opening has no speech verb: a person who opens the
    sentence (after a comma-ended phrase or a title at most); else a description that opens it ("A
    senior EU diplomat was blunter:"). None when people are named but none opens it ("the deal
    between Trump and Putin includes this clause:"): the quote is then a text, not words spoken."""
    people = [p for p in refs.people_in(head) if p.code not in addressed and not refs._is_possessive(p)]
    tk = tokens(head.doc)
    # a short phrase set off by a comma opens many sentences ("On Friday, …"): the subject comes after it
    comma = next((k for k in range(head.start, min(head.end, head.start + _OPENING_TOKENS + 2)) if tk.text[k] == ","), None)
    subject_at = head.start if comma is None else comma + 1
    for p in people:
        # "Friedrich Merz, …", "On Friday, Merz …", "German Chancellor Friedrich Merz …": the subject
        if p.start == head.start or (subject_at <= p.start <= subject_at + _OPENING_TOKENS
                                     and all(tk.title[k] for k in range(subject_at, p.start))):
            return p
    if people or people_only:
        return None
    if tk.lower[head.start] in ("he", "she"):
        # "He drew one firm line: …": the person the pronoun stands for
        return refs.antecedent(head.start_char, addressed, tk.lower[head.start])
    return refs.subject_of(head)


_DASHES = ("—", "–", "-", "―")


def _name_label(ctx: ArticleContext, refs, quote: Quote, sent, head, para_end: int, addressed):
    """A person named with no verb as the quote's label: before it with a colon ("Kallas: "…"",
    "Finnish President Alexander Stubb: "…"") or after it with a dash (""…" — Alexander Stubb")."""
    text = ctx.text
    if head is not None and len(head) and text[sent.start_char : quote.open_mark].rstrip().endswith(":"):
        people = [p for p in refs.people_in(head) if p.code not in addressed]
        if people and text[people[-1].end_char : quote.open_mark].strip() == ":" \
                and people[-1].start - head.start <= 4:
            return people[-1]
    after = text[quote.close_mark + 1 : para_end]
    stripped = after.lstrip(" ,.")
    if stripped.startswith(_DASHES):
        at = quote.close_mark + 1 + (len(after) - len(stripped)) + 1
        people = [p for p in refs.people if at <= p.start_char < min(para_end, at + 60) and p.code not in addressed]
        if people:
            return people[0]
    return None


# Words that end the object of a naming verb before the quote's mark: "called the move a ", "described
# it as ". More tokens than this between the verb and the quote, and the quote is not the verb's.
_NAMED_OBJECT_TOKENS = 8


def _naming_subject(ctx: ArticleContext, refs, head, quote: Quote, exclude):
    """The subject of a naming verb whose complement is the quote: 'Prime Minister Jane Doe called the
    decision "an important step towards peace"', 'The Kremlin described the plan as "…"'. The quote
    must end its sentence's clause (a mark, then punctuation), and the subject stand right before the
    verb: a person, a pronoun for one, or a country or body."""
    tk = tokens(ctx.doc)
    lower = tk.lower
    verbs = _naming_verbs()
    start = max(head.start, head.end - _NAMED_OBJECT_TOKENS - 1)
    verb = next((k for k in range(head.end - 1, start - 1, -1) if lower[k] in verbs), None)
    if verb is None or (verb + 1 < tk.n and lower[verb + 1] in ("for", "on", "off", "up", "in", "out")):
        return None  # "called for", "called on": a demand, not a name given
    if any(tk.punct[k] and tk.text[k] not in ("-", "'s", "’s") for k in range(verb + 1, head.end)):
        return None
    after = ctx.text[quote.close_mark + 1 : quote.close_mark + 3].lstrip()
    if after[:1] not in (".", ",", ";", "") and not ctx.text[quote.end - 1 : quote.end] in (".", ",", "!", "?") \
            and not _new_predicate(ctx.text[quote.close_mark + 1 : quote.close_mark + 40].split()[:2]):
        return None  # the quote names a thing inside a longer clause
    before = [p for p in refs.people_in(head) if p.end <= verb and verb - p.end <= 2 and p.code not in exclude]
    if before:
        return before[-1]
    if verb - 1 >= head.start and lower[verb - 1] in ("he", "she"):
        return refs.antecedent(tk.idx[verb - 1], exclude, lower[verb - 1])
    actors = [m for m in ctx.mentions_in(head.start_char, tk.idx[verb], ("COUNTRY", "ORG")) if verb - m.end <= 1]
    return actors[-1] if actors else None


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationality words ("Norwegian", "Briton") from the country aliases."""
    return frozenset(row[0] for row in gazetteer.read_table(gazetteer.DATA / "country_aliases.tsv")
                     if len(row) > 2 and row[2] == "demonym")


@lru_cache(maxsize=1)
def _naming_verbs() -> frozenset[str]:
    return frozenset(vocab("quotes")["naming_verbs"])


def _one_of_them(ctx: ArticleContext, verb: int, span) -> Described | None:
    """'," one said.', '," one of them said in a statement.': one member of a group named just
    before ("military planners", "his lawyers") speaks, unnamed; the group's noun is the role."""
    tk = tokens(ctx.doc)
    lower = tk.lower
    at = verb - 1
    if lower[at : verb] == ["also"]:
        at -= 1
    if at >= span.start and lower[at] == "one":
        first = at
    elif at - 2 >= span.start and lower[at - 2 : at + 1] == ["one", "of", "them"]:
        first = at - 2
    else:
        return None
    if first > span.start and not tk.punct[first - 1]:
        return None  # "the one said" or "no one said": not a member of a group
    plural = _plural_speaker_nouns()
    k = ctx.sentence_index(tk.idx[first])
    lo = ctx.sents[max(0, k - 2)].start
    role = next((tk.text[j] for j in range(first - 1, lo - 1, -1) if lower[j] in plural), None)
    return Described(role=role or "one", head="one", actor=None, definite=False, subject=False, person=True,
                     role_words=(), start=first, end=verb, start_char=tk.idx[first])


def _announces_text(sentence: str) -> bool:
    """'The text of the statement follows.', 'The declaration reads in full:', 'It reads as follows.'"""
    low = sentence.lower().rstrip(" .:")
    return low.endswith(_text_follows())


@lru_cache(maxsize=1)
def _text_follows() -> tuple[str, ...]:
    return tuple(vocab("quotes")["text_follows"])


@lru_cache(maxsize=1)
def _plural_speaker_nouns() -> frozenset[str]:
    """"planners", "lawyers": the group a "one of them said" speaker belongs to."""
    return frozenset(n for n in vocab("quotes")["speaker_nouns"] if n.endswith("s"))


# "A retired officer who now teaches at a college in Pembroke said": a relative clause, in tokens
_RELATIVE_TOKENS = 16

# "A Western official familiar with the talks said", "A diplomat at the meeting said", '," a
# spokesperson for the prosecution service said': words that start a description's post-modifier
# when the description opens its sentence or follows the quote's closing mark
_POST_MODIFIERS = {"familiar", "close", "involved", "briefed", "with", "from", "at", "in", "for", "speaking", "based",
                   "working", "serving", "attending", "present"}

# A pronoun right before a speech verb is its subject ('," he said'): lower case, as the tail reads it.
_SUBJECT_PRONOUNS = frozenset({"he", "she"})

_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})

_NEXT_OPEN = re.compile('[“«„‘]|(?<![\\w,.!?])"')

# "Jane Doe, the Commission's executive vice-president in charge of competition, said": an
# apposition between a name and its verb, in tokens
_APPOSITION_TOKENS = 16

# Words of the previous quote's attribution after it ("," the minister told the Senate this month.)
_ATTRIBUTION_WORDS = 30


# ', "he will…': a comma, an opening mark (double or single: ", 'he will…') and a word in lower
# case right after a speech verb
_LOWER_QUOTE_AFTER = re.compile(r'\s*,\s*["“«„‘\']\s*[a-z]')
# Words that open a subordinate clause at the start of a sentence ("If Putin were allowed to win, he said…").
_SUBORDINATORS = frozenset({"if", "unless", "once", "when", "whenever", "although", "though", "because", "while",
                            "whereas", "until", "should"})


def _supposed_people(ctx: ArticleContext, near, verb: int) -> list:
    """People named in a subordinate clause that opens the sentence and ends with the comma right
    before the pronoun and speech verb, when the quote after it goes on in lower case ('If Putin were
    allowed to prevail, he said, "he will not stop…"'): the clause is the first part of the words
    reported, so whom it names is spoken of. ('When Scholz arrived, he said: "We…"' is his.)"""
    tk = tokens(ctx.doc)
    if verb - 2 < 0 or tk.text[verb - 2] != ",":
        return []
    at = tk.idx[verb] + len(tk.text[verb])
    if _LOWER_QUOTE_AFTER.match(ctx.text, at) is None:
        return []
    start = ctx.sentence_at(tk.idx[verb]).start
    if tk.lower[start] not in _SUBORDINATORS:
        return []
    return [p for p in near if start < p.start and p.end <= verb - 2]


def _paragraph_opens_with(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return text[line_start:at].strip() == ""


def _speaker_near_verb(ctx: ArticleContext, refs: "_Referents", span, speech: set[str], *, window: int,
                       before_char: int, prefer_last: bool = False, intro: bool = False, exclude=frozenset()):
    """A person, a described speaker or, failing those, an institution next to a speech verb in
    ``span``; pronouns and titles resolve to whom they stand for before ``before_char``."""
    tk = tokens(ctx.doc)
    lower = tk.lower
    # a verb form inside a name is none ("the United States", "Says Ltd")
    # the speech verbs picked by one membership test per word run in C (``compress``); the dev
    # set asks this of ~1,400 stretches of text
    verbs = [k for k in compress(range(span.start, span.end), map(speech.__contains__, lower[span.start:span.end]))
             if not tk.ent[k]]
    if not verbs:
        return None
    # a person named inside another quote ("Putin's escalation…," he said) is spoken of, not speaking
    people = [p for p in refs.people_in(span) if p.code not in exclude and not is_quoted(refs, p)]
    pronouns = vocab("quotes")["pronouns"]
    ordered = list(reversed(verbs)) if prefer_last else verbs
    subject = refs.subject_of(span)
    for verb in ordered:
        if verb - 2 >= span.start and lower[verb - 2] == "the" and tk.text[verb - 1] in _demonyms():
            # '," the Norwegian said': a nationality for the person last spoken of, as a pronoun is
            return refs.antecedent(min(before_char, tk.idx[verb - 2]), exclude)
        lo, hi = verb - window, verb + 8
        # a name up to eight words after the verb ("said Minister of Foreign Affairs of Ukraine Andrii Sybiha")
        near = [p for p in people if lo <= p.start <= hi]
        if verb - 1 >= span.start and lower[verb - 1] in _SUBJECT_PRONOUNS:
            # '," he wrote, inviting the Pope to…', '," he told reporters. Mr Trump said…': the pronoun is
            # the verb's subject, so a name after the verb is not the speaker
            near = [p for p in near if p.start < verb]
            supposed = _supposed_people(ctx, near, verb)
            if supposed:
                # "If Vladimir Putin were allowed to prevail, he said, …": whom the leading clause
                # supposes something of is not whom the pronoun stands for
                near = [p for p in near if p not in supposed]
                if not near:
                    return refs.antecedent(min(before_char, tk.idx[verb - 1]),
                                           frozenset(exclude) | {p.code for p in supposed}, lower[verb - 1])
        if not [p for p in near if not refs.is_object(p)] and verb - 1 > span.start and tk.text[verb - 1] == ",":
            # "Marco Rubio, the US secretary of state, told reporters": a name before its
            # apposition, however long the apposition is (up to a dozen words)
            # ("…," Jane Doe, an adviser to President John Roe, wrote": the name before the apposition
            # speaks, not the object inside it)
            apposed = [p for p in people if p.end < verb - 1 and verb - 1 - p.end <= _APPOSITION_TOKENS and tk.text[p.end] == ","
                       and ("," not in tk.text[p.end + 1 : verb - 1]
                            # "Jane Doe, head of the fund, which manages the money, told…"
                            or (tk.text[p.end + 1 : verb - 1].count(",") == 1 and {"which", "who"} & set(lower[p.end + 1 : verb - 1])))]
            near = apposed or near
        if not near:
            # "said the High Representative for Foreign Affairs and Security Policy, Kaja Kallas": a
            # name after its title, set off by one comma, however long the title
            near = [p for p in people if hi < p.start <= verb + _APPOSITION_TOKENS and tk.text[p.start - 1] == ","
                    and lower[verb + 1] == "the" and not any(tk.punct[k] for k in range(verb + 1, p.start - 1))][:1]
        titled = titled_subject(refs, span, verb, near, before_char)
        if titled is not None:
            return titled  # "Standing beside Volodymyr Zelensky, the secretary general said": Rutte
        if near:
            # the person closest to the verb, among those not governed by a preposition or verb as its
            # object ("Zelensky turned to Scholz and said:", "with Kallas seated beside him")
            listed = listed_objects(refs, people, speech)  # "a meeting of Presidents Erdoğan, Putin and Trump"
            subjects = [p for p in near if not refs.is_object(p) and p.start not in listed]
            if not subjects and verb - 1 >= span.start and tk.text[verb - 1] in pronouns:
                # '," she told reporters after meeting Zelensky': the pronoun speaks, not the one met
                return refs.antecedent(min(before_char, ctx.doc[verb - 1].idx), exclude, lower[verb - 1])
            near = subjects or near
            # "Dmitry Peskov, Mr Putin's spokesman, said": a possessor names whose the speaker is, and
            # does not speak while another person stands by the verb
            near = [p for p in near if not refs._is_possessive(p)] or near
            best = min(near, key=lambda p: min(abs(p.end - verb), abs(p.start - verb)))
            # "A spokesman for Keir Starmer said:": the described subject speaks, not the person
            # named inside its description (an appositive name, ", Yuri Ushakov,", does speak).
            if (subject is not None and not subject.definite and subject.start < best.start < verb
                    and not refs.is_appositive(best)):
                return subject
            # '," a spokeswoman for Commission President Ursula von der Leyen said': the same when
            # the description follows the quote (not the sentence's subject): whom it speaks for is
            # named after "for" and its title, and does not speak
            owner_of = described_owner(refs, span, best, verb)
            if owner_of is not None:
                return owner_of
            return best
        # A description right before or after the verb: "a senior EU diplomat said", "said one analyst"
        described = refs.described_at(verb, span)
        if described is not None:
            return refs.resolve(described, before_char)
        clause_of = next((d for d in refs.described if d.person and span.start <= d.start and d.end < verb
                          <= d.end + _RELATIVE_TOKENS and (lower[d.end] in ("who", ",")
                                                           or (d.subject and lower[d.end] in _POST_MODIFIERS)
                                                           # '," one diplomat involved in the talks said': right
                                                           # after the quote's closing mark
                                                           or (not d.definite and lower[d.end] in _POST_MODIFIERS
                                                               and tk.text[d.start - 1] in _CLOSING_MARKS)
                                                           # '," one member of the defence committee told LRT'
                                                           or (not d.definite and lower[d.end] == "of"))
                          and not any(lower[k] in speech for k in range(d.end, verb))), None)
        if clause_of is not None:
            # "A retired officer who now teaches in Pembroke said…", '," a farmer, who asked not to be
            # named, said': the description before its relative clause
            return refs.resolve(clause_of, before_char)
        bare = _bare_plural(ctx, span, verb)
        if bare is not None:
            return bare
        one = _one_of_them(ctx, verb, span)
        if one is not None:
            return one
        epithet = epithet_speaker(ctx, refs, verb, span, before_char, exclude)  # '," the former champion said'
        if epithet is not None:
            return epithet
        if lower[verb].endswith("ing") and verb - 1 > span.start and tk.text[verb - 1] == ",":
            # "The president left without a deal, telling reporters that…": the participle's
            # speaker is the sentence's subject
            sent = ctx.sentence_at(tk.idx[verb])
            opener = subject if subject is not None and subject.start - sent.start <= 2 else None
            if opener is not None:
                return refs.resolve(opener, before_char)
            first = next((p for p in people if p.start - sent.start <= 2), None)
            if first is not None:
                return first
        around = ctx.doc[max(span.start, verb - 4) : min(span.end, verb + 4)]
        words = " " + " ".join(lower[around.start : around.end]) + " "
        pronoun = next((p.lower() for p in pronouns if f" {p.lower()} " in words), None)
        if pronoun:
            return refs.antecedent(min(before_char, around.start_char), exclude, pronoun)
        actors = [m for m in ctx.mentions_in(around.start_char, around.end_char, ("COUNTRY", "ORG"))]
        if actors and tk.ent[verb - 1] in ("COUNTRY", "ORG"):
            return actors[-1]
    if subject is not None and intro:
        return refs.resolve(subject, before_char)
    if people and prefer_last:
        return (refs.speakers_first(people[::-1]) or people)[0]
    return None


