"""The parties to a ceasefire mention: who proposed the truce (written with the proposal, before a
proposing verb, after "proposed by", or a third party announcing what both sides agreed) and how
each party answered (accepted, conditional, rejected).

Separate from the ceasefire finder, which cuts clauses and reads duration, scope and status,
because reading the parties is the longest set of rules and needs nothing else of a mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from coalition.extract.ceasefire_non_answers import no_answer
from coalition.extract.ceasefire_speech_verbs import reports_own_side
from coalition.extract.ceasefire_reciprocal_calls import reciprocal, reciprocal_caller
from coalition.extract.ceasefire_sought_answers import answer_sought
from coalition.extract.ceasefire_offers import by_proposer
from coalition.extract.ceasefire_owners import names_which_truce, owned_terms
from coalition.extract.ceasefire_verbs import (asks_next_actor, demanded_truce, is_destination, is_passive, terms_given,
                                              trip_purpose)
from coalition.extract.ceasefire_asks import ASKED_FOR, CHANNELS, agreed_without_parties, channel_aside, relative_subject
from coalition.extract.ceasefire_voices import voice_proposes
from coalition.extract.ceasefire_ultimatums import announced_demand, dated_deadline, inside_voice_aside  # "given Moscow until August 8 to agree"
from coalition.extract.ceasefire_titles import past_title
from coalition.extract.dotted_proposers import dotted_proposers
from coalition.extract.context import has_phrase, tokens, vocab, window_text
from coalition.resolve import actors as gazetteer


ANSWER_RANK = {"accepted": 0, "conditional": 1, "rejected": 2}

PRONOUNS = {"it", "he", "she", "they", "we", "its", "his", "her", "their"}


def _code(m) -> str | None:
    return m.stands_for


def _add(items: list[str], code: str) -> None:
    if code not in items:
        items.append(code)


def _answer(window: str, words) -> str | None:
    responses = words["responses"]
    for response in ("rejected", "conditional", "accepted"):
        if has_phrase(window, responses[response]):
            if response == "accepted" and _agreed_to_give(window, words):
                continue  # "G7 leaders agreed to lend Ukraine $50bn": an agreement to give, no answer
            return response
    if _SPLIT_REJECTION.search(window):
        return "rejected"  # "turned the idea down", "brushed it aside"
    return None


def _agreed_to_give(window: str, words) -> bool:
    """Whether the window's agreeing verb is "agreed to" + a verb of giving ("agreed to lend")."""
    for verb in (" agreed to ", " agree to ", " agrees to "):
        at = window.find(verb)
        if at >= 0:
            return window[at + len(verb):].split(" ", 1)[0] in words["agreed_to_give"]
    return False


# A rejecting verb with its particle after the object: "turned the idea down", "waved it away".
_SPLIT_REJECTION = re.compile(r" (?:turn|turns|turned|turning) (?:\S+ ){1,3}down "
                              r"| (?:brush|brushes|brushed|wave|waves|waved|shrug|shrugs|shrugged) (?:\S+ ){1,3}(?:aside|away|off) ")


# what may join the actors of a proposer list ("by Kyiv and the leaders of France, Britain and Poland")
LIST_JOINERS = frozenset({"and", ",", "the", "leaders", "of", "heads", "government", "governments"})


