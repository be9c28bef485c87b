"""Ceasefire details read off a clause: how long the truce lasts, over what domains, and the
status the clause writes ("violated", "in force").

Separate from the ceasefire finder (``ceasefires.py``), which finds the clauses that name a truce
and merges them into proposals; these rules read only the clause's words.
"""

from __future__ import annotations

import math
from functools import lru_cache

from coalition.extract.context import has_phrase, tokens, vocab, window_text
from coalition.extract.truce_lengths import elapsed_span

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "sixty": 60, "ninety": 90, "a": 1, "an": 1}


@lru_cache(maxsize=1)
def _scope_phrases() -> list[str]:
    return [p for phrases in vocab("ceasefires")["scopes"].values() for p in phrases]


@lru_cache(maxsize=1)
def _duration_nouns() -> set[str]:
    words = vocab("ceasefires")
    return set(words["qualified_nouns"]) | {t.split()[0] for t in words["triggers"]} | {"strikes", "attacks", "fighting"}


@lru_cache(maxsize=1)
def _truce_nouns() -> list[str]:
    words = vocab("ceasefires")
    return words["triggers"] + words["qualified_nouns"]


def _number(doc, j: int, start: int) -> int | None:
    if j < start:
        return None
    low = tokens(doc).lower[j]
    if low.isdigit():
        return int(low)
    return NUMBER_WORDS.get(low)


def _duration(doc, start: int, end: int, words) -> int | None:
    """Days of the truce: '30-day ceasefire', 'a one-month truce', 'for 30 days', 'extended to 30 days'."""
    padded = window_text(doc, start, end)
    # a number written out comes first: "extending the Easter truce to 30 days" is 30
    numbered = _numbered_duration(doc, start, end, words)
    if numbered == 0:
        return None  # "a 36-hour Christmas truce": its length is written, and is no whole number of days
    return (numbered or _named_duration(padded, words)
            or (_dated_duration(doc, start, end, words) if " from " in padded or " between " in padded else None))


_QUOTE_MARKS = frozenset('"“”‘’\'')
_MONTH_NUMBERS = {m: k + 1 for k, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                  "august", "september", "october", "november", "december"))}
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_RANGE_ENDS = frozenset({"to", "through", "until", "till", "and", "-", "–"})
# a truce dated from one day to another lasts no longer than this (else the dates are of something else)
_MOST_DATED_DAYS = 120
# the dates' "from" stands this many words or fewer after the truce word ("a truce that runs from…")
_DATE_REACH = 5


