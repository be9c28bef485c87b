"""HTML pages (``.html``, ``.htm``, and the ``html`` field of JSONL) through trafilatura.

trafilatura finds the article in the page (dropping navigation, cookie
banners, footers and related links) and its metadata: title, date, URL, site
name. Its plain-text output separates paragraphs by a single newline; the
extracted tree is walked here instead, so that paragraphs are separated by a
blank line as in the ``.txt`` reader. Lines that trafilatura keeps but that
are page furniture ("Share", "Read more") are dropped with the same list.

Feed entries carry small HTML fragments that trafilatura would discard as too
short to be an article; :func:`fragment_text` turns those into text directly.
"""

from __future__ import annotations

import re

import lxml.html
import trafilatura

from coalition.errors import ReadError
from coalition.model import Article
from coalition.read.dates import iso_date
from coalition.read.text import is_furniture, normalise

# Only dates the page states in its metadata or markup: the extensive search
# also reads dates out of the text and footers, and took "(c) 2024" for a
# publication date of 2024-01-01.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tr", "ul",
}  # fmt: skip
_DROPPED_TAGS = {"script", "style", "noscript", "template", "iframe", "svg"}
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def article_from_html(html: str | bytes, source: str) -> Article:
    """The article in an HTML page, with its title, date, URL and site name.

    ``html`` may be bytes, so that trafilatura can honour the page's declared
    charset; saved pages are not always UTF-8.
    """
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        output_format="python",
        include_comments=False,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is None:
        raise ReadError(source, "no article text found in the HTML")
    title = _clean(document.title)
    paragraphs = _paragraphs(document)
    if paragraphs and title and " ".join(paragraphs[0].split()) == " ".join(title.split()):
        # The headline, already in ``title``; as in the .txt reader, the body starts after it.
        paragraphs = paragraphs[1:]
    text = normalise("\n\n".join(paragraphs))
    if not text:
        raise ReadError(source, "no article text found in the HTML")
    published = None
    if document.date:
        try:
            published = iso_date(document.date)
        except ValueError:
            published = None
    return Article(
        text=text,
        source=source,
        title=title,
        url=_clean(document.url),
        published=published,
        outlet=_clean(document.sitename),
    )


def fragment_text(html: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per block."""
    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    pieces: list[str] = []
    _flatten(root, pieces)
    lines = (re.sub(r" {2,}", " ", line).strip() for line in "".join(pieces).split("\n"))
    return normalise("\n".join(line for line in lines if not is_furniture(line)))


def _paragraphs(document) -> list[str]:
    """Each block of trafilatura's extracted tree as one paragraph."""
    body = getattr(document, "body", None)
    if body is None or len(body) == 0:
        blocks = (document.text or "").split("\n")
    else:
        blocks = [_block_text(element) for element in body]
    paragraphs = []
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip() and not is_furniture(line)]
        if lines:
            paragraphs.append("\n".join(lines))
    return paragraphs


def _block_text(element) -> str:
    if element.tag == "list":
        return "\n".join(f"- {_inline_text(item)}" for item in element if item.tag == "item")
    if element.tag == "table":
        rows = []
        for row in element.iter("row"):
            cells = [_inline_text(cell) for cell in row if cell.tag == "cell"]
            rows.append(" | ".join(cell for cell in cells if cell))
        return "\n".join(row for row in rows if row)
    return _inline_text(element)


def _inline_text(element) -> str:
    """Text of an element of trafilatura's tree, with ``<lb/>`` as a line break."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag == "list":
            # A list nested in an item: its entries on lines of their own.
            parts.append("\n" + _block_text(child))
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    lines = "".join(parts).split("\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in lines).strip("\n")


def _flatten(element, pieces: list[str]) -> None:
    # Comments and processing instructions have a non-string tag; their text is not content.
    tag = element.tag if isinstance(element.tag, str) else None
    if tag is None or tag in _DROPPED_TAGS:
        if element.tail:
            pieces.append(_SPACES.sub(" ", element.tail))
        return
    block = tag in _BLOCK_TAGS
    if block:
        pieces.append("\n\n")
    if tag == "br":
        pieces.append("\n")
    if element.text:
        pieces.append(_SPACES.sub(" ", element.text))
    for child in element:
        _flatten(child, pieces)
    if block:
        pieces.append("\n\n")
    if element.tail:
        pieces.append(_SPACES.sub(" ", element.tail))


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None
