"""Ultimatums and offers with terms that outlets write without a proposing verb (ninth session).

- An ultimatum with a date: "has given Moscow until August 8 to agree to a ceasefire", "set Russia a
  deadline of Friday to accept a truce". The number-of-days ultimatum ("given Putin 50 days to agree a
  ceasefire") is read in ``ceasefire_parties._deadline``; a deadline by date is the same proposal
  (ADJUDICATION decision 2: a deadline is a term, 148), with the asked party between the verb and the
  "to" no proposer.
- Readiness to take up a truce with terms of its own: "Ukraine has been ready since March for a
  ceasefire of at least 30 days", "the delegation came prepared to discuss a 30-day interim
  ceasefire". The readiness offer of ``ceasefire_offers.ready_proposer`` needs the readiness words
  right before the truce; here a time phrase may stand between them and a discussing verb may follow,
  but only when the truce has a duration or a domain of its own, since a readiness to discuss a bare
  ceasefire is a stance (decision 2).

Kept apart from ``ceasefire_parties.py`` and ``ceasefire_offers.py`` (both near full); the word lists
are in data/ceasefires.json ("deadline_dates", "readiness_with_terms").
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _deadline_date_words() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["deadline_dates"])


def dated_deadline(lower, verb: int, to: int) -> bool:
    """Whether a date deadline ("until August 8", "by Friday", "a deadline of") stands between the
    deadline verb at ``verb`` and the "to" at ``to`` that introduces the asked agreement."""
    return not _deadline_date_words().isdisjoint(lower[verb + 1 : to])


@lru_cache(maxsize=1)
def _readiness() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    w = vocab("ceasefires")["readiness_with_terms"]
    return frozenset(w["adjectives"]), tuple(tuple(p.split()) for p in w["leads"]), frozenset(w["between"])


def termed_readiness_proposer(ctx, sent, start: int, end: int, trigger: int, code_of) -> list[str]:
    """The actor whose readiness ("ready since March for", "prepared to discuss") takes up the truce
    word at ``trigger``; [] when none. Called only for a truce with a duration or domain of its own."""
    lower = tokens(sent.doc).lower
    adjectives, leads, between = _readiness()
    ready = next((k for k in range(trigger - 1, max(start, trigger - 14) - 1, -1) if lower[k] in adjectives), None)
    if ready is None:
        return []
    # from the readiness word to the truce word: a time phrase, then a lead ("for", "to discuss"),
    # then only determiners, adjectives and the terms
    k = ready + 1
    while k < trigger and lower[k] in ("since", "from", "for", "weeks", "months", "days", "now", "long", "already",
                                       "then") and not _lead_at(lower, k, trigger, leads, between):
        k += 1
        if lower[k - 1] in ("since", "from") and k < trigger:
            k += 1  # the month or year after "since"
    if not _lead_at(lower, k, trigger, leads, between):
        return []
    if any(w in lower[start:ready] for w in ("if", "whether", "unless", "when", "once", "asked")):
        return []  # "if Moscow is ready for…": a condition or a question, no offer
    idx = tokens(sent.doc).idx
    before = [m for m in ctx.mentions_in(idx[start], idx[ready - 1] + 1 if ready > start else idx[start],
                                         ("COUNTRY", "ORG", "PERSON")) if code_of(m) and m.end <= ready
              # a place one arrives in or comes from is no subject ("arrived in London prepared to…")
              and not (m.start > start and lower[m.start - 1] in ("in", "at", "to", "from", "into"))]
    if not before:
        return []
    subject = before[-1]
    # the subject right before: "Ukraine had been ready", "the delegation arrived in London prepared"
    between_words = lower[subject.end : ready]
    aside = _reporting_aside(between_words)
    if aside:  # "Ukraine, he said, stood ready for": the reporting words are no part of the clause
        between_words = between_words[aside:]
    elif ":" in between_words and "we" in between_words[between_words.index(":"):]:
        # "Ukraine's position is clear: we are ready for …": "we" are the holder named before the colon
        between_words = between_words[between_words.index(":") + 1 :]
        between_words = between_words[between_words.index("we") + 1 :]
    if len(between_words) > 8 or any(w in (",", ";", ":", "that", "which", "who") for w in between_words):
        return []
    return [code_of(subject)]


_REPORTERS = frozenset({"he", "she", "they", "officials", "it", "the", "minister", "ministry", "spokesman",
                        "spokeswoman", "president"})


def _reporting_aside(words: list[str]) -> int:
    """The length of a reporting aside opening ``words`` (", he said,", ", officials said,"): 0 when none."""
    if len(words) < 4 or words[0] != ",":
        return 0
    close = next((j for j in range(2, min(len(words), 6)) if words[j] == ","), None)
    if close is None or words[close - 1] not in ("said", "says", "added", "stressed", "insisted"):
        return 0
    return close + 1 if all(w in _REPORTERS for w in words[1 : close - 1]) else 0


def _lead_at(lower, k: int, trigger: int, leads, between) -> bool:
    for lead in leads:
        n = len(lead)
        if tuple(lower[k : k + n]) == lead and all(w in between or w.isdigit() for w in lower[k + n : trigger]):
            return True
    return False


# -- a voice described in an aside before its verb ------------------------------------------------------

# words that open an aside about the voice: "Ukraine's delegation, led by the defence minister, demanded…"
_ASIDE_LEADS = frozenset({"led", "headed", "chaired", "which", "who", "whose", "including", "made"})


def aside_end(tk, head: int, end: int) -> int:
    """The last token of an aside that describes the office-holder or office at ``head`` ("Ukraine's
    delegation, led by Oleksii Reznikov and David Arakhamia, had demanded…"): its closing comma, so
    that the verb after it, not the names inside it, is read as the voice's. ``head`` when none."""
    if head + 2 >= end or tk.text[head + 1] != "," or tk.lower[head + 2] not in _ASIDE_LEADS:
        return head
    close = next((j for j in range(head + 3, min(end, head + 16)) if tk.text[j] == ","), None)
    return close if close is not None else head


@lru_cache(maxsize=1)
def _voice_words() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["state_voices"])


