"""Quoted spans in an article's text: the quotation marks that open and close a quote (double,
guillemets, and single marks that share their characters with the apostrophe), paragraph by
paragraph, with a quote left open continued in the next paragraph.

Separate from the statement finder because it reads only the text, not the annotated document,
and speaker resolution needs its ``Quote`` too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "'": "'"}
# Single marks ('…' and ‘…’, the British and press-release style) share their characters with the
# apostrophe (Kyiv’s, don’t, the allies’ aid, '90s): they open only before a letter at a word's
# start and close only after a word or a punctuation mark, not inside a word nor as a plural possessive.
SINGLE_MARKS = {"‘", "'", "’"}
# Every character that can open or close a quote.
_MARKS = re.compile("[" + re.escape("".join(sorted(set(OPENERS) | set(OPENERS.values())))) + "]")


@dataclass
class Quote:
    start: int  # offset of the first character inside the marks
    end: int  # offset just after the last character inside the marks
    open_mark: int
    close_mark: int
    continues: bool = False  # a paragraph that continues an open quote from the paragraph before


def find_quotes(text: str) -> list[Quote]:
    """Quoted spans, paragraph by paragraph; a quote left open at a paragraph's end continues
    in the next paragraph when that one opens with a quotation mark (the newspaper convention)."""
    quotes: list[Quote] = []
    carry = False
    pos = 0
    marks = _MARKS.finditer
    for para in text.split("\n"):
        para_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        opened_at = None
        closer = None
        first_in_para = True
        # only quotation marks can open or close a quote: visit those, not every character
        at = [found.start() for found in marks(para)]
        possessive = None  # a single mark after "s" passed over as a plural possessive ("the allies’ aid")
        k = 0
        while k < len(at):
            i = at[k]
            ch = para[i]
            k += 1
            if opened_at is None and ch in OPENERS and _opens(para, i):
                opened_at, closer, possessive = i, OPENERS[ch], None
            elif possessive is not None and ch in ("'", "‘") and _opens(para, i):
                # "the 'root causes' of the war … Lavrov said: 'We will …'": a single mark opening
                # another quote, so the mark after "s" closed the one before
                j = at[possessive]
                quotes.append(Quote(para_start + opened_at + 1, para_start + j, para_start + opened_at, para_start + j,
                                    continues=carry and first_in_para))
                opened_at, closer, possessive = i, OPENERS[ch], None
                first_in_para = False
                carry = False
            elif opened_at is not None and ch == closer and _closes(para, i):
                quotes.append(Quote(para_start + opened_at + 1, para_start + i, para_start + opened_at, para_start + i,
                                    continues=carry and first_in_para))
                opened_at = None
                first_in_para = False
                carry = False
            elif opened_at is not None and ch == closer and possessive is None and _plural_possessive(para, i):
                possessive = k - 1
            if k == len(at) and possessive is not None and opened_at is not None and para[:opened_at].strip():
                # "what he called the 'root causes' of the war": no later mark closes the quote, which
                # opened inside the paragraph (a quote running on to the next one opens it), so the mark
                # after "s" did
                i = at[possessive]
                quotes.append(Quote(para_start + opened_at + 1, para_start + i, para_start + opened_at, para_start + i,
                                    continues=carry and first_in_para))
                opened_at, possessive, k = None, None, possessive + 1
                first_in_para = False
                carry = False
        if opened_at is not None:
            end = para_start + len(para.rstrip())
            quotes.append(Quote(para_start + opened_at + 1, end, para_start + opened_at, end,
                                continues=carry and first_in_para))
            carry = True
        elif first_in_para:
            carry = False
    return quotes


def _opens(para: str, i: int) -> bool:
    # A straight quote opens at the start or after a space or opening bracket.
    ch = para[i]
    if ch not in ('"', "'", "‘"):
        return True
    if not (i == 0 or para[i - 1] in " \t(\u00a0[—–-:"):
        return False
    if ch == '"':
        return True
    # a single mark opens a quote only before a word ("'We will…'"), not "'90s" or a lone mark
    return i + 1 < len(para) and para[i + 1].isalpha()


def _closes(para: str, i: int) -> bool:
    ch = para[i]
    if ch not in SINGLE_MARKS and ch != '"':
        return True
    after_ok = i + 1 == len(para) or not para[i + 1].isalnum()
    if ch == '"' or not after_ok:
        return after_ok
    before = para[i - 1] if i else " "
    if before.isspace():
        return False
    if before in ",.!?;:…—–-)":
        return True  # ",' he said", ".'"
    # "the allies’ support": a plural possessive, not the end of a quote
    return not _plural_possessive(para, i)


def _plural_possessive(para: str, i: int) -> bool:
    """A single mark after "s" and before a word: "the allies’ support" (or a quote's end: "'nuances' to")."""
    return i > 0 and para[i - 1] in "sS" and i + 2 < len(para) and para[i + 1] == " " and para[i + 2].isalpha()
