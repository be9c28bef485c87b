"""Every input format, read from real files written into a temporary directory."""

from __future__ import annotations

import json

from coalition.errors import ReadError
from coalition.model import Article
from coalition.read import read_paths

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Denmark to send F-16s to Ukraine | Nordic Ledger</title>
<meta property="og:title" content="Denmark to send F-16s to Ukraine">
<meta property="og:url" content="https://ledger.example/world/denmark-f16">
<meta property="og:site_name" content="Nordic Ledger">
<meta property="article:published_time" content="2023-08-20T14:05:00+02:00">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Denmark to send F-16s to Ukraine</h1>
<p>Denmark will give Ukraine 19 F-16 fighter jets, Prime Minister Mette Frederiksen said on Sunday at the Skrydstrup air base, in a package that officials valued at several billion kroner.</p>
<p>“We hope it can inspire others,” Frederiksen said, standing beside President Volodymyr Zelensky in front of one of the aircraft.</p>
<p>The first six jets are due around the turn of the year, with the remainder in 2024 and 2025, provided Ukrainian pilots complete their training in time.</p>
</article></main>
<aside><h3>Related</h3><ul><li><a href="/a">Norway weighs jets</a></li><li><a href="/b">Dutch pilots train</a></li></ul></aside>
<footer><p>© 2023 Nordic Ledger. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Maple Wire</title><link>https://maple.example/</link><description>News</description>
<item>
  <title>Canada donates armoured vehicles to Ukraine</title>
  <link>https://maple.example/canada-vehicles</link>
  <pubDate>Wed, 18 Jan 2023 16:30:00 -0500</pubDate>
  <description><![CDATA[<p>Canada will donate 200 Senator armoured vehicles to Ukraine, worth about C$90 million.</p><p>“Ukraine needs them now,” Defence Minister Anita Anand said.</p>]]></description>
</item>
<item>
  <title>Norway adds to its Ukraine fund</title>
  <link>https://maple.example/norway-fund</link>
  <description>Norway announced a new NOK 2 billion contribution on Friday.</description>
</item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Times</title>
  <id>urn:uuid:1</id><updated>2024-02-23T09:00:00Z</updated>
  <entry>
    <title>Japan pledges reconstruction aid</title>
    <link href="https://harbour.example/japan-aid"/>
    <id>urn:uuid:2</id>
    <published>2024-02-19T23:30:00+09:00</published>
    <updated>2024-02-20T01:00:00+09:00</updated>
    <content type="html">&lt;p&gt;Japan will provide ¥15.8 billion in new aid, Prime Minister Fumio Kishida said.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def read(*paths, **options) -> list[Article | ReadError]:
    return list(read_paths(paths, **options))


def test_txt_takes_the_title_from_the_first_line_and_keeps_the_body(tmp_path):
    path = tmp_path / "iris.txt"
    path.write_text(
        "Germany pledges more IRIS-T systems\r\n\r\nBERLIN — Germany will send Ukraine four more systems worth €500 million.  \r\n"
        "\r\n\r\n\r\n“We stand by Kyiv,” the minister said.\r\n",
        encoding="utf-8",
    )
    [article] = read(path)
    assert article.source == str(path)
    assert article.title == "Germany pledges more IRIS-T systems"
    assert article.text == (
        "BERLIN — Germany will send Ukraine four more systems worth €500 million.\n\n“We stand by Kyiv,” the minister said."
    )
    assert article.id is None and article.published is None


def test_html_goes_through_trafilatura_with_metadata_and_blank_lines_between_paragraphs(tmp_path):
    path = tmp_path / "f16.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read(path)
    assert article.title == "Denmark to send F-16s to Ukraine"
    assert article.url == "https://ledger.example/world/denmark-f16"
    assert article.outlet == "Nordic Ledger"
    assert article.published == "2023-08-20"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Denmark will give Ukraine 19 F-16 fighter jets")
    assert paragraphs[1] == "“We hope it can inspire others,” Frederiksen said, standing beside President Volodymyr Zelensky in front of one of the aircraft."
    for furniture in ("cookies", "Accept all", "Sport", "Norway weighs jets", "All rights reserved", "Privacy"):
        assert furniture not in article.text


def test_htm_is_html_too(tmp_path):
    path = tmp_path / "page.HTM"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read(path)
    assert article.title == "Denmark to send F-16s to Ukraine"


def test_html_in_a_declared_legacy_charset_is_decoded_by_its_declaration(tmp_path):
    path = tmp_path / "latin.html"
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("“", '"').replace("”", '"').replace("©", "(c)")
    path.write_bytes(page.replace("Skrydstrup", "Skrydstrup café").encode("windows-1252"))
    [article] = read(path)
    assert "Skrydstrup café" in article.text


