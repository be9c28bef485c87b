"""The optional statistical name finder (issue 3, item 4), with spaCy's real small model.

It ships in the ``statistical`` extra, which the ``test`` extra installs too; the tests
that need the model skip when it is absent.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.config import statistical_names
from coalition.extract import statistical
from coalition.extract.pipeline import load_pipeline
from coalition.store import Store

needs_model = pytest.mark.skipif(not statistical.available(), reason="en_core_web_sm is not installed")

# No title before the name and no speech verb beside it: the rules leave it alone.
PLAIN_NAME = "Headline\n\nThe plant is run by Jana Novotná, a former army engineer.\n"


def _ents(nlp, text):
    doc = nlp(text)
    return {(e.text, e.label_) for e in doc.ents}


@needs_model
def test_the_model_adds_a_name_the_rules_miss():
    assert ("Jana Novotná", "PERSON") not in _ents(load_pipeline(False), PLAIN_NAME)
    assert ("Jana Novotná", "PERSON") in _ents(load_pipeline(True), PLAIN_NAME)


@needs_model
def test_the_rules_entities_are_kept():
    text = "Headline\n\nDefence Minister Pål Jonson said Sweden would send Archer guns to Ukraine.\n"
    rules = _ents(load_pipeline(False), text)
    assert rules <= _ents(load_pipeline(True), text)
    assert ("Sweden", "COUNTRY") in rules


def test_the_setting(monkeypatch):
    monkeypatch.delenv("COALITION_STATISTICAL_NAMES", raising=False)
    assert statistical_names() is False
    monkeypatch.setenv("COALITION_STATISTICAL_NAMES", "yes")
    assert statistical_names() is True
    assert statistical_names(False) is False


def test_without_the_model_the_option_fails_in_one_line_and_stores_nothing(monkeypatch, tmp_path):
    monkeypatch.setattr(statistical, "MODELS", ("no_such_model_installed",))
    statistical.load_model.cache_clear()
    from coalition.extract import pipeline

    pipeline._cached_pipeline.cache_clear()
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nSweden will send SEK 1.2 billion in military aid to Ukraine.\n")
    db = tmp_path / "t.db"
    try:
        result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(db), "--statistical-names"])
        assert result.exit_code == 1
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and "statistical names" in lines[0] and "pip install" in lines[0]
        with Store.open(f"sqlite:///{db}") as store:
            assert store.count_documents() == 0
        result = CliRunner().invoke(cli, ["extract", str(article), "--statistical-names"])
        assert result.exit_code == 1 and "statistical names" in result.output
    finally:
        statistical.load_model.cache_clear()
        pipeline._cached_pipeline.cache_clear()