def _parties(ctx, sent, start, end, words, *, first: bool):
    doc = sent.doc
    proposers: list[str] = []
    answers: dict[str, str] = {}
    # The token table, not Token objects or Spans: the clause is read many times over.
    tk = tokens(doc)
    lower, idx = tk.lower, tk.idx
    clause_text = window_text(doc, start, end)
    # a place ("officials in Jeddah", "talks in Riyadh") is not a party
    nouns = words["proposal_nouns"]
    # ...nor is a place one speaks from ("call from Kyiv for"); "an offer from Moscow" names the proposer
    named = [m for m in ctx.mentions_in(idx[start], idx[end - 1] + len(tk.text[end - 1]), ("COUNTRY", "ORG", "PERSON"))
             if _code(m)]
    places = [m for m in named if (m.start > start and lower[m.start - 1] in ("in", "at"))
              or (m.start - 1 > start and lower[m.start - 1] == "the" and lower[m.start - 2] in ("in", "at"))
              or (m.start - 1 > start and lower[m.start - 1] == "from" and lower[m.start - 2] in _SPOKEN_FROM)]
    # "the Minsk ceasefire", "the Jeddah talks": a city naming what was agreed or discussed there
    places += [m for m in named if m.text.lower() in words["venues"] and m not in places]
    # "flew to Moscow to propose…", "visited Kyiv": the destination of a trip is no party
    places += [m for m in named if m not in places and is_destination(lower, m, start, words)]
    # "Kyiv has asked, through the International Committee of the Red Cross, for a corridor": a
    # channel the request goes through is no party
    places += [m for m in named if m not in places and m.start - 1 > start
               and (lower[m.start - 1] in CHANNELS or (lower[m.start - 1] == "the" and lower[m.start - 2] in CHANNELS))]
    # "At a summit hosted by Saudi Arabia, the United States proposed…": the host is no party
    places += [m for m in named if m not in places and m.start - 2 >= start
               and has_phrase(window_text(doc, max(start, m.start - 4), m.start), words["host_before"])
               and lower[m.start - 1] in ("by", "the", "in")]
    mentions = [m for m in named if m not in places]
    ends = {n.end: n for n in mentions}  # where each party ends, for the lists answer_sought walks back
    speakers = []
    co_proposers: list[str] = []
    partners: list[str] = []  # named after "a call with", "agreed with"
    by_partner = by_between = False
    between: list[str] = []  # named after "a call between": either side of the call
    orderers: list[str] = []  # "Putin ordered his forces to hold a truce": his own, or his answer to another's
    by_end = None  # end of the last actor named after "proposed by"
    # the rarer cues are looked for only when one of their words is in the clause
    addressees = _addressees(lower, mentions, start, words) if " to " in clause_text else []
    deadline_to = _deadline(lower, start, end, words) if " to " in clause_text else None
    for m in mentions:
        code = _code(m)
        if m in addressees or (deadline_to is not None and deadline_to[0] < m.start < deadline_to[1]):
            continue  # "wrote to Guterres", "given Putin 50 days to agree": whom it is put to, no party
        if m.start > start + 3 and inside_voice_aside(tk, m, start):
            continue  # "Ukraine's envoy, who met Turkish officials, called for…": named in an aside
        if (m.start > start and tk.text[m.start - 1] in ("'s", "’s", "'", "’") and code in words["belligerents"]
                and m.text.lower() in words["war_place_names"]):
            continue  # "Trump advisers' Ukraine plan": the possessor owns the plan, the war names its topic
        possessive = m.end < end and tk.text[m.end] in ("'s", "’s", "'")
        before = window_text(doc, max(start, m.start - 3), m.start)
        if has_phrase(before, words["condition_words"]):
            continue  # "provided Russia accepted it": a condition, not an answer
        if lower[m.start - 1] == "that" and m.start - 1 > start and has_phrase(window_text(doc, max(start, m.start - 7), m.start), words["propose_verbs"]):
            # "demanded that Russia accept", "demanding that Russia withdraw" (the window holds the
            # "that", so "demands that" is read): what is asked of it, not its answer
            continue
        by_noun = by_proposer(doc, m, start, end, words)  # "an appeal by the UN for a four-day pause"
        if by_noun is not None:
            if by_noun:
                _add(proposers, code)
                by_end = m.end  # "a call by Kyiv and the leaders of France, Britain … for": the list too
            continue
        if _names_proposal(doc, m, end, words) or (m.start - 1 > start and lower[m.start - 1] == "from"
                                                   and lower[m.start - 2] in nouns):
            _add(proposers, code)
            continue
        if _alongside_proposer(lower, m, start, end):
            _add(co_proposers, code)  # "we call on Russia, as the United States has done, to accept…"
            continue
        if has_phrase(before, words["proposer_before"]) or (
            by_end is not None and all(w in LIST_JOINERS for w in lower[by_end : m.start])
            # a list ("by Kyiv, Paris and London"), not a comma that ends the phrase ("after a call
            # with Trump, Putin agreed")
            and ("and" in lower[by_end : m.start] or (m.end < end and lower[m.end] in ("and", ",")))
        ):
            if has_phrase(before, words["proposer_before"]):
                partner_phrase = has_phrase(before, words["partner_before"])
                by_partner = bool(partner_phrase)
                by_between = bool(partner_phrase) and partner_phrase.split()[-1] == "between"
            if by_partner:
                _add(partners, code)
                if by_between:
                    _add(between, code)  # "after a call with Trump": the broker, unless another proposed it
            else:
                _add(proposers, code)  # "put forward by Kyiv and Washington": both
            by_end = m.end
            continue
        by = next((r for r, phrases in words["responded_by"].items() if has_phrase(before, phrases)), None)
        if by:
            answers.setdefault(code, by)
            continue
        if possessive:
            if _document_proposes(doc, m, end, mentions, words) or voice_proposes(doc, m, end, mentions, words) \
                    or owned_terms(lower, m, end, words):  # "set out Kyiv's terms: a ceasefire…"
                _add(proposers, code)  # "China's position paper called for a ceasefire", "Russia's foreign minister proposed…"
            continue  # "Russia's conduct": not the subject of what follows
        # "we call on Russia to accept…": what is asked of it, not its answer
        asked_of = bool(has_phrase(before, words["urge_verbs"] + words["ask_verbs"])) \
            or answer_sought(lower, ends, m, start)  # "to convince Russia to accept", "urging both A and B"
        # what this actor does runs to the next actor named ("Ukraine accepted an American plan"),
        # past actors joined to it ("Russia and Ukraine both agreed")
        last = m
        while True:
            nxt = next((n for n in mentions if n.start >= last.end), None)
            if nxt is None or any(w not in ("and", ",", "or", "the") for w in lower[last.end : nxt.start]):
                break
            last = nxt
        after = last.end
        if after + 1 < end and tk.text[after] == "," and (lower[after + 1].endswith("ing")
                                                          or lower[after + 1] in ("which", "who")):
            # "The leaders of A and B, standing in Kyiv alongside C, demanded that…", "Turkey, which
            # hosted the talks, called for…": the verb comes after the participle's or relative
            # clause's phrase, whoever that phrase names
            comma = next((j for j in range(after + 2, min(end, after + 16)) if tk.text[j] == ","), None)
            if comma is not None:
                after = comma + 1
        upto = next((n.start for n in mentions if n.start >= after), end)
        speech = _speech(doc, after, upto, words)
        call = _calls_on_both(lower, after, upto, words) if speech is not None else None
        if call:
            _add(proposers, code)  # "Trump wrote that both sides should stop where they are": his call
            continue
        if call is False:
            continue  # "both sides should hold talks on a ceasefire": a call for something else
        if speech is not None and speech < 0:
            speakers.append(code)
            if code in words["belligerents"] and has_phrase(window_text(doc, m.end, upto), words["conditional_only"]):
                answers[code] = _stronger(answers.get(code), "conditional")  # "the Kremlin said it would only apply once…"
            continue  # "the White House said the two leaders had agreed": reported, not answered
        # "Ukraine said it would do the same": the answer is the speaker's
        verb_start = speech if speech is not None else after
        if speech is None and after < end and lower[after] in words["travel_verbs"]:
            # "travelled to Kyiv on 10 May to demand a ceasefire": the purpose is the traveller's act
            verb_start = trip_purpose(tk, after, end, words) or verb_start
        verb_window = window_text(doc, verb_start, min(upto, verb_start + 6))
        channel = channel_aside(lower, verb_start, upto)
        if channel is not None:
            # "has asked, through the International Committee of the Red Cross, for a corridor": the
            # verb's complement runs on after the channel named between commas
            verb_window = window_text(doc, verb_start, channel[0])[:-1] + window_text(doc, channel[1], min(upto, channel[1] + 4))
        if lower[verb_start + 1 : verb_start + 2] == ["from"] and verb_start + 3 <= end:
            # "call from Kyiv for a ceasefire": the place one speaks from stands inside the verb
            place_end = next((p.end for p in places if p.start == verb_start + 2), None)
            if place_end is not None:
                verb_window = " " + lower[verb_start] + window_text(doc, place_end, min(upto, place_end + 5))
        answer = None if asked_of else _answer(verb_window, words)
        if answer and no_answer(lower, start, verb_start, verb_window, words):
            answer = None  # "declined to comment on the plan", "unclear whether Kyiv will agree": none given
        proposal_verb = has_phrase(verb_window, words["propose_verbs"])
        if proposal_verb and reports_own_side(lower, mentions, code, verb_start, end, proposal_verb, words, _code) \
                and _answer(window_text(doc, verb_start, min(upto if upto > verb_start + 3 else end, end, verb_start + 10)), words) == "rejected":
            proposal_verb = None  # "Zelensky declared that Ukraine would not support…": read at "Ukraine"
        if proposal_verb in ASKED_FOR and relative_subject(tk, m, start):
            proposal_verb = None  # "a pause in strikes that Trump had asked for": which truce, told again
        if proposal_verb and _as_noun(verb_window, proposal_verb, words):
            proposal_verb = None  # "waiting for Moscow to answer their call for a ceasefire": another's call
        if proposal_verb and is_passive(lower, verb_start, end, proposal_verb):
            proposal_verb = None  # "accused Kyiv of breaking the truce brokered by Washington": the agent's
        if proposal_verb == "demanded" and " that " not in verb_window.partition(" demanded ")[2]:
            proposal_verb = None  # "demanded guarantees before any ceasefire": a condition, not a proposal
        if not proposal_verb and not asked_of:
            demand = demanded_truce(lower, verb_start, end, words) or terms_given(lower, verb_start, end, words)
            if demand:
                # "demanded a full ceasefire": the truce itself is asked for, a proposal, no condition
                proposal_verb, answer = demand, None
        if not proposal_verb and not asked_of and not answer:
            proposal_verb = asks_next_actor(doc, lower, mentions, verb_start, end, words)
        if answer and proposal_verb:
            head, _, rest = verb_window.partition(" " + proposal_verb + " ")
            if " that " in " " + rest and not _answer(head + " ", words):
                answer = None  # "demanded that Russia accept a ceasefire": the answer asked of another
        if answer and proposal_verb in words["urge_verbs"]:
            head, _, rest = verb_window.partition(" " + proposal_verb + " ")
            if " to " in " " + rest and not _answer(head + " ", words):
                answer = None  # "urged the two delegations to agree a ceasefire": asked of others, the urger's call
        if not proposal_verb and deadline_to is not None and after <= deadline_to[0] < after + 3:
            proposal_verb = "given"  # "Trump has given Putin 50 days to agree a ceasefire": an ultimatum
        if proposal_verb and _talks_first(lower, verb_start, end, words):
            proposal_verb = None  # "Turkey offered to host talks on a ceasefire": it offers the talks
        if asked_of and proposal_verb:
            caller = reciprocal_caller(doc, mentions, m, code, start, end, words, _code,
                                       earlier=ctx.mentions_in(max(0, idx[start] - 400), idx[start], ("COUNTRY", "ORG", "PERSON")))
            if caller is not None:
                _add(proposers, caller)  # "Moscow called on the Ukrainian side to declare a ceasefire": Moscow's
                continue
        if proposal_verb and not answer and (not _modal_before(verb_window, proposal_verb, words)
                                             or announced_demand(lower, speech, verb_start, end, proposal_verb)):
            asked = _asked_to_declare(lower, mentions, after, end, proposal_verb, words)
            if asked is not None:
                # "urged Putin to declare a truce": Putin's truce; one warring side's call on the other: its own
                _add(proposers, code if reciprocal(code, _code(asked), words) else _code(asked))
            elif proposal_verb in words["order_verbs"]:
                _add(orderers, code)
            else:
                _add(proposers, code)
            continue
        if answer:
            if answer == "accepted" and has_phrase(window_text(doc, m.end, upto), words["responses"]["conditional"]):
                answer = "conditional"  # "he supported the idea, before setting out a string of conditions"
            answers[code] = _stronger(answers.get(code), answer)
            continue
        if speech is not None and code in words["belligerents"] and has_phrase(window_text(doc, m.end, upto), words["conditional_only"]):
            answers[code] = _stronger(answers.get(code), "conditional")
    for code in (_hanging_actors(doc, mentions, start, end, words) if "- and " in clause_text or "- or " in clause_text else ()):
        _add(proposers, code)  # "the UN- and Turkish-brokered arrangement": the tokenizer keeps "UN-" whole
    for code in (dotted_proposers(doc, start, end) if ".-" in clause_text else ()):
        _add(proposers, code)  # "a U.S.-proposed ceasefire": one token to the tokenizer
    # "…, and proposed that…": a proposing verb with no actor before it belongs to the sentence's subject.
    if first and mentions:
        subject = mentions[0]
        for i in range(start, end):
            # also a participle after a comma: "Zelensky went further, proposing that…"
            # or after the statement it is written in: "A and B issued a joint statement… proposing…"
            if i - 1 >= start and ((lower[i] in ("proposed", "offered", "suggested", "declared") and lower[i - 1] == "and")
                                   or (lower[i] in _PARTICIPLES and (lower[i] != "calling" or lower[i + 1 : i + 2] in (["for"], ["on"]))
                                       and (lower[i - 1] == "," or not _participle_documents().isdisjoint(lower[max(start, i - 7) : i])
                                            or any(a.end == i for a in addressees)))):
                # another actor just before the participle is its subject, unless it only names an
                # event ("after the Jeddah talks proposing…") or is joined to the subject
                near = [m for m in mentions if m.end > i - 7 and m.end <= i and m is not subject and m not in addressees
                        and not (m.end < end and lower[m.end] in _EVENT_NOUNS)
                        and not all(w in ("and", ",", "the") for w in lower[subject.end : m.start])]
                if not near and subject.start - sent.start <= 3:
                    _add(proposers, _code(subject))
                    last = subject
                    for m in mentions[1:]:  # "The United States and Ukraine issued…": both
                        if m.start >= i or any(w not in ("and", ",", "the") for w in lower[last.end : m.start]):
                            break
                        _add(proposers, _code(m))
                        last = m
    # "…, but declined the full ceasefire": an answer with no subject of its own is the sentence subject's.
    if not first:
        head = lower[start : min(end, start + 5)]
        head_text = " " + " ".join(head) + " "
        answer = _answer(head_text, words)
        if answer and not any(m.start < start + 4 for m in mentions):
            subject = next((m for m in ctx.mentions_in(sent.start_char, idx[start], ("COUNTRY", "ORG", "PERSON"))
                            if _code(m)), None)
            if subject is not None:
                answers[_code(subject)] = _stronger(answers.get(_code(subject)), answer)
    # A third party reporting what both warring sides agreed ("…, the White House said") brokered it.
    # ...and so did one reporting that a warring side agreed ("Trump said Putin had agreed to a pause")
    # ...but not an acceptance that only names the truce meant ("refused the ceasefire that Kyiv had accepted")
    belligerent_agreed = any(a in words["belligerents"] and r == "accepted"
                             and not all(names_which_truce(lower, n, start, words) for n in mentions if _code(n) == a)
                             for a, r in answers.items())
    if not proposers and (has_phrase(clause_text, words["both_sides"]) or belligerent_agreed):
        for code in speakers:
            if code not in words["belligerents"]:
                _add(proposers, code)
    if not proposers and not answers and not speakers and agreed_without_parties(lower, start, end, clause_text, words):
        proposers = ["RUS", "UKR"]  # "along an agreed green corridor": both sides agreed it (decision 4)
    # "he had proposed a Christmas truce during a call with Putin": whom one proposed it to is no
    # proposer; with no other proposer, the one a party agreed with or spoke to brokered it
    if not proposers and not _truce_under_talks(lower, start, end, words):
        # ...but of "a call between Trump and Putin, Russia agreed", the side that answers is no broker
        proposers = [p for p in partners if p not in answers] or partners
        if between and not _truce_agreed(lower, start, end, words):
            # "after a call between Macron and Putin, Russia agreed to open a corridor" or "…to hold
            # talks on a ceasefire": the call brokered no truce
            proposers = [p for p in proposers if p not in between]
    answers = {a: r for a, r in answers.items() if a not in proposers and a not in co_proposers}
    return (proposers, answers, [c for c in co_proposers if c not in proposers],
            [c for c in orderers if c not in proposers])












