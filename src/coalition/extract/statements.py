"""Statements: quoted words and who said them.

Attribution is looked for, in order: after the quote in its sentence
(``…," Starmer told reporters``), before it in its sentence (``Lavrov said: "…"``,
``said it would be "a big mistake…"``), in an introducing sentence that ends
with a colon, however many blank lines before (``…, stating:`` then the quote),
and for a quote paragraph that follows another, the previous quote's speaker.
Pronouns and titles ("he added", "the minister said") stand for the last person
named. Scare quotes and fragments under five words are not statements.
"""

from __future__ import annotations

from dataclasses import dataclass

from coalition.extract.context import ArticleContext, Mention, vocab
from coalition.model import Statement

OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}


@dataclass
class Quote:
    start: int  # offset of the first character inside the marks
    end: int  # offset just after the last character inside the marks
    open_mark: int
    close_mark: int
    continues: bool = False  # a paragraph that continues an open quote from the paragraph before


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans, paragraph by paragraph; a quote left open at a paragraph's end continues
    in the next paragraph when that one opens with a quotation mark (the newspaper convention)."""
    quotes: list[Quote] = []
    carry = False
    pos = 0
    for para in text.split("\n"):
        para_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        i = 0
        opened_at = None
        closer = None
        first_in_para = True
        while i < len(para):
            ch = para[i]
            if opened_at is None and ch in OPENERS and _opens(para, i):
                opened_at, closer = i, OPENERS[ch]
            elif opened_at is not None and ch == closer and _closes(para, i):
                quotes.append(Quote(para_start + opened_at + 1, para_start + i, para_start + opened_at, para_start + i,
                                    continues=carry and first_in_para))
                opened_at = None
                first_in_para = False
                carry = False
            i += 1
        if opened_at is not None:
            end = para_start + len(para.rstrip())
            quotes.append(Quote(para_start + opened_at + 1, end, para_start + opened_at, end,
                                continues=carry and first_in_para))
            carry = True
        elif first_in_para:
            carry = False
    return quotes


def _opens(para: str, i: int) -> bool:
    # A straight quote opens at the start or after a space or opening bracket.
    if para[i] != '"':
        return True
    return i == 0 or para[i - 1] in " \t(\u00a0[—–-:"


def _closes(para: str, i: int) -> bool:
    if para[i] != '"':
        return True
    return i + 1 == len(para) or not para[i + 1].isalnum()


def find_statements(ctx: ArticleContext) -> list[Statement]:
    words = vocab("quotes")
    speech = set(words["speech_verbs"])
    min_words = words["min_words"]
    statements: list[Statement] = []
    previous: tuple[Quote, Statement | None] | None = None
    for quote in find_quotes(ctx.text):
        inner = ctx.text[quote.start : quote.end].strip()
        if len(inner.split()) < min_words:
            previous = None
            continue
        speaker, attribution = _attribute(ctx, quote, speech, previous)
        start = quote.start + (len(ctx.text[quote.start : quote.end]) - len(ctx.text[quote.start : quote.end].lstrip()))
        sent_first = ctx.sentence_at(quote.open_mark)
        sent_last = ctx.sentence_at(max(quote.close_mark - 1, quote.start))
        evidence = ctx.evidence(sent_first.start_char, max(sent_last.end_char, quote.close_mark + 1))
        name = role = actor = None
        if isinstance(speaker, Mention):
            if speaker.label == "PERSON":
                name, role, actor = ctx.person_details(speaker)
            else:
                actor = speaker.code
        statement = Statement(
            speaker=name,
            role=role,
            actor=actor,
            quote=ctx.text[start : start + len(inner)],
            evidence=evidence,
            attribution=attribution,
            confidence=0.9 if name else 0.5,
        )
        if name or actor:
            statements.append(statement)
        previous = (quote, statement if (name or actor) else None)
    return statements


def _attribute(ctx: ArticleContext, quote: Quote, speech: set[str], previous):
    """The speaker of a quote (a person or actor mention) and the sentence that names them."""
    text = ctx.text
    sent = ctx.sentence_at(quote.open_mark)
    sent_end = ctx.sentence_at(max(quote.close_mark - 1, quote.start))
    # 1. After the quote, in the same paragraph: ,” he said. / ," said Healey. / ," Starmer told reporters.
    para_end = text.find("\n", quote.close_mark)
    para_end = len(text) if para_end < 0 else para_end
    tail_end = min(para_end, sent_end.end_char + 120)
    tail = ctx.doc.char_span(quote.close_mark + 1, tail_end, alignment_mode="expand")
    if tail is not None and len(tail):
        found = _speaker_near_verb(ctx, tail, speech, window=8, before_char=quote.open_mark)
        if found:
            return found, None
    # 2. Before the quote in its sentence: Lavrov said: "…" / Starmer said it would be "…"
    head = ctx.doc.char_span(sent.start_char, quote.open_mark, alignment_mode="expand")
    if head is not None and len(head):
        found = _speaker_near_verb(ctx, head, speech, window=40, before_char=quote.open_mark, prefer_last=True)
        if found:
            return found, None
    # 3. An introducing sentence ending with a colon, blank lines before the quote.
    if text[sent.start_char : quote.open_mark].strip() == "":
        i = ctx.sentence_index(quote.open_mark) - 1
        if i >= 0:
            intro = ctx.sents[i]
            if intro.text.rstrip().endswith(":"):
                people = ctx.people_in(intro)
                found = _speaker_near_verb(ctx, intro, speech, window=40, before_char=intro.end_char, prefer_last=True)
                if found is None and people:
                    found = people[-1]
                if found is None:
                    actors = ctx.actors_in(intro)
                    found = actors[0] if actors else None
                if found is not None:
                    return found, ctx.sentence_evidence(intro)
    # 4. A quote paragraph right after another quote: the same speaker goes on.
    if previous is not None and previous[1] is not None:
        prev_quote, prev_statement = previous
        between = text[prev_quote.close_mark + 1 : quote.open_mark]
        if quote.continues or (between.strip() == "" and between.count("\n") >= 1):
            for m in ctx.mentions_in(prev_statement.evidence.start, prev_statement.evidence.end + 1, ("PERSON",)):
                if m.code == prev_statement.speaker:
                    return m, prev_statement.attribution
            last = _mention_for(ctx, prev_statement, quote.open_mark)
            if last is not None:
                return last, prev_statement.attribution
    return None, None


def _mention_for(ctx: ArticleContext, statement: Statement, before: int) -> Mention | None:
    """The latest mention before ``before`` of the person (or actor) a statement was attributed to."""
    for m in reversed(ctx.mentions_in(0, before)):
        if statement.speaker and m.label == "PERSON" and m.code == statement.speaker:
            return m
        if not statement.speaker and m.code == statement.actor:
            return m
    return None


def _speaker_near_verb(ctx: ArticleContext, span, speech: set[str], *, window: int, before_char: int,
                       prefer_last: bool = False) -> Mention | None:
    """A person (or, failing one, an institution) next to a speech verb in ``span``;
    pronouns and titles resolve to the last person named before ``before_char``."""
    verbs = [t for t in span if t.lower_ in speech]
    if not verbs:
        return None
    people = ctx.people_in(span)
    pronouns = vocab("quotes")["pronouns"]
    titles = vocab("quotes")["titles"]
    ordered = list(reversed(verbs)) if prefer_last else verbs
    for verb in ordered:
        lo, hi = verb.i - window, verb.i + 6
        near = [p for p in people if lo <= p.start and p.end <= hi]
        if near:
            # the person closest to the verb
            return min(near, key=lambda p: min(abs(p.end - verb.i), abs(p.start - verb.i)))
        around = ctx.doc[max(span.start, verb.i - 4) : min(span.end, verb.i + 4)]
        words = " " + " ".join(t.lower_ for t in around) + " "
        if any(f" {p.lower()} " in words for p in pronouns) or any(f" {t} " in words for t in titles):
            return ctx.last_person_before(min(before_char, around.start_char))
        actors = [m for m in ctx.mentions_in(around.start_char, around.end_char, ("COUNTRY", "ORG"))]
        if actors and ctx.doc[verb.i - 1].ent_type_ in ("COUNTRY", "ORG"):
            return actors[-1]
    if people and prefer_last:
        return people[-1]
    return None
