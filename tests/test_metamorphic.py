"""The metamorphic benchmark (``benchmarks/metamorphic.py``): its transformations on real dev-set
articles do what they say (an amount rewritten keeps its value, a swapped country leaves no form
behind, quotes stay quotes), and a small run's counts add up."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_script

from coalition.extract.pipeline import load_pipeline
from coalition.extract.quotes import find_quotes

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "tests" / "data" / "devset" / "articles"


@pytest.fixture(scope="module")
def meta():
    return load_script("metamorphic")


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(False, False)


def _article(prefix: str) -> str:
    [path] = ARTICLES.glob(prefix + "-*.txt")
    return path.read_text(encoding="utf-8")


def _amounts(meta, nlp, text: str) -> Counter:
    doc = meta.annotated(nlp, text)
    values = doc.user_data["money"]
    return Counter((values[(s.start, s.end)].amount, values[(s.start, s.end)].currency) for s in doc.spans["money"])


def test_currency_rewrite_keeps_every_amount_and_currency(meta, nlp):
    text = _article("008")  # pounds and dollars, symbols and words
    variant = meta.rewrites.rewrite_currency(text, meta.annotated(nlp, text))
    assert len(variant.edits) >= 4
    assert all(text[e.start:e.end] != e.new for e in variant.edits)
    assert _amounts(meta, nlp, variant.text) == _amounts(meta, nlp, text)


def test_currency_formats_cover_the_ways_outlets_write_an_amount(meta):
    assert meta.rewrites.render_amount(1.6e9, "GBP", 0)[:3] == ["£1.6bn", "1.6 billion pounds", "GBP 1.6 billion"]
    assert "US$500m" in meta.rewrites.render_amount(5e8, "USD", 0)
    assert "2 billion euros" in meta.rewrites.render_amount(2e9, "EUR", 0)
    assert "5bn kroner" in meta.rewrites.render_amount(5e9, "NOK_OR_DKK", 0)


@pytest.mark.parametrize("prefix, old, new", [("024", "NOR", "DNK"), ("064", "AUS", "CAN")])
def test_country_swap_leaves_no_form_of_the_old_country(meta, nlp, prefix, old, new):
    text = _article(prefix)
    doc = meta.annotated(nlp, text)
    variant = meta.rewrites.swap_country(text, doc, meta._facts(nlp, text, "x", None))
    assert variant.codes == {old: new}
    swapped = meta.annotated(nlp, variant.text)
    codes = {e.ent_id_ for e in swapped.ents if e.label_ == "COUNTRY"}
    assert old not in codes and new in codes
    forms = [f for fs in meta.rewrites.country_forms(old).values() for f in fs]
    assert meta.rewrites._pattern(forms).search(variant.text) is None


def test_country_swap_maps_the_facts_codes(meta, nlp):
    text = _article("024")
    original = meta._facts(nlp, text, "x", None)
    variant = meta.rewrites.swap_country(text, meta.annotated(nlp, text), original)
    donors = [meta.fact_key(f, variant, text)[1] for f in original if f["kind"] == "commitment"]
    assert "DNK" in donors and "NOR" not in donors


def test_country_swap_skips_an_article_naming_the_countrys_people(meta, nlp):
    text = "Aid\n\nNorway will give Ukraine NOK 5 billion, Prime Minister Jonas Gahr Støre said on Monday."
    found = meta.rewrites.swap_country(text, meta.annotated(nlp, text), [])
    assert isinstance(found, meta.Skip) and "Støre" in found.reason


def test_quote_marks_swap_keeps_every_quote(meta, nlp):
    text = _article("024")
    variant = meta.rewrites.swap_quote_marks(text, meta.annotated(nlp, text))
    assert '"' not in variant.text and "“" in variant.text
    before = [(q.start, q.end) for q in find_quotes(text)]
    assert [(q.start, q.end) for q in find_quotes(variant.text)] == before


def test_single_quotes_keep_every_quote(meta, nlp):
    text = _article("024")
    variant = meta.rewrites.single_quote_marks(text, meta.annotated(nlp, text))
    assert variant.edits
    assert [(q.start, q.end) for q in find_quotes(variant.text)] == [(q.start, q.end) for q in find_quotes(text)]


def test_spaces_and_dashes_change_only_spaces_and_dashes(meta, nlp):
    text = _article("008")
    doc = meta.annotated(nlp, text)
    for function, allowed in ((meta.rewrites.vary_spaces, "\u00a0\u202f\u2009– "), (meta.rewrites.vary_dashes, "–— ")):
        variant = function(text, doc)
        assert variant.edits
        assert all(set(e.new) <= set(allowed) for e in variant.edits)
    assert "\u00a0" in meta.rewrites.vary_spaces(text, doc).text


def test_a_small_run_adds_up(meta, capsys):
    assert meta.main(["--articles", "001-006", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 6
    assert set(figures["transformations"]) == set(meta.TRANSFORMATIONS)
    for t in figures["transformations"].values():
        assert t["facts_preserved"] + t["facts_lost"] == t["facts_compared"]
        assert len(t["broken"]) == t["facts_lost"] + t["facts_gained"]
        assert len(t["skips"]) == t["articles_skipped"]
        assert 0 <= t["articles_changed"] <= 6
    assert figures["transformations"]["quotes"]["articles_changed"] > 0


def test_help_has_examples(meta, capsys):
    with pytest.raises(SystemExit):
        meta.main(["--help"])
    assert re.search(r"examples:\n\s+python benchmarks/metamorphic.py", capsys.readouterr().out)
