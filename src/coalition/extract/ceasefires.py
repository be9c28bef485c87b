"""Ceasefires: who proposed one, for how long, over what, and how each party answered.

The unit is a *mention*: a clause that names a truce ("a one-month ceasefire", "a halt to
strikes on energy facilities", "the American 30-day offer"). A sentence is one clause,
except that it is cut before "but", a comma or a semicolon when both sides name a truce of
their own ("Putin agreed to halt energy strikes for 30 days, but declined the full
ceasefire Washington had proposed"), and before "while"/"whereas" + a new subject. A
truce that is only the condition of something else ("troops after a ceasefire") and
plural, generic ones ("five truces") are not mentions.

Each mention reads:

- proposers: the actor written with the proposal ("the UK-French proposal", "a US-brokered
  truce", "Putin's Easter truce", "an American plan"), before a proposing verb ("London and
  Paris were floating", "Putin declared"), after "proposed by"/"announced by"/"agreed
  with"/"a call with", or a third party announcing what both warring sides agreed ("Russia
  and Ukraine both agreed…, the White House said");
- duration ("30-day", "one month", "for 30 days", "72-hour", "month-long") and scope (air,
  sea, energy infrastructure, land, full; a truce named with no domain is full);
- answers ("Kyiv agreed", "Moscow rejected", "he supported the idea but…" = conditional,
  "accepted by Ukraine") and whether it is in force or violated.

Mentions then become facts: a mention without a proposer joins a compatible one of the
same paragraph, then one of the article (the headline's "30-day ceasefire plan" joins
the body's "US proposal for a 30-day ceasefire"); mentions with the same proposers and a
compatible duration and scope are one proposal; different scopes or durations stay apart
(an energy moratorium and a full ceasefire, both American and 30 days, are two facts).
Later sentences of a paragraph that name no truce still add answers and status to the
truce the paragraph is about ("Moscow dismissed it.", "Status: violated.").

A zone or corridor both sides are to leave alone ("a protection zone around the plant", "the
grain corridor") is a mention too, kept only with a proposer; an old truce told again with no
proposer ("Ukraine accepted a 30-day ceasefire in March") joins only a proposal of its duration
(see ``ceasefire_arrangements.py``).

The truce words of a clause are found in ``ceasefire_triggers.py``; the proposers and answers of a
mention are read in ``ceasefire_parties.py``; its duration, scope and written status in
``ceasefire_details.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from coalition.extract.other_wars import another_war
from coalition.extract.ceasefire_agreements import agreed_by_both_in_clause
from coalition.extract.ceasefire_arrangements import (arrangement_anaphor, arrangement_anchors, arrangement_spans,
                                                       is_back_reference, is_habitual)
from coalition.extract.ceasefire_headlines import headline_restates
from coalition.extract.ceasefire_localities import is_definite_bare, local_scope
from coalition.extract.ceasefire_details import (_duration, _scope, _scope_phrases, _written_status, purpose_start,
                                                 time_reference)
from coalition.extract.ceasefire_owners import (both_sides_agreed, holiday_month, negated_truce, relative_proposer,
                                                  standing_call, corridor_opener, acceptable_proposer,
                                                  reciprocal_proposer, reciprocal_stop, RECIPROCAL_IFS, RECIPROCAL_STOPS,
                                                  mutual_breach)
from coalition.extract.ceasefire_offers import anaphoric_owner, plural_nouns, proposed_plurals, ready_proposer
from coalition.extract.colon_proposals import colon_proposer
from coalition.extract.issuing_offices import own_head_proposer
from coalition.extract.own_halts import own_halt_proposer
from coalition.extract.ceasefire_speakers import quoted_we_proposer
from coalition.extract.ceasefire_violations import only_foreseen
from coalition.extract.ceasefire_ultimatums import counter_offer_proposer, termed_readiness_proposer
from coalition.extract.ceasefire_calls import bare_call
from coalition.extract.ceasefire_triggers import _BOTH_STOP, _BOTH_SUBJECTS, _continuation_phrases, _keys, _trigger_spans
from coalition.extract.ceasefire_authors import _pronoun_proposer, owned_by_pronoun, we_proposer
from coalition.extract.ceasefire_parties import _add, _code, _parties, _stronger
from coalition.extract.context import (ArticleContext, has_phrase, lower_text, sentence_words, tokens,
                                       vocab, window_text)
from coalition.extract.truce_lengths import (carry_hours_only, hours_without_days, lengths_differ, merge_length,
                                             occasion_length)
from coalition.model import Ceasefire, CeasefireResponse

STATUS_RANK = {"proposed": 0, "accepted": 1, "rejected": 2, "in_force": 3, "violated": 4}
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\u00a0]*\n")
SPLIT_WORDS = {"but", ",", ";", "while", "whereas"}


@dataclass
class _Mention:
    sent: object  # the sentence Span (the evidence)
    start: int  # token range of the clause
    end: int
    para: int
    proposers: list[str] = field(default_factory=list)
    duration: int | None = None
    scope: list[str] = field(default_factory=list)  # as written; [] = no domain named
    responses: dict[str, str] = field(default_factory=dict)
    status: str | None = None  # in_force / violated as written
    # actors said to have made the same call ("as the United States has done"): they join the
    # proposal the mention belongs to rather than make it one of their own
    co_proposers: list[str] = field(default_factory=list)
    # actors ordering a truce: proposers of their own, unless the mention joins another's proposal,
    # which their order then puts into effect ("Putin ordered a halt to energy strikes" after a US offer)
    orderers: list[str] = field(default_factory=list)
    in_passing: bool = False
    # a zone or corridor named without a truce word (see ceasefire_arrangements.py): a proposal only
    # with a proposer, and one only with other arrangements
    arrangement: bool = False
    # an old truce told again ("accepted a 30-day ceasefire in March") with no proposer named
    back_reference: bool = False
    month: int | None = None  # the month its paragraph dates it to (see _month_of)
    # both warring sides agreed it, no one else named: they propose it and keep their answers (decision 4)
    agreed_by_both: bool = False
    # a call on others to agree a truce with no term of its own: a proposal only once answered (decision 2)
    bare_call: bool = False
    # its length is only an occasion's default ("the Easter truce"), or written in hours that make no
    # whole days ("a 30-hour truce": no length in days, decision 1): see truce_lengths.py
    occasion_length: bool = False
    hours_only: bool = False
    # "the ceasefire", "this truce" with no term of its own: the truce the article has named
    definite: bool = False
    count: int = 1

    @property
    def wildcard(self) -> bool:
        """A mention with no detail ("the truce") fits any proposal."""
        return not (self.proposers or self.co_proposers or self.orderers or self.duration or self.scope
                    or self.hours_only or agreed_by_both_in_clause(self))  # "Russia and Ukraine agreed a truce"

    def effective_scope(self) -> set[str]:
        return set(self.scope) or {"full"}


def find_ceasefires(ctx: ArticleContext) -> list[Ceasefire]:
    words = vocab("ceasefires")
    paragraphs = [m.end() for m in PARAGRAPH_BREAK.finditer(ctx.text)]
    mentions: list[_Mention] = []
    last_para_mention: dict[int, _Mention] = {}
    keys = _keys()
    padded_in = [lower_text(sent) for sent in ctx.sents]
    # a phrase is found only where each of its words is: most sentences hold no word of any list
    words_in = [sentence_words(p) for p in padded_in]
    real_in = [bool((not w.isdisjoint(keys.triggers) and has_phrase(p, words["triggers"]))
                    or (not w.isdisjoint(keys.halt_words) and has_phrase(p, words["halt_words"])
                        and not w.isdisjoint(keys.halt_objects) and has_phrase(p, words["halt_objects"]))
                    or (not w.isdisjoint(_BOTH_STOP) and not w.isdisjoint(_BOTH_SUBJECTS)
                        and not w.isdisjoint(keys.halt_objects))
                    or (not w.isdisjoint(plural_nouns()) and bool(proposed_plurals(p.split(), 0)))
                    # "Ukraine would stop hitting … if Russia stopped": a reciprocal offer
                    or (not w.isdisjoint(RECIPROCAL_STOPS) and not w.isdisjoint(RECIPROCAL_IFS)
                        and reciprocal_stop(s.doc, s.start, s.end, words) is not None))
               for p, w, s in zip(padded_in, words_in, ctx.sents)]
    # zones and corridors (see ceasefire_arrangements.py); a bare "the corridor" counts only in an
    # article that names one. Each holds an anchor noun ("zone", "corridor"): most sentences hold
    # none and are read no further.
    anchors = arrangement_anchors()
    anchored = ctx.__dict__["_ceasefire_anchored"] = frozenset(
        k for k, w in enumerate(words_in) if not anchors.isdisjoint(w))
    if anchored:
        arrangement_in = [k in anchored and bool(arrangement_spans(s.doc, s.start, s.end)) for k, s in enumerate(ctx.sents)]
        if any(arrangement_in):
            arrangement_in = [a or (k in anchored and arrangement_anaphor(p))
                              for k, (a, p) in enumerate(zip(arrangement_in, padded_in))]
            real_in = [r or a for r, a in zip(real_in, arrangement_in)]
    # "Washington's 30-day plan", "the proposal" count only in an article that names a truce somewhere
    seen_trigger = any(real_in)
    if not seen_trigger:
        return []
    for sent, real, padded, sw in zip(ctx.sents, real_in, padded_in, words_in):
        para = bisect_right(paragraphs, sent.start_char)
        found = False
        if real or (seen_trigger and ((not sw.isdisjoint(keys.qualified_nouns) and has_phrase(padded, words["qualified_nouns"]))
                                      or (not sw.isdisjoint(keys.anaphors) and has_phrase(padded, words["anaphors"])))):
            for start, end in _clauses(ctx, sent, words):
                mention = _read_clause(ctx, sent, start, end, para, words, first=(start == sent.start))
                if mention is not None:
                    mentions.append(mention)
                    last_para_mention[para] = mention
                    found = True
        if not found and para in last_para_mention and not sw.isdisjoint(keys.continuation):
            # A later sentence of the paragraph about a truce: its answers and status belong to it.
            _read_continuation(ctx, sent, last_para_mention[para], words)
    for mention in mentions:
        mention.month = _month_of(ctx, mention, paragraphs, words)
    facts = _facts(ctx, mentions)
    if facts and another_war(ctx, mentions, facts, words):
        return []
    return facts


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_IN_MONTH = re.compile(r"\b[Ii]n (" + "|".join(_MONTHS) + r")\b(?! \d)")


def _month_of(ctx, mention: "_Mention", paragraphs: list[int], words) -> int | None:
    """The month a mention is dated to: by its paragraph ("In July, Orbán travelled to Kyiv… he urged
    a ceasefire"), up to its sentence, else by the holiday it is named for ("a Christmas truce");
    None when neither says."""
    para_start = paragraphs[mention.para - 1] if mention.para > 0 else 0
    dated = None
    for dated in _IN_MONTH.finditer(ctx.text, para_start, mention.sent.end_char):
        pass
    if dated:
        return _MONTHS.index(dated.group(1)) + 1
    padded = window_text(mention.sent.doc, mention.start, mention.end)
    holiday = has_phrase(padded, list(words["holiday_months"]))
    return holiday_month(ctx, holiday, words) if holiday else None


# -- clauses (their truce words: ceasefire_triggers.py) ----------------------------------

def _has_detail(ctx, doc, start: int, end: int, words) -> bool:
    padded = window_text(doc, start, end)
    idx = tokens(doc).idx
    return bool(_duration(doc, start, end, words) or has_phrase(padded, _scope_phrases())
                or ctx.mentions_in(idx[start], idx[end - 1] + 1, ("COUNTRY", "ORG", "PERSON")))


def _clauses(ctx, sent, words) -> list[tuple[int, int]]:
    """The clauses of a sentence that each name a truce (see the module docstring)."""
    doc = sent.doc
    tk = tokens(doc)
    lower, text = tk.lower, tk.text
    # ", but" is one cut, at the comma
    candidates = [i for i in range(sent.start + 1, sent.end) if lower[i] in SPLIT_WORDS
                  and not (lower[i] == "but" and text[i - 1] == ",")]
    cuts = [sent.start]
    for n, i in enumerate(candidates):
        left_start = cuts[-1]
        if lower[i] in ("while", "whereas"):
            # a contrast with a new subject: "Kyiv had accepted a month-long truce while Moscow offered 30 hours"
            if i + 1 < sent.end and tk.ent[i + 1] in ("COUNTRY", "ORG", "PERSON"):
                cuts.append(i)
            continue
        # the truce of the right side must be in the segment up to the next possible cut
        right_end = candidates[n + 1] if n + 1 < len(candidates) else sent.end
        if not _trigger_spans(doc, left_start, i, words) or not _trigger_spans(doc, i, right_end, words):
            continue
        if _has_detail(ctx, doc, i, right_end, words) and _has_detail(ctx, doc, left_start, i, words):
            cuts.append(i)
    cuts.append(sent.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _read_clause(ctx, sent, start, end, para, words, *, first: bool) -> _Mention | None:
    doc = sent.doc
    triggers = [(a, b) for a, b in _trigger_spans(doc, start, end, words) if not _hypothetical(doc, a, start, words)
                and not time_reference(doc, a, start, words) and not negated_truce(tokens(doc).lower, a, start)]
    if is_habitual(doc, start, end):
        return None  # "has announced local pauses… several times since March": a history, no proposal
    padded = window_text(doc, start, end)
    anchored = not triggers and ctx.sentence_index(sent.start_char) in _anchored_sentences(ctx)
    arrangements = [] if not anchored else [(a, b, s) for a, b, s in arrangement_spans(doc, start, end)
                                            if not _hypothetical(doc, a, start, words)]
    if arrangements:  # "…, so that civilians could leave through corridors": what a truce is for
        purpose = purpose_start(doc, start, end, words)
        arrangements = [x for x in arrangements if purpose is None or x[0] < purpose]
    if arrangements or (anchored and arrangement_anaphor(padded) and _article_arrangement(ctx) is not None):
        # "a protection zone around the plant", "proposing that the corridor keep operating"
        mention = _Mention(sent, start, end, para, arrangement=True)
        mention.scope = _scope(doc, start, end, padded, words) or [
            arrangements[0][2] if arrangements else _article_arrangement(ctx)]
    elif not triggers:
        if not has_phrase(padded, words["anaphors"]) or _trigger_spans(doc, start, end, words):
            return None  # no truce here, or only a hypothetical one
        mention = _Mention(sent, start, end, para)  # "the proposal is on the table": a back reference
    else:
        mention = _Mention(sent, start, end, para)
        mention.duration = _duration(doc, start, end, words)
        mention.scope = _scope(doc, start, end, padded, words) or local_scope(doc, start, end)  # "in the towns of"
        mention.occasion_length = occasion_length(doc, start, end, words, mention.duration)
        mention.hours_only = hours_without_days(doc, start, end, words, mention.duration)
        mention.definite = is_definite_bare(doc, triggers[0][0], mention)
    mention.proposers, mention.responses, mention.co_proposers, mention.orderers = _parties(
        ctx, sent, start, end, words, first=first)
    if arrangements and not mention.proposers:  # "Russia said it would open a humanitarian corridor"
        mention.proposers = [c for c in [corridor_opener(ctx, sent, start, end, arrangements)] if c]
    if first and not mention.proposers and not mention.co_proposers:
        mention.proposers = _pronoun_proposer(ctx, sent, words) or anaphoric_owner(ctx, sent, start, end, words)
        # an owner we cannot name ("Their demand for a 30-day ceasefire, issued in May…"): a
        # proposal told of in passing, kept only as part of one the article names
        mention.in_passing = not mention.proposers and owned_by_pronoun(sent, words)
    if not mention.proposers and not mention.co_proposers and triggers:
        mention.proposers = (we_proposer(ctx, sent, start, end, words) or quoted_we_proposer(ctx, sent, start, end, words)
                             or ready_proposer(ctx, sent, start, end, words)
                             or own_halt_proposer(ctx, sent, start, end, triggers[0][0],
                                                  bool(mention.duration or mention.hours_only))
                             or own_head_proposer(ctx, sent, start, words))
        if not mention.proposers and (mention.duration or set(mention.scope) - {"full"}):
            mention.proposers = colon_proposer(ctx, sent, start, end, *triggers[0])  # "its demand: a 30-day truce"
        if not mention.proposers and (mention.duration or set(mention.scope) - {"full"}):
            # "ready since March for a 30-day ceasefire", "prepared to discuss a 30-day truce"
            mention.proposers = (termed_readiness_proposer(ctx, sent, start, end, triggers[0][0], _code)
                                 or counter_offer_proposer(ctx, sent, start, end, triggers[0][0], _code))
        if not mention.proposers:  # "a pause … that Trump said he had requested from Putin"
            mention.proposers = [c for c in [relative_proposer(ctx, doc, triggers[0][1], end)] if c]
        if not mention.proposers and tokens(doc).lower[triggers[0][0]] in RECIPROCAL_STOPS \
                and reciprocal_stop(doc, start, end, words) == triggers[0]:
            mention.proposers = reciprocal_proposer(ctx, doc, triggers[0][0], start)  # "Ukraine would stop…"
        if not mention.proposers and (mention.duration or set(mention.scope) - {"full"}):
            # "He said an energy ceasefire … would also be acceptable": an offer with terms (decision 2)
            mention.proposers = acceptable_proposer(ctx, sent, start, end)
    if not (mention.duration or set(mention.scope) - {"full"} or mention.responses or mention.arrangement) \
            and standing_call(doc, start, end, words):
        return None  # "has for months urged an immediate ceasefire": a standing position, the caller's stance
    # "urged the two delegations to agree a ceasefire": the caller's stance, unless answered (decision 2)
    mention.bare_call = bool(triggers) and not (mention.duration or mention.arrangement) \
        and bare_call(doc, start, end, triggers, words, _scope)
    mention.status = _written_status(doc, start, end, words)
    if mention.status == "violated" and only_foreseen(doc, start, end):
        mention.status = None  # "ready to repel possible violations": a breach only foreseen
    # the date is read only where it matters: an arrangement, or a truce no one is named for
    past = (mention.arrangement or not (mention.proposers or mention.co_proposers)) and is_back_reference(doc, start, end)
    if past and mention.arrangement:
        return None  # "since Russia withdrew from the UN-brokered grain deal in July": background
    mention.back_reference = past and not mention.proposers and not mention.co_proposers
    return mention


def _anchored_sentences(ctx) -> frozenset[int]:
    """The indices of the sentences that hold an arrangement's anchor noun (set by :func:`find_ceasefires`)."""
    return ctx.__dict__.get("_ceasefire_anchored", frozenset())


def _article_arrangement(ctx) -> str | None:
    """The scope of the first arrangement the article names ("the grain corridor" → sea), for a bare
    "the corridor" elsewhere; None when it names none."""
    cache = ctx.__dict__.setdefault("_ceasefire_arrangement", [])
    if not cache:
        anchored = _anchored_sentences(ctx)
        found = next((spans[0][2] for k, sent in enumerate(ctx.sents) if k in anchored
                      for spans in [arrangement_spans(sent.doc, sent.start, sent.end)] if spans), None)
        cache.append(found)
    return cache[0]


def _hypothetical(doc, at: int, start: int, words) -> bool:
    """'after a ceasefire', 'once there was a ceasefire', 'in the event of a ceasefire'."""
    lowers = tokens(doc).lower[max(start, at - 5) : at]
    if lowers[-2:] == ["post", "-"]:
        return True  # "a post-ceasefire force"
    for k in range(len(lowers) - 1, -1, -1):
        if lowers[k] in ("a", "an", "any"):  # "before any truce": as hypothetical as "before a truce"
            before = " " + " ".join(lowers[max(0, k - 3) : k]) + " "
            return bool(has_phrase(before, words["hypothetical_cues"]))
    return False


# -- status, and later sentences about the same truce --------------------------------------

def _read_continuation(ctx, sent, mention: _Mention, words) -> None:
    """'Moscow dismissed it.', 'Announced by Washington.', 'Status: violated in practice.'"""
    padded = lower_text(sent)
    responded = has_phrase(padded, _continuation_phrases())
    if not responded:
        return
    if not _answers_back(padded, words):
        return
    proposers, answers, _, _ = _parties(ctx, sent, sent.start, sent.end, words, first=True)
    if not mention.proposers:
        # only "announced by X"-type proposers: an active verb here may be about anything
        doc = sent.doc
        for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
            if _code(m) and has_phrase(window_text(doc, max(sent.start, m.start - 3), m.start), words["proposer_before"]):
                _add(mention.proposers, _code(m))
    for actor, answer in answers.items():
        if actor not in mention.proposers:
            mention.responses[actor] = _stronger(mention.responses.get(actor), answer)
    status = _written_status(sent.doc, sent.start, sent.end, words)
    if status == "violated" and only_foreseen(sent.doc, sent.start, sent.end):
        status = None
    if status and (mention.status is None or STATUS_RANK[status] > STATUS_RANK[mention.status]):
        mention.status = status


def _answers_back(padded: str, words) -> bool:
    """A sentence that names no truce speaks of the paragraph's one only when its answer has no
    object of its own ("Russia said no", "Moscow dismissed it", "Status: violated"), not
    "Russia would not accept troops"."""
    if has_phrase(padded, words["proposer_before"] + sum(words["responded_by"].values(), [])
                  + words["violated"] + words["in_force"]):
        return True
    for phrase in sum(words["responses"].values(), []):
        at = padded.find(f" {phrase} ")
        if at < 0:
            continue
        rest = padded[at + len(phrase) + 2 :].split()[:3]
        if not rest or rest[0] in (".", ",", ";", "!", "it", "this", "that", "them", "so", "outright") \
                or phrase.endswith((" no", " yes")):
            return True
    return False


# -- from mentions to facts ----------------------------------------------------------------

def _compatible(a: _Mention, b: _Mention) -> bool:
    if a.wildcard or b.wildcard:
        return True
    if a.arrangement != b.arrangement:
        return False  # a protection zone and a ceasefire are two proposals
    if headline_restates(a, b):
        return True  # "France, UK propose one-month truce" over the body's one-month truce in the air
    if lengths_differ(a, b):
        return False
    if a.month and b.month and a.month != b.month and not (a.duration and a.duration == b.duration):
        return False  # a Christmas truce and the ceasefire urged "in July": two proposals
    return bool(a.effective_scope() & b.effective_scope())


def _absorb(into: _Mention, other: _Mention) -> None:
    for p in other.proposers:
        _add(into.proposers, p)
    for p in other.co_proposers:
        _add(into.co_proposers, p)
    if set(other.orderers) & set(into.proposers) and other.sent.start < into.sent.start:
        into.sent = other.sent  # "Putin ordered a truce…" told before "…urged Putin to declare one"
    for p in other.orderers:
        if into.proposers and p not in into.proposers:
            into.responses[p] = _stronger(into.responses.get(p), "accepted")
        elif not into.proposers:
            _add(into.orderers, p)
    merge_length(into, other)
    if not into.scope:
        into.scope = list(other.scope)
    for actor, answer in other.responses.items():
        into.responses[actor] = _stronger(into.responses.get(actor), answer)
    if other.status and (into.status is None or STATUS_RANK[other.status] > STATUS_RANK[into.status]):
        into.status = other.status
    into.count += other.count
    into.bare_call = into.bare_call and (other.bare_call or other.wildcard)


def _facts(ctx, mentions: list[_Mention]) -> list[Ceasefire]:
    words = vocab("ceasefires")
    _belligerents = frozenset(words["belligerents"])
    # 1. within a paragraph, a mention without a proposer is about the proposal named there
    groups: list[_Mention] = []
    for m in mentions:
        if not m.proposers:
            same_para = [g for g in groups if g.para == m.para and g.proposers and _compatible(g, m)]
            if same_para:
                _absorb(same_para[-1], m)
                continue
        if m.proposers:
            # ...or the proposal named in the same paragraph just before it without a proposer
            earlier = [g for g in groups if g.para == m.para and not g.proposers and not g.wildcard and _compatible(g, m)]
            if earlier:
                target = earlier[-1]
                groups.remove(target)
                _absorb(m, target)
        groups.append(m)
    # 2. across the article: same proposers (or none) and compatible duration and scope
    facts: list[_Mention] = []
    pending: list[_Mention] = []
    for g in groups:
        if g.proposers:
            # "Moscow asked Kyiv to observe the ceasefire": the same proposer's truce named before, whatever its terms
            same = next((f for f in reversed(facts) if set(g.proposers) & set(f.proposers)
                         and (_compatible(f, g) or g.definite)), None)
            if same is None:
                facts.append(g)
                same = g
            else:
                _absorb(same, g)
            for p in [p for p in pending if _compatible(p, same) and not p.wildcard and not (
                    set(same.proposers) < _belligerents  # one side's own truce is not one both agreed
                    and both_sides_agreed(p.sent.doc, p.start, p.end, p.responses, words, ctx))]:
                pending.remove(p)
                _absorb(same, p)
            continue
        if g.wildcard:
            if facts:
                # "the offer" in the paragraph after a proposal is about that one; further on, about
                # the proposal the article is most about
                latest = max(facts, key=lambda f: f.para)
                _absorb(latest if g.para - latest.para <= 1 else max(facts, key=lambda f: f.count), g)
            continue
        # an old truce told again is the proposal of the same duration, if any; one both sides agreed
        # is not a truce one side declared alone (decision 4)
        one_side = _agreed_by_both(ctx, g, words) and _belligerents
        same = next((f for f in reversed(facts) if _compatible(f, g)
                     and not (g.back_reference and f.duration != g.duration)
                     and not (one_side and set(f.proposers) < one_side)), None)
        if same is None:
            # the same unnamed proposal told twice ("their call for a 30-day ceasefire", later "a full
            # 30-day ceasefire"): one proposal when both give the same duration and domain
            same = next((p for p in pending if p.duration and p.duration == g.duration and p.scope
                         and p.scope == g.scope and not (p.arrangement or g.arrangement)), None)
        if same is not None:
            _absorb(same, g)
        else:
            pending.append(g)
    # a proposal nobody is named for is kept when it is specific: a duration and a domain; one
    # only others are said to have made too is theirs
    # ...but not a zone with no one calling for it, nor an old truce told again in an article about
    # another proposal (in one about no other, the old truce is what it is about)
    # ...and one both warring sides agreed is theirs, unless the article names its broker (decision 4)
    # ...a corridor or zone both sides agreed is theirs too (decision 4: "the corridor truces")
    agreed = [p for p in pending if _agreed_by_both(ctx, p, words)]
    kept = [p for p in pending if ((p.duration and p.scope and not p.in_passing) or p.co_proposers or p.orderers
                                   or p in agreed) and (not p.arrangement or p in agreed)
            and not (p.back_reference and facts)]
    broker = _article_broker(ctx) if any(not (p.proposers or p.co_proposers or p.orderers) for p in kept) else None
    for p in kept:
        if broker and not (p.proposers or p.co_proposers or p.orderers):
            p.proposers = [broker]  # "Washington's attempts to stop the war… the full 30-day ceasefire"
        elif p in agreed and not (p.proposers or p.co_proposers or p.orderers) and _third_parties(p, words):
            # "the United States, Ukraine and Russia had agreed to …": the third party agreeing with both
            # sides is the broker, the proposer (decision 4); the sides keep their answers
            p.proposers = _third_parties(p, words)
            p.responses = {a: r for a, r in p.responses.items() if a not in p.proposers}
            p.status = p.status or "accepted"
        elif p in agreed and not (p.proposers or p.co_proposers or p.orderers):
            p.proposers = list(words["belligerents"])  # "local ceasefires agreed by both sides"
            p.agreed_by_both = True
            p.status = p.status or "accepted"  # "the two sides had also agreed corridors": agreed, in status too
            # (corridors both agreed and the truce along them, both agreed: one truce, told by the truce)
            # (one told as broken down and one not are two truces: "Previous local ceasefires… broke down")
            same = next((f for f in kept if f is not p and f.proposers == p.proposers and f.count and (
                _compatible(f, p) or f.effective_scope() & p.effective_scope())
                and (f.status == "violated") == (p.status == "violated")), None)
            if same is not None and same.sent.start < p.sent.start:
                if same.arrangement and not p.arrangement:
                    same, p = p, same
                _absorb(same, p)  # the headline's "agree on corridors" and the body's account: one truce
                p.count = 0
    kept = [p for p in kept if p.count]
    carry_hours_only(facts + kept, [p for p in pending if p not in kept], _compatible)
    facts += kept
    facts.sort(key=lambda f: f.sent.start)
    return [_to_fact(ctx, f) for f in facts if not (f.bare_call and not f.responses)]


def _third_parties(m: _Mention, words) -> list[str]:
    """The parties other than the warring sides that accepted the mention's truce with them."""
    return [a for a, r in m.responses.items() if r == "accepted" and a not in words["belligerents"]]


def _agreed_by_both(ctx, m: _Mention, words) -> bool:
    """Whether both warring sides agreed the mention's truce: said so, or a local truce on land
    written as broken down with each side blaming the other (``ceasefire_owners.mutual_breach``)."""
    if both_sides_agreed(m.sent.doc, m.start, m.end, m.responses, words, ctx):
        return True
    return m.status == "violated" and m.scope == ["land"] and mutual_breach(m.sent.doc, m.start, m.end, words)


def _article_broker(ctx) -> str | None:
    """The actor whose peace effort the article's opening sentences are about ("Washington's attempts
    to stop the war have produced three pauses", "Turkey's mediation efforts"): the broker of a truce
    the article names without a proposer."""
    words = vocab("ceasefires")
    lower = tokens(ctx.doc).lower
    for sent in ctx.sents[:4]:
        padded = lower_text(sent)
        if not has_phrase(padded, words["broker_nouns"]):
            continue
        for m in ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON")):
            code = _code(m)
            if not code or code in words["belligerents"] or m.end + 2 >= sent.end or lower[m.end] not in ("'s", "’s"):
                continue
            after = " " + " ".join(lower[m.end + 1 : min(sent.end, m.end + 8)]) + " "
            noun = has_phrase(after, words["broker_nouns"])
            if noun and after.find(f" {noun} ") <= 12 and has_phrase(after, words["peace_aims"]):
                return code
    return None


def _to_fact(ctx, m: _Mention) -> Ceasefire:
    for p in m.co_proposers + (m.orderers if not m.proposers else []):
        _add(m.proposers, p)
    responses = [CeasefireResponse(actor=a, response=r) for a, r in m.responses.items()
                 if a not in m.proposers or m.agreed_by_both]
    answers = {r.actor: r.response for r in responses}
    status = m.status
    if status is None:
        if "rejected" in answers.values():
            status = "rejected"
        elif answers and all(answers.get(b) == "accepted" for b in ("RUS", "UKR") if b not in m.proposers):
            status = "accepted"
        else:
            status = "proposed"
    scope = list(m.scope) or ["full"]
    confidence = 0.8 if m.proposers else 0.6
    return Ceasefire(proposers=m.proposers, duration_days=None if m.hours_only else m.duration, scope=scope, status=status,
                     responses=responses, evidence=ctx.sentence_evidence(m.sent), confidence=confidence)
