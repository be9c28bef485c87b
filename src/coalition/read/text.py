"""Plain-text articles (``.txt``): a saved page, with its furniture lines removed.

A news page saved as text keeps lines that belong to the page, not the
article: "Key points", "• AI Image", "Comments", "Back", "Top". Those lines
are listed in ``data/furniture.txt`` and dropped whole. Every other character
is kept as written (curly quotes, bullets, dashes), because evidence offsets
into ``Article.text`` must point at the words the outlet printed.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from coalition.errors import ReadError
from coalition.model import Article
from coalition.read.dates import date_line

# Bullet characters that a page puts before a furniture line ("• AI Image").
_BULLETS = "•*-·▪◦"
# A first line longer than this is a paragraph, not a headline.
_MAX_TITLE_CHARS = 200
# How many non-empty lines below the title may hold the publication date.
_DATE_LINE_WINDOW = 4
# What separates a section label from the headline on the first line.
_LABEL_SEPARATOR = r"(?:\s*[·•|–—›»>]\s*|[\u00a0\t]\s*|\s{2,})(?=\S)"


def article_from_text(text: str, source: str) -> Article:
    """An article from the text of a saved page: title from its first line, body after it.

    A line near the top that holds nothing but a date ("Sun 2 Mar 2025 18.40
    GMT") gives ``published`` and is not part of the text.
    """
    lines = [line for line in normalise(text).split("\n") if not is_furniture(line)]
    title, body = _split_title(lines)
    published, body = _take_date_lines(body)
    body_text = normalise("\n".join(body))
    if not body_text:
        reason = "no article text after the title" if title else "no article text (only page furniture)"
        raise ReadError(source, reason)
    return Article(text=body_text, source=source, title=title, published=published)


def normalise(text: str) -> str:
    """Line endings to ``\\n``, no trailing spaces, at most one blank line in a row.

    Nothing else changes, so the text still matches the source character for
    character within each line.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def is_furniture(line: str) -> bool:
    """Whether the whole line is page furniture (see ``data/furniture.txt``)."""
    key = _key(line)
    return bool(key) and key in _furniture()


def _split_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """The headline and the lines after it.

    The title line is left out of the body: saved pages repeat the headline
    below the section label, and a headline alone is not a sentence to
    extract facts from.
    """
    index = _first_non_empty(lines, 0)
    if index is None:
        return None, []
    if _key(lines[index]) in _labels():
        # A label alone on the first line ("World News"), headline below it.
        after = _first_non_empty(lines, index + 1)
        if after is None:
            return None, []
        index = after
    title = _label_pattern().sub("", lines[index].strip(), count=1).strip()
    if len(title) > _MAX_TITLE_CHARS:
        return None, lines[index:]
    return title, lines[index + 1 :]


def _take_date_lines(lines: list[str]) -> tuple[str | None, list[str]]:
    """The publication date from date lines among the first few lines, and the lines without them.

    A page may show both a published and an updated date; the published one wins.
    """
    found: list[tuple[bool, str]] = []
    kept: list[str] = []
    seen = 0
    for line in lines:
        if line.strip() and seen < _DATE_LINE_WINDOW:
            seen += 1
            value = date_line(line)
            if value:
                found.append((line.strip().lower().startswith("updated"), value))
                continue
        kept.append(line)
    if not found:
        return None, lines
    return min(found)[1], kept


def _first_non_empty(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return index
    return None


def _key(line: str) -> str:
    return " ".join(line.strip().strip(_BULLETS).split()).casefold()


@cache
def _furniture() -> frozenset[str]:
    return frozenset(_key(entry) for entry in _data_lines("furniture.txt"))


@cache
def _labels() -> frozenset[str]:
    return frozenset(_key(entry) for entry in _data_lines("section_labels.txt"))


@cache
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(_data_lines("section_labels.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(label) for label in labels)
    return re.compile(rf"^(?:{alternatives}){_LABEL_SEPARATOR}", re.IGNORECASE)


def _data_lines(name: str) -> list[str]:
    """The entries of a packaged list: one a line, ``#`` starts a comment line."""
    content = resources.files("coalition.read").joinpath("data", name).read_text(encoding="utf-8")
    entries = (line.strip() for line in content.splitlines())
    return [entry for entry in entries if entry and not entry.startswith("#")]