def test_jsonl_lines_with_text_and_with_html(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        {"id": "pda-57", "title": "US announces drawdown", "text": "The United States will send $400 million in weapons.\r\nIt is the 57th drawdown.",
         "url": "https://wire.example/pda", "published": "2024-05-10", "outlet": "Wire", "desk": "defence"},
        {"html": PAGE, "published": "2023-08-21"},
        {"id": 7, "text": "Japan will provide ¥15.8 billion in aid."},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n", encoding="utf-8")
    first, second, third = read(path)
    assert first.source == f"{path}:1"
    assert (first.id, first.title, first.url, first.published, first.outlet) == (
        "pda-57", "US announces drawdown", "https://wire.example/pda", "2024-05-10", "Wire")  # fmt: skip
    assert first.text == "The United States will send $400 million in weapons.\nIt is the 57th drawdown."
    assert first.extra == {"desk": "defence"}
    assert second.source == f"{path}:2"
    assert second.id is None
    assert second.title == "Denmark to send F-16s to Ukraine"  # from the page, since the line has none
    assert second.published == "2023-08-21"  # the line wins over the page's own date
    assert second.text.startswith("Denmark will give Ukraine 19 F-16 fighter jets")
    assert (third.source, third.id) == (f"{path}:3", "7")


def test_rss_one_article_per_entry(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_text(RSS, encoding="utf-8")
    first, second = read(path)
    assert first.source == f"{path}#1" and second.source == f"{path}#2"
    assert first.title == "Canada donates armoured vehicles to Ukraine"
    assert first.url == "https://maple.example/canada-vehicles"
    assert first.outlet == "Maple Wire"
    # The date the publisher wrote (its own offset), not the UTC one.
    assert first.published == "2023-01-18"
    assert first.text == (
        "Canada will donate 200 Senator armoured vehicles to Ukraine, worth about C$90 million.\n\n"
        "“Ukraine needs them now,” Defence Minister Anita Anand said."
    )
    assert second.text == "Norway announced a new NOK 2 billion contribution on Friday."
    assert second.published is None


def test_atom_feed(tmp_path):
    path = tmp_path / "harbour.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = read(path)
    assert article.source == f"{path}#1"
    assert article.title == "Japan pledges reconstruction aid"
    assert article.url == "https://harbour.example/japan-aid"
    assert article.published == "2024-02-19"
    assert article.text == "Japan will provide ¥15.8 billion in new aid, Prime Minister Fumio Kishida said."


def test_rss_extension_is_a_feed(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    assert [article.title for article in read(path)] == [
        "Canada donates armoured vehicles to Ukraine",
        "Norway adds to its Ukraine fund",
    ]


def test_directory_is_walked_recursively_in_path_order_skipping_unknown_files(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deep" / "z.txt").write_text("Deep headline\n\nDeep body.", encoding="utf-8")
    (tmp_path / "b" / "one.txt").write_text("B headline\n\nB body.", encoding="utf-8")
    (tmp_path / "a" / "feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "a" / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden\n\nNever read.", encoding="utf-8")
    (tmp_path / "top.jsonl").write_text('{"text": "Top-level line."}\n', encoding="utf-8")
    sources = [item.source for item in read(tmp_path)]
    assert sources == [
        f"{tmp_path / 'a' / 'feed.xml'}#1",
        f"{tmp_path / 'a' / 'feed.xml'}#2",
        str(tmp_path / "b" / "deep" / "z.txt"),
        str(tmp_path / "b" / "one.txt"),
        f"{tmp_path / 'top.jsonl'}:1",
    ]


def test_inputs_come_out_in_the_order_given(tmp_path):
    (tmp_path / "z.txt").write_text("Z title\n\nZ body.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A title\n\nA body.", encoding="utf-8")
    assert [item.title for item in read(tmp_path / "z.txt", tmp_path / "a.txt")] == ["Z title", "A title"]


def test_published_fills_only_articles_without_a_date(tmp_path):
    (tmp_path / "plain.txt").write_text("Headline\n\nBody text.", encoding="utf-8")
    (tmp_path / "dated.jsonl").write_text(
        '{"text": "Dated.", "published": "2024-01-02"}\n{"text": "Undated."}\n', encoding="utf-8"
    )
    (tmp_path / "wire.xml").write_text(RSS, encoding="utf-8")
    dates = {item.source.rsplit("/", 1)[-1]: item.published for item in read(tmp_path, published="2025-03-02")}
    assert dates == {
        "dated.jsonl:1": "2024-01-02",
        "dated.jsonl:2": "2025-03-02",
        "plain.txt": "2025-03-02",
        "wire.xml#1": "2023-01-18",
        "wire.xml#2": "2025-03-02",
    }


def test_a_single_path_string_is_one_input(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Title\n\nBody.", encoding="utf-8")
    [article] = read_paths(str(path))
    assert article.text == "Body."