def _truce_under_talks(lower, start: int, end: int, words) -> bool:
    """Whether the clause's truce is only what talks are to reach ("after a call with Putin, Trump wrote
    that both would start negotiations towards a ceasefire"): a talks noun two or three words before
    every truce word. The one spoken to then brokered talks, not a truce."""
    heads, talks = words["truce_heads"], words["talks_nouns"]
    at = [k for k in range(start, end) if lower[k] in heads]
    return bool(at) and all(any(lower[j] in talks for j in range(max(start, k - 3), k)) for k in at)


def _as_noun(window: str, verb: str, words) -> bool:
    """A proposing word after a possessive or an article is a noun ("their call for", "Kyiv's
    offer", "the demands that"): whose proposal it is, the possessor says, not the actor before it."""
    before = window.partition(" " + verb + " ")[0].split()
    return bool(before) and before[-1] in words["noun_determiners"]


def _addressees(lower, mentions, start: int, words) -> list:
    """The actors a clause's subject writes or speaks to ("wrote to Guterres and Erdoğan", "a letter to
    the UN"), with those joined to them by "and" or commas."""
    verbs = words["address_verbs"]
    out = []
    for m in mentions:
        if out and out[-1].end <= m.start and all(w in ("and", ",", "the") for w in lower[out[-1].end : m.start]):
            out.append(m)
        else:
            k = m.start - 1 - (lower[m.start - 1] == "the")  # "a letter to the UN"
            if k - 1 >= start and lower[k] == "to" and lower[k - 1] in verbs:
                out.append(m)
    return out


