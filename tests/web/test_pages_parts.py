"""The pages' building blocks without a server: evidence highlighting, SVG charts, CSV cells."""

from __future__ import annotations

from html.parser import HTMLParser

from coalition.web.pages.charts import bar_chart, money, timeline
from coalition.web.pages.downloads import _cell
from coalition.web.pages.highlight import Span, highlight


class _Balanced(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.ok = True
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]

    def handle_endtag(self, tag):
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def test_overlapping_spans_nest_and_each_fact_gets_one_anchor():
    text = "Britain pledged <aid>. France agreed.\nRussia said no."
    spans = [Span(1, 0, 22, "commitment"), Span(2, 8, 37, "stance"), Span(3, 38, 53, "statement", "rejected"),
             Span(2, 38, 44, "stance")]
    html = str(highlight(text, spans))
    parser = _Balanced()
    parser.feed(html)
    assert parser.ok and not parser.stack
    assert sorted(i for i in parser.ids) == ["fact-1", "fact-2", "fact-3"]
    assert "&lt;aid&gt;" in html and "<aid>" not in html
    assert html.count("<p>") == 2
    assert 'class="ev ev-statement review-rejected"' in html


def test_unmarked_text_is_kept_whole():
    assert str(highlight("one\n\ntwo", [])) == "<p>one</p><p>two</p>"


def test_bar_chart_escapes_labels_and_scales_bars():
    svg = str(bar_chart([("<b>", 200.0), ("B", 100.0)], title="T"))
    assert "&lt;b&gt;" in svg and "<b>" not in svg
    widths = [float(w) for w in __import__("re").findall(r'<rect [^>]*width="([\d.]+)"', svg)]
    assert widths[0] == 2 * widths[1]
    assert "no data" in str(bar_chart([], title="empty"))


def test_timeline_leaves_out_undated_and_impossible_dates():
    svg = str(timeline(
        [{"date": "2025-03-02", "lane": "stance", "label": "oppose"}, {"date": None, "lane": "stance"},
         {"date": "2025-02-30", "lane": "stance"}],
        title="t", lanes=["stance"],
    ))
    assert svg.count("<circle") == 1


def test_money_and_csv_cells():
    assert money(1.6e9) == "€1.6bn" and money(None) == "—"
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell(-5) == "-5" and _cell(["a"]) == '["a"]'
