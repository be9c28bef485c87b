"""Reading: turn files, feeds and directories into :class:`~coalition.model.Article` objects.

The first step on the path an article takes (read → extract → resolve → store → serve)::

    from coalition.read import read_paths

    for item in read_paths(["examples/"], published="2025-03-02"):
        if isinstance(item, ReadError):
            ...  # str(item) is one line: "examples/bad.jsonl:3: not valid JSON (...)"
        else:
            ...  # an Article

Formats, by extension (case-insensitive):

======================  ==========================  ====================
extension               reader                      ``Article.source``
======================  ==========================  ====================
``.txt``                :mod:`.text`                ``path``
``.html``, ``.htm``     :mod:`.html` (trafilatura)  ``path``
``.jsonl``              :mod:`.jsonl`               ``path:LINE``
``.xml .rss .atom``     :mod:`.feed` (feedparser)   ``path#N``
======================  ==========================  ====================
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from coalition.errors import ConfigError, ReadError
from coalition.model import Article
from coalition.read.dates import iso_date
from coalition.read.failures import unexpected
from coalition.read.feed import read_feed
from coalition.read.html import article_from_html
from coalition.read.jsonl import read_jsonl_file
from coalition.read.paths import DEFAULT_MAX_BYTES, decode_utf8, read_bytes, walk
from coalition.read.text import article_from_text

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_EXTENSIONS", "read_paths"]


def _read_text(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    yield article_from_text(decode_utf8(read_bytes(path, max_bytes), str(path)), str(path))


def _read_html(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    # Bytes, not text: the page's own charset declaration decides the decoding.
    yield article_from_html(read_bytes(path, max_bytes), str(path))


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    # Line by line: the limit is per line (one article), and the file may be any size.
    yield from read_jsonl_file(path, max_bytes)


def _read_feed(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    # feedparser needs the whole document, so a feed keeps the per-file limit.
    yield from read_feed(read_bytes(path, max_bytes), str(path))


_Reader = Callable[[Path, int], Iterator[Article | ReadError]]
_READERS: dict[str, _Reader] = {
    ".txt": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".jsonl": _read_jsonl,
    ".xml": _read_feed,
    ".rss": _read_feed,
    ".atom": _read_feed,
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(_READERS))


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | ReadError]:
    """Read every article in ``paths``: files, and directories recursively.

    :param paths: files and directories, read in the order given; a
        directory's files in order of path. Inside a directory, files of an
        unsupported extension and hidden files are skipped silently; a file
        named explicitly with an unsupported extension is a ReadError.
    :param published: YYYY-MM-DD, the date given to articles whose source
        states none.
    :param max_bytes: the size limit of one article: files of one article
        (``.txt``, ``.html``) and feeds larger than this are refused, by their
        size on disk, without being read; a JSON Lines file is read line by
        line whatever its size, and a line larger than this is refused
        (``path:LINE``) while the other lines are read.
    :returns: an iterator of :class:`Article` and, for each input that cannot
        be read, a :class:`ReadError` in its place: errors are yielded, not
        raised, so that one bad file does not stop a batch.
    :raises ConfigError: at the call, when ``published`` or ``max_bytes`` is
        not a usable value (a mistake in the call, not in an input).
    """
    default_date = None
    if published is not None:
        try:
            default_date = iso_date(published)
        except (TypeError, ValueError, AttributeError) as error:
            raise ConfigError(f"--published: {error}") from None
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ConfigError(f"max_bytes must be a positive number of bytes, got {max_bytes!r}")
    if isinstance(paths, (str, Path)):
        # A lone path is a common slip; reading it character by character is never meant.
        paths = [paths]
    return _read_all(paths, default_date, max_bytes)


def _read_all(paths: Iterable[str | Path], published: str | None, max_bytes: int) -> Iterator[Article | ReadError]:
    for item in walk(paths, _READERS):
        if isinstance(item, ReadError):
            yield item
            continue
        for result in _read_one(item, max_bytes):
            if isinstance(result, Article) and result.published is None:
                result.published = published
            yield result


def _read_one(path: Path, max_bytes: int) -> Iterator[Article | ReadError]:
    """The articles of one file; every failure, expected or not, as a ReadError."""
    source = str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield ReadError(source, _unsupported(path))
        return
    try:
        yield from reader(path, max_bytes)
    except ReadError as error:
        yield error
    except Exception as error:  # noqa: BLE001 - a batch must go on past any one input
        # Parsers can fail in ways no check foresees (lxml on a pathological
        # page, feedparser on odd encodings); the input is named and the batch goes on.
        yield ReadError(source, unexpected(error))


def _unsupported(path: Path) -> str:
    supported = ", ".join(SUPPORTED_EXTENSIONS)
    if not path.suffix:
        return f"unsupported file type: no extension (supported: {supported})"
    return f"unsupported file type {path.suffix!r} (supported: {supported})"