def _deadline(lower, start: int, end: int, words) -> tuple[int, int] | None:
    """An ultimatum: a deadline verb, then within a few words a number of days or weeks and "to" with
    a verb of agreeing ("has given Putin 50 days to agree a ceasefire"). The token range from the
    verb to the "to": who stands in it is asked, not answering; None when there is none."""
    verbs, objects, units = _deadline_sets()
    if verbs.isdisjoint(lower[start:end]):
        return None  # most clauses: no deadline verb, no walk over the tokens
    for i in range(start, end - 3):
        if lower[i] not in verbs:
            continue
        for k in range(i + 2, min(end - 2, i + 8)):
            if lower[k + 1] == "to" and lower[k + 2] in objects and (lower[k] in units or dated_deadline(lower, i, k + 1)):
                return i, k + 1
    return None


@lru_cache(maxsize=1)
def _deadline_sets() -> tuple[frozenset[str], frozenset[str], dict]:
    words = vocab("ceasefires")
    return frozenset(words["deadline_verbs"]), frozenset(words["deadline_objects"]), words["duration_units"]


def _talks_first(lower, at: int, end: int, words) -> bool:
    """Whether talks, not a truce, are what is proposed: a talks noun comes before the first truce
    word after the verb ("offered to host talks on a ceasefire", "proposed negotiations on a truce")."""
    truce_words = words["truce_heads"]
    talks = words["talks_nouns"]
    for k in range(at, min(end, at + 6)):
        if lower[k] in truce_words or lower[k] in ("after", "following", "during", "at", "in", ","):
            return False  # "announced, after talks with both sides, that…": the talks are a time
        if lower[k] in talks:
            return True
    return False


