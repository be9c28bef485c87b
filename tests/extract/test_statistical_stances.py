"""The optional trained stance classifier (extract/statistical_stances.py), with the model shipped
in extract/data/stance_model (benchmarks/train_stances.py, trained on the whole dev set and the
training set)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.config import statistical_stances
from coalition.errors import ConfigError
from coalition.extract import extract, statistical_stances as module
from coalition.extract.pipeline import _cached_pipeline, load_pipeline
from coalition.model import Article

WAR = "Russia's war in Ukraine went on. Kyiv asked its partners for more help.\n\n"
# A position the rules read: the classifier reads only articles where the rules found something.
TOPIC = "Poland has ruled out sending troops to Ukraine.\n\n"
# A wording with no stance cue the rules know: the classifier reads it.
NO_REASON = "Slovakia's prime minister said his government saw no reason to be part of the arrangement."
NO_MONEY = "Hungary is among the allies that have not committed any money to the scheme."


def _positions(text: str, stances: bool, topic: bool = True) -> set[tuple[str, str, float]]:
    article = "Headline\n\n" + WAR + (TOPIC if topic else "") + text + "\n"
    result = extract(Article(text=article, source="test"), nlp=load_pipeline(False, stances))
    out = set()
    for f in result.facts:
        if f.kind == "stance":
            out.add((f.actor, f.stance, f.confidence))
        elif f.kind == "participation":
            out.add((f.actor, f.status, f.confidence))
    return out


def test_the_classifier_adds_a_stance_the_rules_miss():
    assert not any(a == "SVK" for a, _, _ in _positions(NO_REASON, False))
    assert ("SVK", "oppose", module.CONFIDENCE) in _positions(NO_REASON, True)


def test_its_stance_has_the_sentence_as_evidence():
    text = "Headline\n\n" + WAR + TOPIC + NO_REASON + "\n"
    result = extract(Article(text=text, source="test"), nlp=load_pipeline(False, True))
    (fact,) = [f for f in result.facts if f.kind == "stance" and f.actor == "SVK"]
    assert fact.evidence.text == NO_REASON
    assert text[fact.evidence.start : fact.evidence.end] == NO_REASON
    assert fact.target  # a target of the vocabulary, or "unspecified"


def test_no_stance_from_a_sentence_about_something_else():
    text = "Manchester United signed a Portuguese striker on Tuesday, and Germany's league resumed."
    assert _positions(text, True, topic=False) == _positions(text, False, topic=False) == set()


def test_no_stance_in_an_article_where_the_rules_found_nothing():
    # The gate: the rules read no position in these two paragraphs, so the classifier reads none either
    assert _positions(NO_MONEY, False, topic=False) == set()
    assert _positions(NO_MONEY, True, topic=False) == set()
    assert _positions(NO_REASON, True, topic=False) == set()


def test_the_rules_positions_are_kept_and_not_doubled():
    text = "Spain stands ready to contribute to the reassurance force once a ceasefire holds."
    rules = _positions(text, False)
    assert ("ESP", "committed", 0.7) in rules  # a firm offer after a ceasefire (ADJUDICATION.md decision 36)
    with_classifier = _positions(text, True)
    assert rules <= with_classifier
    assert {p for p in with_classifier if p[0] == "ESP"} == {p for p in rules if p[0] == "ESP"}


def test_the_model_is_small_and_has_the_stance_classes():
    size = sum(p.stat().st_size for p in module.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 5_000_000
    model = module.load_model()
    assert tuple(model.get_pipe("textcat").labels) == module.LABELS


def test_candidates_mark_the_actor_and_the_others():
    from coalition.extract.context import ArticleContext

    nlp = load_pipeline(False, False)
    doc = nlp("Headline\n\nPoland and the United States backed the plan, but Hungary refused.\n")
    rows = {actor: words for _, actor, words in module.candidates(ArticleContext(doc))}
    assert rows["HUN"] == ["_other_", "and", "the", "_other_", "backed", "the", "plan", ",", "but", "_actor_",
                           "refused", "."]
    assert rows["POL"][0] == "_actor_" and rows["USA"].count("_actor_") == 1


def test_the_setting(monkeypatch):
    monkeypatch.delenv("COALITION_STATISTICAL_STANCES", raising=False)
    monkeypatch.delenv("COALITION_STANCE_ENCODER", raising=False)
    assert statistical_stances() is False
    monkeypatch.setenv("COALITION_STATISTICAL_STANCES", "1")
    assert statistical_stances() is True
    assert statistical_stances(False) is False
    assert [name for name, _ in load_pipeline(False).pipeline][-1] == "coalition_statistical_stances"


def test_without_a_model_the_option_fails_in_one_line(monkeypatch, tmp_path):
    monkeypatch.setenv("COALITION_STANCE_MODEL", str(tmp_path / "none"))
    _cached_pipeline.cache_clear()
    try:
        with pytest.raises(ConfigError, match="no model"):
            load_pipeline(False, True)
    finally:
        _cached_pipeline.cache_clear()


def test_the_cli_flag(tmp_path, monkeypatch):
    monkeypatch.delenv("COALITION_STATISTICAL_STANCES", raising=False)
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\n" + WAR + TOPIC + NO_REASON + "\n", encoding="utf-8")
    runner = CliRunner()
    on = runner.invoke(cli, ["extract", str(article), "--statistical-stances"])
    off = runner.invoke(cli, ["extract", str(article)])
    assert on.exit_code == 0 and off.exit_code == 0, on.output + off.output
    held = lambda out: {(f["actor"], f["stance"]) for f in json.loads(out)["facts"] if f["kind"] == "stance"}
    assert ("SVK", "oppose") in held(on.output)
    assert ("SVK", "oppose") not in held(off.output)
