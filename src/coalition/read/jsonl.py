"""JSON Lines (``.jsonl``): one article per line.

Each line is an object::

    {"id"?, "title"?, "text" | "html", "url"?, "published"?: "YYYY-MM-DD", "outlet"?}

``text`` is taken as the article text (line endings and blank-line runs
normalised, nothing removed: the producer of the file chose that text);
``html`` goes through the same trafilatura path as an ``.html`` file, and the
line's own fields win over what the page says. Keys not listed above are
kept in ``Article.extra``. Blank lines are skipped. A bad line is one
ReadError named ``path:LINE``; the lines around it are still read.

A file is read line by line (:func:`read_jsonl_file`), so a corpus of any
size streams through; the readers' size limit applies to each line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from coalition.errors import ReadError
from coalition.model import Article
from coalition.read.dates import iso_date
from coalition.read.failures import unexpected
from coalition.read.html import article_from_html
from coalition.read.paths import decode_utf8, read_lines
from coalition.read.text import normalise

_STRING_FIELDS = ("title", "url", "outlet")
_KNOWN = {"id", "title", "text", "html", "url", "published", "outlet"}


def read_jsonl_file(path: Path, max_line_bytes: int) -> Iterator[Article | ReadError]:
    """One article (or one ReadError) per non-blank line of the file at ``path``, read line by line.

    A JSON Lines file of a whole corpus may be any size: memory holds one
    line at a time, and ``max_line_bytes`` limits each line (one article),
    not the file. A line that is too long or not UTF-8 is a ReadError named
    ``path:LINE``; the lines around it are still read.
    """
    for number, line in read_lines(path, max_line_bytes):
        source = f"{path}:{number}"
        if isinstance(line, ReadError):
            yield line
            continue
        try:
            text = decode_utf8(line, source)
        except ReadError as error:
            yield error
            continue
        yield from _line(text, source)


def read_jsonl(text: str, path: str) -> Iterator[Article | ReadError]:
    """One article (or one ReadError) per non-blank line of ``text``."""
    # Split on "\n" only: str.splitlines() also splits on U+2028 and U+0085,
    # which may stand unescaped inside a JSON string.
    for number, line in enumerate(text.split("\n"), start=1):
        yield from _line(line, f"{path}:{number}")


def _line(line: str, source: str) -> Iterator[Article | ReadError]:
    """The article of one line, or its ReadError; nothing for a blank line."""
    if not line.strip():
        return
    try:
        yield _article(line, source)
    except ReadError as error:
        yield error
    except Exception as error:  # noqa: BLE001 - one odd line must not end the file
        yield ReadError(source, unexpected(error))


def _article(line: str, source: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ReadError(source, f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:
        raise ReadError(source, "not valid JSON (nested too deeply)") from None
    if not isinstance(record, dict):
        raise ReadError(source, f"expected a JSON object, got {_json_type(record)}")

    for name in (*_STRING_FIELDS, "text", "html", "published"):
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise ReadError(source, f'"{name}" must be a string, got {_json_type(value)}')
    identifier = record.get("id")
    if isinstance(identifier, bool) or (identifier is not None and not isinstance(identifier, (str, int))):
        raise ReadError(source, f'"id" must be a string or an integer, got {_json_type(identifier)}')

    published = None
    if record.get("published"):
        try:
            published = iso_date(record["published"])
        except ValueError as error:
            raise ReadError(source, str(error)) from None

    text, html = record.get("text"), record.get("html")
    if text and text.strip():
        article = Article(text=normalise(text), source=source)
    elif html and html.strip():
        article = article_from_html(html, source)
    elif text is not None or html is not None:
        raise ReadError(source, 'empty "text"' if text is not None else 'empty "html"')
    else:
        raise ReadError(source, 'no "text" or "html" field')

    article.id = str(identifier).strip() or None if identifier is not None else None
    for name in _STRING_FIELDS:
        value = " ".join((record.get(name) or "").split())
        if value:
            setattr(article, name, value)
    article.published = published or article.published
    article.extra = {key: value for key, value in record.items() if key not in _KNOWN}
    return article


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return names.get(type(value), type(value).__name__)
