"""spaCy is loaded with torch hidden (coalition/extract/__init__.py): with the optional encoder
extra installed, extraction without the encoder must not pay for importing torch, and the encoder
must still import it when asked. Run in a fresh interpreter: this one may have torch already."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(importlib.util.find_spec("torch") is None,
                                reason="torch is not installed: nothing to hide")

SCRIPT = """
import sys
from coalition.extract import extract
from coalition.extract.pipeline import load_pipeline
from coalition.model import Article
result = extract(Article(text="Headline\\n\\nPoland has ruled out sending troops to Ukraine.\\n", source="t"),
                 nlp=load_pipeline(False, False))
print("facts", len(result.facts), "torch", "torch" in sys.modules)
import torch
print("imported", torch.tensor([1.0]).shape[0])
"""


def test_extraction_does_not_import_torch_and_torch_still_imports_after():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = out.stdout.split("\n")
    assert lines[0].startswith("facts ") and lines[0].endswith("torch False") and lines[0] != "facts 0 torch False"
    assert lines[1] == "imported 1"
