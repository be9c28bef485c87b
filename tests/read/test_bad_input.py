"""Bad inputs: each one a ReadError naming the input and the reason, and the batch goes on."""

from __future__ import annotations

import os

import pytest

from coalition.errors import ConfigError, ReadError
from coalition.model import Article
from coalition.read import read_paths


@pytest.fixture
def good(tmp_path):
    """A good article to read alongside each bad input."""
    path = tmp_path / "good.txt"
    path.write_text("Good headline\n\nGermany pledges €500 million.", encoding="utf-8")
    return path


def read_with_good(bad, good) -> tuple[ReadError, Article]:
    items = list(read_paths([bad, good]))
    assert len(items) == 2, items
    error, article = items
    assert isinstance(error, ReadError), error
    assert isinstance(article, Article) and article.source == str(good)
    assert "\n" not in str(error)
    return error, article


def test_missing_path(tmp_path, good):
    bad = tmp_path / "nowhere.txt"
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: no such file or directory"
    assert error.source == str(bad)


def test_empty_file(tmp_path, good):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: empty file"


def test_whitespace_only_file_is_empty(tmp_path, good):
    bad = tmp_path / "blank.jsonl"
    bad.write_bytes(b" \n\t\r\n  \n")
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: empty file"


def test_binary_file(tmp_path, good):
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00" + bytes(range(256)))
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: binary file, not text"


def test_invalid_utf8(tmp_path, good):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Headline\n\nKyiv café".encode("utf-8") + b" \xe9t\xe9\n")
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: not valid UTF-8: invalid byte 0xe9 at offset 21"


def test_malformed_json_line_among_good_ones(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a", "text": "First good line."}\n'
        '{"id": "b", "text": "Second good line."}\n'
        '{"id": "c", "text": "broken\n'
        '{"id": "d", "text": "Fourth good line."}\n',
        encoding="utf-8",
    )
    items = list(read_paths([path]))
    assert [type(item).__name__ for item in items] == ["Article", "Article", "ReadError", "Article"]
    assert [item.id for item in items if isinstance(item, Article)] == ["a", "b", "d"]
    error = items[2]
    assert error.source == f"{path}:3"
    assert str(error).startswith(f"{path}:3: not valid JSON (")
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"title": "No body"}', 'no "text" or "html" field'),
        ('{"text": "   "}', 'empty "text"'),
        ('{"text": "Body.", "published": "02/03/2025"}', "published must be YYYY-MM-DD, got '02/03/2025'"),
        ('{"text": "Body.", "published": "2025-02-30"}', "published is not a calendar date: '2025-02-30'"),
        ('["a", "list"]', "expected a JSON object, got an array"),
        ('{"text": 42}', '"text" must be a string, got a number'),
        ('{"text": "Body.", "id": [1]}', '"id" must be a string or an integer, got an array'),
    ],
)
def test_bad_json_lines(tmp_path, line, reason):
    path = tmp_path / "lines.jsonl"
    path.write_text(line + '\n{"text": "Still read."}\n', encoding="utf-8")
    error, article = list(read_paths([path]))
    assert str(error) == f"{path}:1: {reason}"
    assert article.text == "Still read."


def test_published_timestamp_in_jsonl_is_cut_to_its_date(tmp_path):
    path = tmp_path / "stamp.jsonl"
    path.write_text('{"text": "Body.", "published": "2025-03-02T23:30:00-05:00"}\n', encoding="utf-8")
    [article] = read_paths([path])
    assert article.published == "2025-03-02"


def test_html_with_no_article_text(tmp_path, good):
    bad = tmp_path / "empty.html"
    bad.write_text(
        "<html><head><title>Nothing here</title><script>var x = 1;</script></head>"
        "<body><nav><a href='/'>Home</a></nav><div class='ad'></div></body></html>",
        encoding="utf-8",
    )
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: no article text found in the HTML"


def test_file_over_the_limit_is_refused_by_size_without_reading(tmp_path, good):
    bad = tmp_path / "huge.txt"
    with bad.open("wb") as handle:
        # Sparse: the size is set without writing 50 MB. Its content would be
        # NUL bytes, so a reader that read it would say "binary", not "too large".
        handle.truncate(50 * 1024 * 1024)
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: file too large (52.4 MB, limit 20 MB)"


def test_max_bytes_can_be_lowered(tmp_path, good):
    bad = tmp_path / "long.txt"
    bad.write_text("Title\n\n" + "word " * 400, encoding="utf-8")
    error, article = list(read_paths([bad, good], max_bytes=1000))
    assert str(error) == f"{bad}: file too large (2,007 bytes, limit 1,000 bytes)"
    assert isinstance(article, Article)


def test_rss_file_that_is_not_a_feed(tmp_path, good):
    bad = tmp_path / "sitemap.xml"
    bad.write_text(
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<url><loc>https://example.org/</loc></url></urlset>",
        encoding="utf-8",
    )
    error, _ = read_with_good(bad, good)
    assert str(error).startswith(f"{bad}: not an RSS or Atom feed")


def test_broken_xml_is_not_a_feed(tmp_path, good):
    bad = tmp_path / "broken.rss"
    bad.write_text("this is <not> xml & never was", encoding="utf-8")
    error, _ = read_with_good(bad, good)
    assert str(error).startswith(f"{bad}: not an RSS or Atom feed")


def test_feed_entry_without_text_is_an_error_and_the_others_are_read(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>No body</title><link>https://x.example/1</link></item>"
        "<item><title>Body</title><description>Norway pledges NOK 1 billion.</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    error, article = list(read_paths([path]))
    assert str(error) == f"{path}#1: entry has no content or summary"
    assert article.source == f"{path}#2"


def test_explicit_file_of_unsupported_type(tmp_path, good):
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: unsupported file type '.png' (supported: .atom, .htm, .html, .jsonl, .rss, .txt, .xml)"


def test_txt_with_only_furniture(tmp_path, good):
    bad = tmp_path / "furniture.txt"
    bad.write_text("Comments\n\nThere are no comments to display\nBack\nTop", encoding="utf-8")
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: no article text (only page furniture)"


def test_txt_with_only_a_title(tmp_path, good):
    bad = tmp_path / "title.txt"
    bad.write_text("A headline and nothing else\n", encoding="utf-8")
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: no article text after the title"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path, good):
    bad = tmp_path / "locked.txt"
    bad.write_text("Title\n\nBody.", encoding="utf-8")
    bad.chmod(0)
    error, _ = read_with_good(bad, good)
    assert str(error) == f"{bad}: permission denied"


def test_bad_published_option_is_refused_at_the_call():
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        read_paths([], published="March 2025")


def test_bad_max_bytes_is_refused_at_the_call():
    with pytest.raises(ConfigError, match="max_bytes"):
        read_paths([], max_bytes=0)