def _calls_on_both(lower, at: int, upto: int, words) -> bool | None:
    """Whether what a speaker said is a call on both warring sides to stop: "both sides", "the two
    sides" as the subject of "should"/"must"/"need to" and a truce word right after it or as the
    object of "agree"/"accept". None when there is no such call; False when the call is for
    something else ("both sides should hold talks on a ceasefire", "…swap prisoners")."""
    truce_words = words["truce_heads"]
    stop = min(upto, at + 16)
    for k in range(at, stop):
        if lower[k] not in _BOTH_HEADS or (lower[k] != "both" and lower[k - 1] not in ("two", "the", "each")):
            continue
        j = k + 1 if lower[k] != "both" or lower[k + 1] not in _BOTH_HEADS else k + 2
        if j >= stop:
            break
        if lower[j] in ("should", "must") or lower[j : j + 2] in (["need", "to"], ["ought", "to"], ["have", "to"]):
            x = j + 1 if lower[j] in ("should", "must") else j + 2
            if x < stop and lower[x] in truce_words:
                return True  # "should stop where they are", "must cease fire"
            # "must agree a ceasefire", "should accept an immediate truce"; not "should swap
            # prisoners before any truce", nor "should hold talks on a ceasefire"
            # ("agree to an immediate truce": the "to" is no word of the object)
            reach = x + 4 + (lower[x + 1 : x + 2] == ["to"])
            return x < stop and lower[x] in _CALL_VERBS and any(
                lower[y] in truce_words for y in range(x + 1, min(stop, reach)))
    return None


