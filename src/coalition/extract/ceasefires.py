"""Ceasefires: who proposed one, for how long, over what, and how each party answered.

A sentence that names a ceasefire with some detail (a proposer, a duration, a
scope) starts a ceasefire fact; a later mention with no detail of its own ("Russia
has refused to agree to a temporary ceasefire") adds its answer to the last one.
Proposers are the actors written with the proposal ("the UK-French proposal",
"proposed by Washington"); a respondent is the actor before an answer verb
("Moscow has rejected…").
"""

from __future__ import annotations

from coalition.extract.context import ArticleContext, has_phrase, lower_text, vocab
from coalition.model import Ceasefire, CeasefireResponse

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
                "fourteen": 14, "thirty": 30, "a": 1, "twenty": 20, "sixty": 60, "ninety": 90}


def find_ceasefires(ctx: ArticleContext) -> list[Ceasefire]:
    words = vocab("ceasefires")
    facts: list[Ceasefire] = []
    for sent in ctx.sents:
        padded = lower_text(sent)
        if not has_phrase(padded, words["triggers"]):
            continue
        duration = _duration(sent, words)
        scope = [name for name, phrases in words["scopes"].items() if has_phrase(padded, phrases)]
        if "energy_infrastructure" in scope and not has_phrase(padded, ["energy"]):
            scope.remove("energy_infrastructure")  # "infrastructure" alone is too vague
        if "full" in scope and len(scope) > 1:
            scope = [s for s in scope if s != "full"] if not has_phrase(padded, ["full ceasefire", "complete ceasefire", "comprehensive ceasefire"]) else ["full"]
        proposers, respondents = _parties(ctx, sent, padded, words)
        status = _status(padded, words, respondents)
        same = _same_proposal(facts, proposers, duration, scope)
        if same is not None or (not (duration or proposers) and facts):
            # A mention with no proposer or duration of its own (or the same ones) answers,
            # or repeats, the proposal named before.
            _merge(same or facts[-1], respondents, status)
            continue
        if not (duration or proposers) and not (scope and respondents):
            continue
        facts.append(Ceasefire(proposers=proposers, duration_days=duration, scope=scope, status=status,
                               responses=[CeasefireResponse(actor=a, response=r) for a, r in respondents],
                               evidence=ctx.sentence_evidence(sent), confidence=0.75))
    return facts


def _same_proposal(facts, proposers, duration, scope):
    """An earlier ceasefire of this article that this mention repeats: same proposers or, without
    proposers, the same duration and scope."""
    for fact in reversed(facts):
        if proposers and set(proposers) <= set(fact.proposers) and (not duration or duration == fact.duration_days):
            return fact
        if not proposers and duration and duration == fact.duration_days and (not scope or set(scope) & set(fact.scope)):
            return fact
    return None


def _merge(fact: Ceasefire, respondents, status: str) -> None:
    known = {r.actor for r in fact.responses}
    for actor, response in respondents:
        if actor not in known and actor not in fact.proposers:
            fact.responses.append(CeasefireResponse(actor=actor, response=response))
    if status in ("in_force", "violated") or (fact.status == "proposed" and status != "proposed"):
        fact.status = status


def _duration(sent, words) -> int | None:
    doc = sent.doc
    units = words["duration_units"]
    padded = lower_text(sent)
    for phrase, days in words["named_durations"].items():
        if f" {phrase.replace('-', ' - ')} " in padded or f" {phrase} " in padded:
            return days
    for t in sent:
        if t.lower_ in units:
            j = t.i - 1
            if j >= sent.start and doc[j].text in ("-", "–"):
                j -= 1
            if j < sent.start:
                continue
            prev = doc[j].lower_
            number = NUMBER_WORDS.get(prev)
            if number is None and prev.isdigit():
                number = int(prev)
            if number is None:
                continue
            # the unit must describe the ceasefire: "30-day ceasefire", "ceasefire for 30 days", "a one-month truce"
            window = lower_text(doc[max(sent.start, j - 6) : min(sent.end, t.i + 4)])
            if not has_phrase(window, words["triggers"] + ["pause", "halt", "moratorium", "for", "lasting", "long"]):
                continue
            return max(1, round(number * units[t.lower_]))
    return None


def _parties(ctx: ArticleContext, sent, padded, words):
    doc = sent.doc
    proposers: list[str] = []
    respondents: list[tuple[str, str]] = []
    mentions = ctx.mentions_in(sent.start_char, sent.end_char, ("COUNTRY", "ORG", "PERSON"))
    responses = words["responses"]
    for m in mentions:
        code = m.actor if m.label == "PERSON" else m.code
        if not code:
            continue
        # the proposal noun right after the actor: "the UK-French proposal", "Trump's plan"
        nxt = m.end + 1 if m.end < sent.end and doc[m.end].text in ("'s", "’s", "-") else m.end
        after = lower_text(doc[nxt : min(sent.end, nxt + 1)])
        after2 = lower_text(doc[m.end : min(sent.end, m.end + 2)])
        before = lower_text(doc[max(sent.start, m.start - 3) : m.start])
        # "the UK-French proposal", "Trump's plan", "a US-brokered truce"
        if has_phrase(after, words["proposal_nouns"]) or has_phrase(after2, ["- proposed", "- brokered", "- backed", "'s proposal", "’s proposal", "'s plan", "’s plan", "- led"]) or (
            doc[m.end].text in ("-", "–", "and", ",") and m.end + 1 < sent.end and doc[m.end + 1].ent_type_ in ("COUNTRY", "ORG")
            and has_phrase(lower_text(doc[m.end + 1 : min(sent.end, m.end + 6)]), words["proposal_nouns"])
        ):
            if code not in proposers:
                proposers.append(code)
            continue
        if has_phrase(before, ["proposed by", "put forward by", "brokered by", "offered by", "backed by", "suggested by"]):
            if code not in proposers:
                proposers.append(code)
            continue
        verb_window = lower_text(doc[m.end : min(sent.end, m.end + 6)])
        if has_phrase(verb_window, words["propose_verbs"]) and not has_phrase(verb_window, sum(responses.values(), [])):
            if code not in proposers:
                proposers.append(code)
            continue
        for response in ("rejected", "conditional", "accepted"):
            if has_phrase(verb_window, responses[response]):
                if response == "accepted" and has_phrase(lower_text(sent), responses["conditional"]):
                    response = "conditional"
                if code not in [a for a, _ in respondents]:
                    respondents.append((code, response))
                break
    respondents = [(a, r) for a, r in respondents if a not in proposers]
    return proposers, respondents


def _status(padded: str, words, respondents) -> str:
    if has_phrase(padded, words["violated"]):
        return "violated"
    if has_phrase(padded, words["in_force"]):
        return "in_force"
    answers = {r for _, r in respondents}
    if "rejected" in answers:
        return "rejected"
    if answers and answers <= {"accepted"}:
        return "accepted"
    return "proposed"
