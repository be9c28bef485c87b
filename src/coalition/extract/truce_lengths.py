"""How long a truce lasts when an article writes its length more than once, or writes a span of
time that is not its length.

Read beside ``ceasefire_details.py`` (which reads one clause's length) and used by the merging of
mentions in ``ceasefires.py``:

- a truce named by its occasion ("the Easter truce", "a Christmas truce") is taken as two days when
  the article gives no length, but a length written for it ("a 30-hour Easter ceasefire", "a 36-hour
  truce") is its own. Outlets name the occasion in the headline or a quote and the hours in another
  sentence; the occasion's default must not fill in a length the hours leave empty (a truce of 30 or
  36 hours has none in whole days, ADJUDICATION decision 1) nor keep a truce of a written length
  apart from the same truce named by its occasion;
- a clause that writes the length in hours that make no whole days ("Putin declared a 30-hour Easter
  truce", a "36-hour ceasefire") marks its mention ``hours_only``: the proposal holding it keeps
  ``duration_days`` null, also when another sentence names the truce by its occasion ("the Russian
  side declares an Easter truce") or a plea dates it ("a Christmas truce"), and also when the mention
  is left over with no proposer of its own ("the 30-hour truce will continue until Sunday") and
  exactly one proposal fits it. Lengths of whole days in hours (48, 72) are read as days already
  (``ceasefire_details._numbered_duration``) and are not marked;
- a span told as time gone by ("has ignored the offer for 40 days now", "40 days ago") dates the
  offer and is not how long the truce would last.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab, window_text


@lru_cache(maxsize=1)
def _occasions() -> tuple[str, ...]:
    return tuple(vocab("ceasefires")["occasion_lengths"])


@lru_cache(maxsize=1)
def _elapsed() -> tuple[frozenset[str], frozenset[str]]:
    words = vocab("ceasefires")
    return frozenset(words["elapsed_after"]), frozenset(words["elapsed_before"])


def occasion_length(doc, start: int, end: int, words, duration: int | None) -> bool:
    """Whether the clause's length is only an occasion's default: it names "the Easter truce" and
    writes no number of hours, days, weeks or months for the truce."""
    from coalition.extract.ceasefire_details import _numbered_duration

    if not duration:
        return False
    padded = window_text(doc, start, end)
    return any(f" {o} " in padded for o in _occasions()) and _numbered_duration(doc, start, end, words) is None


def hours_without_days(doc, start: int, end: int, words, duration: int | None) -> bool:
    """Whether the clause writes the truce's length in hours that make no whole days ("a 30-hour
    truce"): ``_duration`` gives None for it as for a clause that writes no length at all."""
    from coalition.extract.ceasefire_details import _numbered_duration

    return not duration and _numbered_duration(doc, start, end, words) == 0


def carry_hours_only(facts: list, left: list, compatible) -> None:
    """Mark the one proposal a left-over mention of an hours length is about ("He said that the
    30-hour truce will continue until Sunday", no proposer of its own, kept with no proposal):
    when exactly one of ``facts`` fits it, that proposal has the length in hours."""
    for mention in left:
        if not mention.hours_only:
            continue
        fits = [f for f in facts if compatible(f, mention)]
        if len(fits) == 1:
            fits[0].hours_only = True


def elapsed_span(lower, number_at: int, unit_at: int, end: int) -> bool:
    """'for 40 days now', '40 days ago', 'in the 40 days since': time gone by, not a truce's length."""
    after, before = _elapsed()
    if unit_at + 1 < end and lower[unit_at + 1] in after:
        return True
    return number_at - 1 >= 0 and lower[number_at - 1] in before


def merge_length(into, other) -> None:
    """``into``'s length once ``other``, a mention of the same truce, joins it: a written length wins
    over an occasion's default, and hours that make no whole days leave none."""
    if into.duration and not into.occasion_length:
        pass
    elif other.duration and not other.occasion_length:
        into.duration, into.occasion_length = other.duration, False
    elif into.hours_only or other.hours_only:
        into.duration, into.occasion_length = None, False
    else:
        into.duration = into.duration or other.duration
        into.occasion_length = into.occasion_length or other.occasion_length
    into.hours_only = (into.hours_only or other.hours_only) and not into.duration


def lengths_differ(a, b) -> bool:
    """Two mentions whose written lengths differ are two truces, also when one is written in hours that
    make no whole days; an occasion's default differs from nothing ("a 30-hour Easter ceasefire" and
    "the Easter truce" are one)."""
    for one, two in ((a, b), (b, a)):
        if one.hours_only and two.duration and not two.occasion_length:
            return True  # "30 hours instead of 30 days": two truces
    if not (a.duration and b.duration) or a.duration == b.duration:
        return False
    # a holiday truce lasts days: "the Christmas truce" may be the "three-day truce", not the 30-day one
    longest = vocab("ceasefires")["occasion_longest_days"]
    return not ((a.occasion_length and b.duration <= longest) or (b.occasion_length and a.duration <= longest))