# Verbs whose object is the truce both sides are called on to make.
_CALL_VERBS = frozenset({"agree", "accept", "declare", "observe", "respect", "sign", "announce"})


# The nouns of "both sides", "the two sides", "each side", "the parties" (the subject of a call to stop).
_BOTH_HEADS = frozenset({"both", "sides", "side", "parties"})


def _truce_agreed(lower, start: int, end: int, words) -> bool:
    """Whether the clause names a truce itself, not only talks about one ("talks on a ceasefire")
    nor an arrangement without a truce word (a corridor): a truce word with no talks noun followed by
    "on"/"about"/"over" in the six words before it."""
    truce_words = words["truce_heads"]
    talks = words["talks_nouns"]
    first = next((k for k in range(start, end) if lower[k] in truce_words), None)
    if first is None:
        return False
    return not any(lower[k] in talks and lower[k + 1] in ("on", "about", "over", "towards")
                   for k in range(max(start, first - 6), first - 1))


def _asked_to_declare(lower, mentions, after: int, end: int, verb: str, words):
    """'urged Putin to declare a unilateral ceasefire': the one asked declares the truce himself
    ("urged Kyiv to accept a truce" leaves the one urging as its proposer)."""
    if verb not in words["urge_verbs"] and verb not in words["ask_verbs"]:
        return None
    asked = next((n for n in mentions if n.start >= after), None)
    if asked is None:
        return None
    rest = lower[asked.end : min(end, asked.end + 10)]
    for k, w in enumerate(rest[:-1]):
        if w == "to":
            return asked if rest[k + 1] in words["declare_verbs"] else None
    return None