def inside_voice_aside(tk, m, start: int) -> bool:
    """Whether the actor ``m`` is named inside such an aside ("Ukraine's envoy, who met Turkish
    officials, called for…"): the aside's actor is no party to the truce the voice proposes."""
    lower, text = tk.lower, tk.text
    for c in range(m.start - 1, max(start, m.start - 14) - 1, -1):
        if text[c] != ",":
            continue
        if c + 1 >= m.start or lower[c + 1] not in _ASIDE_LEADS or c - 1 < start or lower[c - 1] not in _voice_words():
            return False
        # the voice belongs to a possessor: "Ukraine's envoy", "Kyiv's chief negotiator"
        return any(text[j] in ("'s", "’s", "'", "’") for j in range(max(start, c - 5), c - 1))
    return False


# -- a counter-offer: answering one truce with another -----------------------------------------------------

@lru_cache(maxsize=1)
def _counter() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    w = vocab("ceasefires")["counter_offers"]
    return frozenset(w["verbs"]), frozenset(w["nouns"]), frozenset(w["between"])


def counter_offer_proposer(ctx, sent, start: int, end: int, trigger: int, code_of) -> list[str]:
    """The actor who answers with a truce of its own ("Kyiv answered with a full 30-day truce", "Moscow
    countered with a 72-hour ceasefire", "Kyiv made a counter-offer of a 30-day truce in the air"): the
    subject right before the answering verb, or before "made"/the possessor of a counter-offer noun.
    [] when none. Called only for a truce with a duration or domain of its own (decision 2); the
    answer to the other's truce is read as before (decision 3)."""
    lower = tokens(sent.doc).lower
    verbs, nouns, between = _counter()
    # walk back from the truce word over determiners, adjectives and the terms to the cue
    k = trigger - 1
    while k > start and (lower[k] in between or lower[k].isdigit()):
        k -= 1
    cue = None
    if lower[k] == "with" and k - 1 >= start and lower[k - 1] in verbs:
        cue = k - 1  # "answered with", "countered with", "replied with a counter-proposal for"
    elif lower[k] in ("made", "makes", "make", "tabled", "presented") and not nouns.isdisjoint(lower[k + 1 : trigger]):
        cue = k  # "made a counter-offer of"
    elif lower[k] in ("tabled", "presented") and not nouns.isdisjoint(lower[trigger + 1 : min(end, trigger + 3)]):
        cue = k  # "presented a full 30-day ceasefire proposal": the noun after the truce word
    if cue is None:
        return []
    idx = tokens(sent.doc).idx
    before = [m for m in ctx.mentions_in(idx[start], idx[cue - 1] + 1 if cue > start else idx[start],
                                         ("COUNTRY", "ORG", "PERSON")) if code_of(m) and m.end <= cue]
    if not before:
        return []
    subject = before[-1]
    # the subject right before ("Kyiv answered", "the Kremlin quickly countered", "Kyiv's counter-offer")
    if cue - subject.end > 3 or any(lower[j] in (",", ";", "that", "which", "who") for j in range(subject.end, cue)):
        return []
    return [code_of(subject)]


# -- a side's announced demand at talks: "said it would call for a ceasefire and the withdrawal…" -------------

@lru_cache(maxsize=1)
def _tabled_terms() -> frozenset[str]:
    return frozenset(vocab("ceasefires")["tabled_terms"])


def announced_demand(lower, speech: int | None, verb_start: int, end: int, verb: str) -> bool:
    """Whether a "would" before the proposing verb is the future of reported speech, not a hedge: the
    speaker's own words ("Kyiv said it would call for an immediate ceasefire and the withdrawal of all
    Russian troops"), "would" right before the verb, and the truce tabled at talks or tied to a
    withdrawal (decision 2: a delegation's position at talks; decision 7: a halt offered with a
    withdrawal stays a ceasefire). "said it would not…", "said it could…" stay modal."""
    if speech is None or speech < 0 or verb_start + 1 >= end or lower[verb_start] != "would" \
            or lower[verb_start + 1] != verb.split()[0]:
        return False  # "would not call for", "would perhaps propose": a hedge or a refusal
    return not _tabled_terms().isdisjoint(lower[verb_start + 2 : end])
