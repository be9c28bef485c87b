"""Spaces other than the plain one, as the tokenizer should read them.

spaCy splits words only at a plain space: a non-breaking, thin or narrow space becomes a token of
its own, so "£1.6\u00a0bn", "NOK\u00a05bn" or "€500\u202f000" (the typesetter's spaces inside
amounts) matched no amount pattern, and a thin-spaced dash put a space token beside the dash.
The tokenizer is given a copy of the text with each such space replaced, one character for one,
by a plain space, or by a comma between digit groups ("500\u202f000" reads "500,000"); the
token offsets are those of the original, which the document keeps for evidence.

The modifier-letter apostrophe (U+02BC), which Ukrainian outlets write in English copy too
("Germanyʼs defence minister"), is read the same way as the typographic one, so "ʼs" is a
possessive and not part of the name.
"""

from __future__ import annotations

import re

# no-break, en, em, figure, punctuation, thin, hair and narrow no-break spaces
SPACES = "\u00a0\u2002\u2003\u2007\u2008\u2009\u200a\u202f"
APOSTROPHES = "\u02bc"
_PLAIN = str.maketrans({**{ch: " " for ch in SPACES}, **{ch: "\u2019" for ch in APOSTROPHES}})
# a space between digit groups of three: a thousands separator
_DIGIT_GROUP = re.compile(rf"(?<=\d)[{SPACES}](?=\d{{3}}(?!\d))")


def for_tokenizer(text: str) -> str:
    """``text`` with unusual spaces made plain (or commas between digit groups) and modifier-letter
    apostrophes typographic, same length."""
    if not any(ch in text for ch in SPACES + APOSTROPHES):
        return text
    return _DIGIT_GROUP.sub(",", text).translate(_PLAIN)