# "as the United States has done", "as Washington did", "like the US before them": an actor
# that made the same call earlier, set inside the proposing sentence.
_ALONGSIDE_AFTER = ({"has", "have", "had"}, {"done", "proposed", "demanded", "asked"})


def _alongside_proposer(lower, m, start: int, end: int) -> bool:
    before = lower[max(start, m.start - 2) : m.start]
    if "as" not in before or (len(before) == 2 and before[0] != "as" and before[1] != "as"):
        return False
    after = lower[m.end : min(end, m.end + 2)]
    if not after:
        return False
    if after[0] == "did":
        return True
    return len(after) == 2 and after[0] in _ALONGSIDE_AFTER[0] and after[1] in _ALONGSIDE_AFTER[1]


def _speech(doc, at: int, upto: int, words) -> int | None:
    """After an actor: None if no speech verb follows; else where the speaker's own words start
    ("said it would…", "said on Tuesday that he…"), or -1 when they report someone else."""
    lower = tokens(doc).lower
    k = at
    while k < min(upto, at + 4) and lower[k] not in words["announce_verbs"]:
        k += 1
    if k >= min(upto, at + 4):
        return None
    if k + 1 < upto and lower[k + 1] in ("no", "yes"):
        return k  # "Russia said no"
    for j in range(k + 1, min(upto, k + 10)):
        if lower[j] in PRONOUNS:
            return j + 1
    return -1


