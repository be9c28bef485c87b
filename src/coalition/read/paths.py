"""Finding the files to read and getting their bytes safely.

Everything here reports a problem by raising :class:`ReadError` that names the
input; :func:`coalition.read.read_paths` turns each into an item of its output
so that one bad file never stops a batch.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from coalition.errors import ReadError

# 20 MB, in the decimal megabytes that the error message shows: the limit of
# a file of one article (.txt, .html) or of a feed, and of each line of a
# JSON Lines file, which is read line by line and may be any size.
DEFAULT_MAX_BYTES = 20_000_000
_BINARY_PROBE = 1024


def walk(paths: Iterable[str | Path], extensions: Iterable[str]) -> Iterator[Path | ReadError]:
    """Each file to read, in input order; directories recursively, sorted by path.

    Inside a directory, files whose extension is not in ``extensions`` and
    hidden entries (``.git``, ``.DS_Store``) are skipped silently: a folder of
    saved articles often holds images and notes. A file named explicitly is
    always yielded, so that its reader can say why it cannot be read.
    """
    wanted = {ext.lower() for ext in extensions}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk_directory(path, wanted)
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield ReadError(str(path), "broken symbolic link")
        else:
            yield ReadError(str(path), "no such file or directory")


def _walk_directory(root: Path, wanted: set[str]) -> Iterator[Path | ReadError]:
    files: list[Path] = []
    problems: list[ReadError] = []

    def note(error: OSError) -> None:
        problems.append(ReadError(error.filename or str(root), _os_reason(error)))

    # os.walk does not follow symbolic links to directories, so a link loop
    # in a folder of saved pages cannot make the walk endless.
    for folder, dirnames, filenames in os.walk(root, onerror=note):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if path.suffix.lower() in wanted and path.is_file():
                files.append(path)
    yield from problems
    yield from sorted(files)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing files over ``max_bytes`` before reading them."""
    source = str(path)
    try:
        status = path.stat()
        if not path.is_file():
            raise ReadError(source, "not a regular file")
        if status.st_size > max_bytes:
            raise ReadError(source, _too_large(status.st_size, max_bytes))
        with path.open("rb") as handle:
            # One byte past the limit tells a file that grew after stat().
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ReadError(source, _os_reason(error)) from error
    if len(data) > max_bytes:
        raise ReadError(source, _too_large(len(data), max_bytes))
    if not data.strip():
        raise ReadError(source, "empty file")
    if b"\x00" in data[:_BINARY_PROBE]:
        raise ReadError(source, "binary file, not text")
    return data


def read_lines(path: Path, max_line_bytes: int) -> Iterator[tuple[int, bytes | ReadError]]:
    """Each line of ``path`` (split on ``\\n`` only), numbered from 1, without reading the file whole.

    For files of one record per line (JSON Lines), whose size has no bound:
    memory holds one line at a time, and the limit applies to each line. A
    line longer than ``max_line_bytes`` (its newline not counted) is skipped
    without being held, and a :class:`ReadError` named ``path:LINE`` stands in
    its place. Raises ReadError for the file as a whole when it cannot be
    opened, is binary or holds nothing but white space.
    """
    source = str(path)
    try:
        if not path.is_file():
            raise ReadError(source, "not a regular file")
        with path.open("rb") as handle:
            if b"\x00" in handle.read(_BINARY_PROBE):
                raise ReadError(source, "binary file, not text")
            handle.seek(0)
            blank = True
            number = 0
            while True:
                # One byte past the limit, and one for the newline, tell a line that is too long.
                line = handle.readline(max_line_bytes + 2)
                if not line:
                    break
                number += 1
                if len(line.removesuffix(b"\n")) > max_line_bytes:
                    size = len(line) + _skip_line(handle, line)
                    yield number, ReadError(f"{source}:{number}", _line_too_large(size, max_line_bytes))
                    blank = False
                    continue
                blank = blank and not line.strip()
                yield number, line
    except OSError as error:
        raise ReadError(source, _os_reason(error)) from error
    if blank:
        raise ReadError(source, "empty file")


def _skip_line(handle: BinaryIO, start: bytes) -> int:
    """Read past the rest of a line begun by ``start``; returns how many bytes that was, newline excluded."""
    if start.endswith(b"\n"):
        return -1
    skipped = 0
    while chunk := handle.readline(1 << 20):
        if chunk.endswith(b"\n"):
            return skipped + len(chunk) - 1
        skipped += len(chunk)
    return skipped


def decode_utf8(data: bytes, source: str) -> str:
    """``data`` as UTF-8 text without a byte-order mark, or a ReadError naming the bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = error.object[error.start]
        raise ReadError(source, f"not valid UTF-8: invalid byte 0x{byte:02x} at offset {error.start}") from None
    return text.removeprefix("\ufeff")


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({_size(size)}, limit {_size(limit)})"


def _line_too_large(size: int, limit: int) -> str:
    return f"line too large ({_size(size)}, limit {_size(limit)} per article)"


def _size(size: int) -> str:
    if size < 1_000_000:
        return f"{size:,} bytes"
    text = f"{size / 1_000_000:.1f}".removesuffix(".0")
    return f"{text} MB"


def _os_reason(error: OSError) -> str:
    reason = (error.strerror or str(error)).strip()
    return reason[:1].lower() + reason[1:]
