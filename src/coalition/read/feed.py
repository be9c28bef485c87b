"""RSS and Atom feeds (``.xml``, ``.rss``, ``.atom``) through feedparser: one article per entry.

An entry's text is its full content when the feed carries it, else its
summary, turned from HTML to text. Its source is ``path#N`` (N from 1), its
url the entry's link, its outlet the feed's title.
"""

from __future__ import annotations

from collections.abc import Iterator

import feedparser

from coalition.errors import ReadError
from coalition.model import Article
from coalition.read.dates import feed_date
from coalition.read.failures import unexpected
from coalition.read.html import fragment_text
from coalition.read.text import normalise


def read_feed(data: bytes, path: str) -> Iterator[Article | ReadError]:
    """One article (or one ReadError) per entry of the feed in ``data``.

    ``data`` stays bytes so that feedparser honours the encoding the XML
    declares, and so that it never takes the input for a URL to fetch.
    """
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        raise ReadError(path, f"not an RSS or Atom feed{_why(parsed)}")
    if not parsed.entries:
        raise ReadError(path, "feed has no entries")
    outlet = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        source = f"{path}#{number}"
        try:
            yield _article(entry, source, outlet)
        except ReadError as error:
            yield error
        except Exception as error:  # noqa: BLE001 - one odd entry must not end the feed
            yield ReadError(source, unexpected(error))


def _article(entry, source: str, outlet: str | None) -> Article:
    text = _entry_text(entry)
    if not text:
        raise ReadError(source, "entry has no content or summary")
    return Article(
        text=text,
        source=source,
        title=_clean(entry.get("title")),
        url=_clean(entry.get("link")),
        published=feed_date(
            entry.get("published") or entry.get("updated"),
            entry.get("published_parsed") or entry.get("updated_parsed"),
        ),
        outlet=outlet,
    )


def _entry_text(entry) -> str:
    candidates = [*entry.get("content", []), entry.get("summary_detail")]
    for detail in candidates:
        if not detail or not (detail.get("value") or "").strip():
            continue
        if detail.get("type") == "text/plain":
            text = normalise(detail["value"])
        else:
            text = fragment_text(detail["value"])
        if text:
            return text
    return ""


def _why(parsed) -> str:
    """The parser's complaint, when there is one, as a short parenthesis."""
    problem = parsed.get("bozo_exception")
    if not problem:
        return ""
    # The SAX parser names no file ("<unknown>:2:0: syntax error"); the ReadError does.
    message = " ".join(str(problem).split()).removeprefix("<unknown>:")
    return f" ({message})" if message else ""


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