def _names_proposal(doc, m, end: int, words) -> bool:
    """'the US proposal', 'Putin's "Easter truce"', 'a US-brokered truce', 'the UK-French plan'."""
    after2 = window_text(doc, m.end, min(end, m.end + 2))
    if has_phrase(after2, words["proposer_suffixes"]):
        return True
    tk = tokens(doc)
    text, ent = tk.text, tk.ent
    i = past_title(tk.lower, m.end, end)  # "the US president's idea"
    if (_code(m) in words["belligerents"] and i < end and tk.lower[i] in words["truce_heads"]
            and m.text.lower() in words["war_place_names"]):
        return False  # "Prabowo floats Ukraine ceasefire": the war the truce is for, not who proposes it
    if i < end and text[i] in ("'s", "’s", "'"):
        i += 1
    # "UK-French proposal", "Paris and London's plan": the next actor carries on the name
    if i < end and text[i] in ("-", "–") and i + 1 < end and ent[i + 1] in ("COUNTRY", "ORG"):
        j = i + 1
        while j < end and ent[j] in ("COUNTRY", "ORG"):
            j += 1
        i = j
    nouns = words["proposal_nouns"]
    for k in range(i, min(end, i + 5)):
        low = tk.lower[k]
        if low in nouns:
            return True
        # modifiers allowed between: quotes, hyphens, numbers, duration units, domain words, capitalised names
        if tk.punct[k] and low in ('"', "“", "”", "'", "-", "–") or doc[k].like_num or low in words["duration_units"] \
                or low in ("full", "partial", "energy", "maritime", "sea", "black", "air", "interim", "immediate") \
                or (tk.title[k] and not ent[k] and k > i - 1 and low not in ("president", "minister")):
            continue
        break
    return False


def _hanging_actors(doc, mentions, start: int, end: int, words) -> list[str]:
    """Actors written as one token with their hanging hyphen ("UN-", "US-") before "and" and an actor
    that names the proposal: no entity rule finds them, so the names tables are asked."""
    tk = tokens(doc)
    out = []
    for m in mentions:
        k = m.start - 2
        if k < start or tk.lower[k + 1] not in ("and", "or") or not tk.text[k].endswith(("-", "–")) or len(tk.text[k]) < 2:
            continue
        if not _names_proposal(doc, m, end, words):
            continue
        stem = tk.text[k][:-1]
        code = gazetteer.country_names().get(stem) or gazetteer.organisation_names().get(stem)
        if code:
            out.append(code)
    return out


def _modal_before(window: str, verb: str, words) -> bool:
    at = window.find(f" {verb.split()[0]} ")
    before = window[:at].split()[-2:] if at > 0 else []
    return any(w in words["modal_words"] for w in before)


def _stronger(old: str | None, new: str) -> str:
    if old is None or ANSWER_RANK[new] > ANSWER_RANK[old]:
        return new
    return old


_PARTICIPLES = {"proposing", "offering", "suggesting", "calling", "urging", "demanding"}
_EVENT_NOUNS = {"talks", "summit", "meeting", "format", "process", "conference", "negotiations"}


@lru_cache(maxsize=1)
def _participle_documents() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["participle_documents"])

# verbs one does from a place ("call from Kyiv for", "speaking from Paris"): the place is no party
_SPOKEN_FROM = {"call", "calls", "called", "calling", "said", "says", "spoke", "speaking", "wrote", "writing",
                "announced", "urged", "appealed", "appeal", "appeals", "demanded", "travelled", "traveled"}
def _document_proposes(doc, m, end: int, mentions, words) -> bool:
    """'China's twelve-point position paper, published in February, called for a ceasefire': the
    possessor's document (a noun of ``document_nouns`` within five words of the possessive) is the
    subject of a proposing verb that follows it before any other actor is named. Being urged or
    ordered is left to the rules for those verbs."""
    tk = tokens(doc)
    lower = tk.lower
    nouns = words["document_nouns"]
    head = next((k for k in range(m.end + 1, min(end, m.end + 6)) if lower[k] in nouns), None)
    if head is None:
        return False
    upto = next((n.start for n in mentions if n.start > head), end)
    window = window_text(doc, head + 1, min(upto, head + 10))
    verb = has_phrase(window, words["propose_verbs"])
    if not verb or verb in words["urge_verbs"] or verb in words["order_verbs"]:
        return False
    # a truce word of its own after the document: "open a humanitarian corridor" is no ceasefire
    return bool(has_phrase(window_text(doc, head + 1, end), words["triggers"]))
