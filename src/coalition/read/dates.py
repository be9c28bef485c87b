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
