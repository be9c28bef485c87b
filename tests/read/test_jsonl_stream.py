"""JSON Lines files of any size: read line by line, the size limit per line (one article)."""

from __future__ import annotations

import json
import tracemalloc

from coalition.errors import ReadError
from coalition.model import Article
from coalition.read import DEFAULT_MAX_BYTES, read_paths


def line(n: int, words: int = 10) -> str:
    return json.dumps({"id": f"a{n}", "text": f"Article {n}. " + "Kyiv asks for air defence. " * words}) + "\n"


def test_a_jsonl_file_over_the_file_limit_is_read_line_by_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    one = line(0, words=400)  # about 11 kB an article
    count = DEFAULT_MAX_BYTES // len(one) + 100
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(line(n, words=400))
    assert path.stat().st_size > DEFAULT_MAX_BYTES

    tracemalloc.start()
    try:
        seen = 0
        for item in read_paths([path]):
            assert isinstance(item, Article), item
            seen += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen == count
    # Streamed: the reader never held the file, only a line or so at a time.
    assert peak < DEFAULT_MAX_BYTES // 10


def test_a_line_over_the_limit_is_one_error_and_the_others_are_read(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text(line(1) + line(2, words=100) + line(3), encoding="utf-8")
    items = list(read_paths([path], max_bytes=1000))
    assert [type(item).__name__ for item in items] == ["Article", "ReadError", "Article"]
    assert [item.id for item in items if isinstance(item, Article)] == ["a1", "a3"]
    error = items[1]
    size = len(line(2, words=100).encode()) - 1
    assert error.source == f"{path}:2"
    assert str(error) == f"{path}:2: line too large ({size:,} bytes, limit 1,000 bytes per article)"
    assert "\n" not in str(error)


def test_a_line_over_the_default_limit_in_a_large_file(tmp_path):
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "x" * (DEFAULT_MAX_BYTES + 1_000_000)})
    path.write_text(line(1) + huge + "\n" + line(3), encoding="utf-8")
    first, error, last = read_paths([path])
    assert isinstance(error, ReadError)
    assert str(error) == f"{path}:2: line too large (21 MB, limit 20 MB per article)"
    assert (first.id, last.id) == ("a1", "a3")


def test_a_last_line_over_the_limit_without_a_newline(tmp_path):
    path = tmp_path / "tail.jsonl"
    path.write_text(line(1) + line(2, words=100).rstrip("\n"), encoding="utf-8")
    article, error = read_paths([path], max_bytes=1000)
    assert article.id == "a1"
    assert str(error).startswith(f"{path}:2: line too large (")


def test_a_line_exactly_at_the_limit_is_read(tmp_path):
    path = tmp_path / "exact.jsonl"
    text = line(1)
    path.write_text(text + text.replace("a1", "a2"), encoding="utf-8")
    items = list(read_paths([path], max_bytes=len(text.encode()) - 1))  # the newline is not counted
    assert [item.id for item in items] == ["a1", "a2"]


def test_a_line_that_is_not_utf8_is_one_error(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(line(1).encode() + b'{"text": "caf\xe9"}\n' + line(3).encode())
    items = list(read_paths([path]))
    assert [type(item).__name__ for item in items] == ["Article", "ReadError", "Article"]
    assert str(items[1]) == f"{path}:2: not valid UTF-8: invalid byte 0xe9 at offset 13"


def test_a_byte_order_mark_and_crlf_line_ends_are_read(tmp_path):
    path = tmp_path / "windows.jsonl"
    path.write_bytes("\ufeff".encode() + line(1).replace("\n", "\r\n").encode() + line(2).replace("\n", "\r\n").encode())
    assert [item.id for item in read_paths([path])] == ["a1", "a2"]
