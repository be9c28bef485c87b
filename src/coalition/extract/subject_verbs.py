"""Verbs of saying that show the actor before them is the subject of its clause: "after the
Netherlands confirmed that it would supply F-16s", "when Norway told allies it would pay". Like
"said", they open a clause whose actor speaks for itself; the donor finders read an actor after
"after" or "when" as a giver only when such a verb follows it (not "after Russia's invasion")."""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import vocab


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(vocab("commitments")["subject_speech_verbs"])
