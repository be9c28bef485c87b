"""Plain text: page furniture out, every other character as written."""

from __future__ import annotations

from coalition.read import read_paths
from coalition.read.text import article_from_text, is_furniture, normalise

SEED_FURNITURE = ("International News", "Key points", "AI Image", "Comments", "There are no comments to display")


def test_seed_article(seed_path):
    [article] = read_paths([seed_path])
    assert article.source == str(seed_path)
    assert article.title == "UK and France Lead ‘Coalition of the Willing’ to Support Ukraine"
    lines = article.text.split("\n")
    for furniture in SEED_FURNITURE:
        assert furniture not in article.text
    for furniture in ("Back", "Top"):
        assert furniture not in lines
    assert "  • £1.6 billion missile deal for Ukraine announced Sunday." in lines
    assert '"This would amount to the direct, official, and unveiled involvement of NATO members in the war against Russia."' in lines
    assert "“open”" in article.text
    assert "If there is a deal – and we don’t know there will be – we must ensure" in article.text
    assert "\n\n\n" not in article.text
    assert article.text.startswith("UK and France Lead ‘Coalition of the Willing’ to Support Ukraine\nA group of around 20 countries")
    assert article.text.endswith("could determine the war’s trajectory in the months ahead.")


def test_seed_text_keeps_each_kept_line_exactly(seed_path):
    """Every line of the text is a line of the file, less trailing spaces: offsets can be trusted."""
    [article] = read_paths([seed_path])
    original = {line.rstrip() for line in seed_path.read_text(encoding="utf-8").splitlines()}
    assert all(line in original for line in article.text.split("\n"))


def test_furniture_matches_whole_lines_only_whatever_the_case_and_bullets():
    assert is_furniture("  • AI Image")
    assert is_furniture("SHARE THIS ARTICLE")
    assert is_furniture("- Read more  ")
    assert is_furniture("* Advertisement")
    assert is_furniture("· Skip to content")
    assert not is_furniture("Share prices fell after the announcement.")
    assert not is_furniture("Top officials met in London.")
    assert not is_furniture("")


def test_section_label_before_the_headline_is_stripped_from_the_title_only():
    article = article_from_text("World News · Allies pledge more shells\n\nThe body.", "x.txt")
    assert article.title == "Allies pledge more shells"
    article = article_from_text("Politics\u00a0Starmer hosts leaders\n\nThe body.", "x.txt")
    assert article.title == "Starmer hosts leaders"


def test_a_label_alone_on_the_first_line_is_skipped():
    article = article_from_text("Breaking News\n\nNorway doubles its Ukraine fund\n\nOslo said on Friday.", "x.txt")
    assert article.title == "Norway doubles its Ukraine fund"
    assert article.text == "Oslo said on Friday."


def test_a_headline_that_starts_with_a_label_word_is_left_alone():
    for headline in ("Europe Pledges More Aid", "Europe: leaders meet in London", "Politics of aid"):
        assert article_from_text(f"{headline}\n\nBody.", "x.txt").title == headline


def test_a_long_first_line_is_a_paragraph_not_a_title():
    paragraph = "KYIV — " + "Ukraine received another air-defence system on Tuesday, officials said. " * 4
    article = article_from_text(paragraph + "\n\nSecond paragraph.", "x.txt")
    assert article.title is None
    assert article.text.startswith("KYIV — Ukraine received")


def test_furniture_before_the_headline_is_not_the_title():
    article = article_from_text("Skip to content\nMenu\n\nJapan pledges yen loans\n\nTokyo said.", "x.txt")
    assert article.title == "Japan pledges yen loans"
    assert article.text == "Tokyo said."


def test_normalise_touches_only_line_ends_trailing_space_and_blank_runs():
    assert normalise("\n\n  • a “b” — c  \r\n\r\n\r\n\r\nd\re\t\n\n") == "  • a “b” — c\n\nd\ne"


def test_a_date_line_under_the_title_gives_published_and_leaves_the_text():
    article = article_from_text(
        "Leaders back a coalition\nSun 2 Mar 2025 18.40 GMT\nUpdated 3 Mar 2025 09.00 GMT\n\nLondon hosted 18 leaders.", "x.txt"
    )
    assert article.published == "2025-03-02"
    assert article.text == "London hosted 18 leaders."


def test_a_sentence_with_a_date_is_text_not_a_date_line():
    article = article_from_text("Headline\n\nOn 2 March 2025 leaders met in London.", "x.txt")
    assert article.published is None
    assert article.text == "On 2 March 2025 leaders met in London."


def test_the_file_date_wins_over_the_published_option(tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("Headline\nNovember 21, 2023 4:12 PM GMT\n\nBody.", encoding="utf-8")
    [article] = read_paths([path], published="2025-01-01")
    assert article.published == "2023-11-21"
