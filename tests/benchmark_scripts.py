"""Load a script of benchmarks/ as a module, for the tests of the benchmark scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def load_script(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as the module ``coalition_benchmarks_<name>``, run afresh.

    benchmarks/ is a folder of scripts, not a package, so a script is loaded by its path; it is
    registered in ``sys.modules`` because dataclasses look their module up by name.
    """
    spec = importlib.util.spec_from_file_location(f"coalition_benchmarks_{name}", BENCHMARKS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
