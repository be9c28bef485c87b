"""Aid items named by where they came from: "UK-supplied Storm Shadow missiles were fired at
Kursk", "Ukraine may fire French-supplied SCALP missiles into Russia". The hyphenated participle
is a modifier that identifies the weapons by their origin; the sentence tells what is done with
them, not a gift. Read as a verb, "supplied" made a delivery of its own, with the prefix (or the
sentence before) as donor. The participle is taken out of the window that gives the items their
stage, so only a real verb ("Britain has supplied …", "… UK-supplied missiles arrived") gives one.

The prefix must be a name or demonym (written with a capital letter): "newly-delivered",
"well-supplied" are not origins. Words are in ``data/origin_modifiers.json``.
"""

from __future__ import annotations

from functools import lru_cache

from coalition.extract.context import tokens, vocab


@lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    return frozenset(vocab("origin_modifiers")["participles"])


def without_origin_participles(doc, start: int, end: int, window: str) -> str:
    """``window`` (the lower-case text of tokens [start, end)) without the participle of each
    "<Name>-<participle>" compound in it ("uk - supplied" becomes "uk")."""
    if " - " not in window:
        return window  # the cheap test first: no hyphen, no compound
    table = tokens(doc)
    participles = _participles()
    for j in range(max(start + 2, 2), end):
        if (table.lower[j] in participles and table.text[j - 1] == "-" and not doc[j - 2].whitespace_
                and not doc[j - 1].whitespace_ and table.text[j - 2][:1].isupper()):
            window = window.replace(f" {table.lower[j - 2]} - {table.lower[j]} ", f" {table.lower[j - 2]} ")
    return window
