"""A truce whose length the article gives in hours that make no whole days has no length in days,
even where another sentence names it by its occasion (ADJUDICATION decision 1).

"Putin declared a 30-hour Easter truce" and, later, "the Russian side declares an Easter truce":
the second sentence alone reads as the usual two-day holiday truce (``named_durations``), and the
merged proposal took that length, although the article says how long the truce lasts and 30 or 36
hours is no number of days. Likewise a "36-hour ceasefire" that a plea for "a Christmas truce" in
another sentence dated. A clause that writes such a length marks its mention; a proposal holding a
marked mention keeps ``duration_days`` null. Lengths of whole days in hours (48, 72) are read as
days already (``ceasefire_details._numbered_duration``) and are not marked.
"""

from __future__ import annotations

from coalition.extract.ceasefire_details import _numbered_duration


def odd_hours(doc, start: int, end: int, words) -> bool:
    """Whether doc[start:end] gives its truce a length in hours that is no whole number of days."""
    # _numbered_duration answers 0 for exactly this: a length written, in no whole days
    return _numbered_duration(doc, start, end, words) == 0


def carry_odd_hours(facts: list, left: list, compatible) -> None:
    """Mark the one proposal a left-over mention of an hours length is about ("He said that the
    30-hour truce will continue until Sunday", no proposer of its own, kept with no proposal):
    when exactly one of ``facts`` fits it, that proposal has the length in hours."""
    for mention in left:
        if not mention.odd_hours:
            continue
        fits = [f for f in facts if compatible(f, mention)]
        if len(fits) == 1:
            fits[0].odd_hours = True
