"""Settings: where the store lives, and whether extraction uses the optional statistical model.

Resolved at call time, never at import (no module-level engine), so tests and
the CLI can point at different databases in one process.
"""

from __future__ import annotations

import os

DEFAULT_DB_URL = "sqlite:///coalition.db"


def database_url(explicit: str | None = None) -> str:
    """The database URL: ``--db`` first, then ``COALITION_DB``, then ``./coalition.db``.

    A bare file path is taken as a SQLite file.
    """
    url = explicit or os.environ.get("COALITION_DB") or DEFAULT_DB_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def statistical_names(explicit: bool | None = None) -> bool:
    """Whether extraction adds the statistical name finder: ``--statistical-names`` first,
    then ``COALITION_STATISTICAL_NAMES`` (1/true/yes), else off."""
    if explicit is not None:
        return explicit
    return os.environ.get("COALITION_STATISTICAL_NAMES", "").strip().lower() in ("1", "true", "yes", "on")


def statistical_stances(explicit: bool | str | None = None) -> bool | str:
    """Whether extraction adds the trained stance classifier, and which: ``"encoder"`` for the
    pretrained reader (``--stance-encoder``, else ``COALITION_STANCE_ENCODER``), True for the bag
    of words (``--statistical-stances``, else ``COALITION_STATISTICAL_STANCES``), else off."""
    if explicit is not None:
        return explicit
    if _on("COALITION_STANCE_ENCODER"):
        return "encoder"
    return _on("COALITION_STATISTICAL_STANCES")


def _on(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")