def _date_at(lower, i: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """A day and month at token ``i`` ("May 8", "8 May"), and the token after it."""
    if i + 1 < end and lower[i] in _MONTH_NUMBERS and lower[i + 1].isdigit() and int(lower[i + 1]) <= 31:
        return (_MONTH_NUMBERS[lower[i]], int(lower[i + 1])), i + 2
    if i + 1 < end and lower[i].isdigit() and int(lower[i]) <= 31 and lower[i + 1] in _MONTH_NUMBERS:
        return (_MONTH_NUMBERS[lower[i + 1]], int(lower[i])), i + 2
    return None, i + 1


def _dated_duration(doc, start: int, end: int, words) -> int | None:
    """Days of a truce dated from one day to another ('a ceasefire from May 8 to May 10' is three
    days, both counted; 'from midnight on May 7 until midnight on May 10' is three, midnight to
    midnight). A second date may leave its month out ('from 8 to 10 May' is not read). The dates
    must follow a truce word closely, with no comma between ('a ceasefire, the talks will run from…'
    dates the talks)."""
    lower = tokens(doc).lower
    heads = words["truce_heads"]
    for i in range(start, end):
        if lower[i] not in ("from", "between"):
            continue
        head = next((h for h in range(i - 1, max(start, i - _DATE_REACH) - 1, -1) if lower[h] in heads or lower[h] == ","), None)
        if head is None or lower[head] == ",":
            continue
        first, k = None, i + 1
        while k < min(end, i + 6) and first is None:
            first, k = _date_at(lower, k, end)
        if first is None:
            continue
        if k >= end or lower[k] not in _RANGE_ENDS and lower[k] != ",":
            j = next((x for x in range(k, min(end, k + 4)) if lower[x] in _RANGE_ENDS), None)
            if j is None:
                continue
            k = j
        last = None
        for x in range(k + 1, min(end, k + 6)):
            last, _ = _date_at(lower, x, end)
            if last is None and lower[x].isdigit() and int(lower[x]) <= 31 and x + 1 < end \
                    and lower[x + 1] not in _MONTH_NUMBERS and lower[x - 1] not in _MONTH_NUMBERS:
                last = (first[0], int(lower[x]))  # "from May 8 to 10"
            if last is not None:
                break
        if last is None:
            continue
        days = last[1] - first[1] + (0 if last[0] == first[0] else sum(
            _MONTH_DAYS[(m - 1) % 12] for m in range(first[0], first[0] + (last[0] - first[0]) % 12)))
        inclusive = "midnight" not in lower[i:k]
        days += 1 if inclusive else 0
        if 1 <= days <= _MOST_DATED_DAYS:
            return days
    return None


def _named_duration(padded: str, words) -> int | None:
    for phrase, days in words["named_durations"].items():
        if f" {phrase} " in padded and has_phrase(padded, _truce_nouns()):
            at = padded.find(f" {phrase} ")
            after = padded[at + len(phrase) + 1 : at + len(phrase) + 40]
            if phrase.endswith("truce") or has_phrase(after, _truce_nouns()):
                return days
    return None


def _numbered_duration(doc, start: int, end: int, words) -> int | None:
    units = words["duration_units"]
    nouns = _duration_nouns()
    tk = tokens(doc)
    lower = tk.lower
    for i in range(start, end):
        unit = lower[i]
        if unit not in units:
            continue
        j = i - 1
        if j >= start and tk.text[j] in ("-", "–"):
            j -= 1
        if _and_a_half(lower, j, i, start, end):
            # "for a day and a half", "one and a half days": no whole number of days, as 36 hours
            # has none (ADJUDICATION decision 1); the clause's length is written, so none is guessed
            if _half_attached(lower, j, i, start, end, nouns, words):
                return 0
            continue  # "a day and a half after the talks": a span of something else
        number = _number(doc, j, start)
        if number is None or number == 0 or elapsed_span(lower, j, i, end):
            continue  # "ignored the offer for 40 days now": time gone by, no length
        if j - 2 >= start and lower[j - 1] in ("to", "or", "-", "–") and _number(doc, j - 2, start):
            j -= 2  # "two to three days", "2-3 days": a range is read at its lower bound
            number = _number(doc, j, start)
        attached = False
        # "30-day ceasefire", "a 30-day energy moratorium": the unit modifies a truce noun
        # ...also across a quote mark ('a 30-hour "Easter truce"')
        following = [w for w in lower[i + 1 : max(i + 1, min(end, i + 5))] if w not in _QUOTE_MARKS][:3]
        if following and following[0] in nouns or (len(following) > 1 and following[1] in nouns):
            attached = True
        # "for 30 days", "extended to 30 days" in a clause that names a truce
        elif j - 1 >= start and lower[j - 1] in words["duration_lead_words"]:
            attached = True
        if attached:
            if unit.startswith("hour"):
                # a truce in hours lasts whole days only when 24 divides them (72 hours: 3); one of 30
                # or 36 hours has no length in days (ADJUDICATION decision 1)
                return int(number) // 24 if number >= 24 and number % 24 == 0 else 0
            return max(1, round(number * units[unit]))
    return None


_HALF = (["and", "a", "half"], ["and", "half"], ["-", "and", "-", "a", "-", "half"])


def _and_a_half(lower, j: int, unit_at: int, start: int, end: int) -> bool:
    """Whether a length is written with a half ("a day and a half", "one and a half days",
    "a day-and-a-half truce")."""
    after = lower[unit_at + 1 : min(end, unit_at + 7)]
    before = lower[max(start, j - 2) : j + 1]
    return any(after[: len(h)] == h for h in _HALF) or before[-3:] == ["and", "a", "half"] or before[-2:] == ["and", "half"]


def _half_attached(lower, j: int, unit_at: int, start: int, end: int, nouns, words) -> bool:
    """Whether the half length is the truce's: a truce noun within a few words after it, or a lead
    word ("for", "of") before its number ("for a day and a half", "one and a half days")."""
    first = j - 3 if lower[j : j + 1] == ["half"] and lower[j - 1 : j] == ["a"] else (j - 2 if lower[j : j + 1] == ["half"] else j)
    if any(w in nouns for w in lower[unit_at + 1 : min(end, unit_at + 9)]):
        return True
    return first - 1 >= start and lower[first - 1] in words["duration_lead_words"] or \
        first - 2 >= start and lower[first - 2] in words["duration_lead_words"]


def _scope(doc, start: int, end: int, padded: str, words) -> list[str]:
    ent = tokens(doc).ent
    if "ORG" in ent[start:end]:
        # "negotiated by the International Atomic Energy Agency": a body's name names no domain
        lower = tokens(doc).lower
        padded = " " + " ".join("_" if ent[k] == "ORG" else lower[k] for k in range(start, end)) + " "
    marker = has_phrase(padded, words["purpose_markers"]) if " so " in padded or " order " in padded else None
    if marker:
        head = padded[: padded.find(f" {marker} ") + 1]
        if has_phrase(head, words["triggers"]) or has_phrase(head, _truce_nouns()):
            padded = head  # "a pause…, so that civilians could leave frontline areas": what it is for
    if has_phrase(padded, words["full_phrases"]):
        return ["full"]
    scope = []
    for name, phrases in words["scopes"].items():
        for phrase in phrases:
            toks = " " + phrase.replace("-", " - ") + " " if "-" in phrase and " - " not in phrase else f" {phrase} "
            at = padded.find(toks)
            if at < 0:
                continue
            before = padded[max(0, at - 30) : at + 1]
            if has_phrase(" " + " ".join(before.split()[-3:]) + " ", words["scope_exclusions"]):
                continue  # "leaving the ground war aside", "excluding the front line"
            if " aside " in padded[at : at + len(toks) + 8]:
                continue
            if phrase == "air" and padded[at + len(toks) :].split()[:1] and \
                    padded[at + len(toks) :].split()[0] in words["air_non_domain_heads"]:
                continue  # "air raid sirens", "air defence": the war around the truce, no domain
            if name == "full" and not _next_to_trigger(padded, at + len(toks), words):
                continue  # "full" only as "full ceasefire", "complete 30-day truce"
            scope.append(name)
            break
    if "full" in scope and len(scope) > 1:
        scope = [s for s in scope if s != "full"]
    if {"air", "sea", "land"} <= set(scope):
        return ["full"]  # "on land, in the air and at sea": every domain
    if scope == ["land"] and has_phrase(padded, words["full_along"]) and not has_phrase(padded, words["land_words"]):
        return ["full"]  # a truce "along the line of contact" holds all along it, not on land only
    return scope


def _next_to_trigger(padded: str, at: int, words) -> bool:
    window = " " + " ".join(padded[at:].split()[:4]) + " "
    return bool(has_phrase(window, _truce_nouns()))


def _written_status(doc, start: int, end: int, words) -> str | None:
    padded = " " + " ".join(tokens(doc).lower[start:end]) + " "
    for status in ("violated", "in_force"):
        for phrase in words[status]:
            at = padded.find(f" {phrase} ")
            if at < 0:
                continue
            before = padded[max(0, at - 25) : at + 1].split()[-3:]
            if any(w in words["status_blockers"] for w in before):
                continue  # "would only take effect once…", "had not been violated"
            return status
    return None


def time_reference(doc, at: int, start: int, words) -> bool:
    """'a day after the end of the Easter truce Moscow had declared': the truce dates the event the
    sentence reports (a strike), so it is no truce of its own there."""
    lowers = tokens(doc).lower[max(start, at - 6) : at]
    return bool(has_phrase(" " + " ".join(lowers) + " ", words["time_reference_cues"]))


def purpose_start(doc, start: int, end: int, words) -> int | None:
    """Where a purpose clause ("so that", "in order to") starts in doc[start:end], or None: a corridor
    or zone named after it is what a truce is for, no arrangement of its own."""
    lower = tokens(doc).lower
    firsts = {"so", "in"}
    for i in range(start, end - 1):
        if lower[i] in firsts and lower[i + 1] in ("that", "order", "as"):
            if has_phrase(" " + " ".join(lower[i : i + 3]) + " ", words["purpose_markers"]):
                return i
    return None

