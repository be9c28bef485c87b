"""Unforeseen failures as one-line reasons, so that they can travel in a ReadError."""

from __future__ import annotations


def unexpected(error: BaseException) -> str:
    """``could not be read (ValueError: ...)`` on one line."""
    detail = " ".join(str(error).split()) or "no detail"
    return f"could not be read ({type(error).__name__}: {detail})"
