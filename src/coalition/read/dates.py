"""Publication dates: every reader hands ``Article.published`` over as YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def iso_date(value: str) -> str:
    """``value`` as YYYY-MM-DD, or :class:`ValueError` saying why it is not one.

    A full ISO 8601 timestamp (``2025-03-02T10:15:00Z``) is accepted and cut to
    its date in its own offset, since JSON exports often carry timestamps.
    """
    text = value.strip()
    if _DATE.match(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ValueError(f"published is not a calendar date: {value!r}") from None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        raise ValueError(f"published must be YYYY-MM-DD, got {value!r}") from None


def feed_date(raw: str | None, parsed) -> str | None:
    """The date of a feed entry as its publisher wrote it, else feedparser's UTC date.

    feedparser normalises dates to UTC, which moves an item published at
    00:30 +0200 to the previous day; the date a reader saw is the local one,
    so the raw RFC 822 (RSS) or ISO 8601 (Atom) string is tried first.
    """
    if raw:
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw.strip()).date().isoformat()
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
    if parsed:
        try:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
        except (AttributeError, ValueError):
            return None
    return None


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_FORMS = (
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(?P<year>\d{{4}})",
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
    r"(?P<year>\d{4})-(?P<num_month>\d{2})-(?P<day>\d{2})",
)
_DATE_LINE = [
    re.compile(
        r"^(?:(?:first\s+)?(?:published|posted|updated)(?:\s+on)?\s*:?\s*)?"
        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        + form
        # What may follow the date on such a line: a time and a time zone.
        + r"(?:[\s,·|–—-]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}(?:[+-]\d{1,2})?)?)?\s*$",
        re.IGNORECASE,
    )
    for form in _DATE_FORMS
]


def date_line(line: str) -> str | None:
    """The date on a line that holds nothing but a publication date, as YYYY-MM-DD.

    Saved pages carry one under the headline ("Sun 2 Mar 2025 18.40 GMT",
    "Published: March 2, 2025", "2025-03-02"). A line with anything more, such
    as a sentence that mentions a date, is not a date line.
    """
    text = line.strip()
    if len(text) > 60:
        return None
    for pattern in _DATE_LINE:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        month = _MONTHS[parts["month"].lower()] if parts.get("month") else int(parts["num_month"])
        try:
            return date(int(parts["year"]), month, int(parts["day"])).isoformat()
        except ValueError:
            return None
    return None
