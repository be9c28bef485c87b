"""Token patterns matched over the word columns, for the money finder.

spaCy's ``Matcher`` tests its ``IN`` and ``REGEX`` conditions by calling a Python object per
token and condition, and builds a Token for every word it looks at: on the few short windows
around currency words that the money finder reads, that cost most of the component. The
money patterns use only a handful of condition kinds, which a few lines of Python test on
the plain lists of :class:`coalition.extract.words.Words`.

:meth:`PatternMatcher.compile` accepts the same pattern dicts as ``Matcher.add`` and returns
None for any pattern it does not support, so that the caller keeps spaCy's ``Matcher``
(a pattern added later with, say, ``"OP": "+"`` or ``"POS"`` is matched as before).
"""

from __future__ import annotations

import re
from typing import Callable

from coalition.extract.words import Words

# attribute -> the Words column it reads ("TEXT" is spaCy's other name for ORTH)
_COLUMNS = {"ORTH": "text", "TEXT": "text", "LOWER": "lower", "LIKE_NUM": "like_num"}

# A condition, tested on every token of a window at once ((words, lo, hi) -> one bool per token)
# for where a pattern starts, and on one token ((words, i) -> bool) after that.
Row = Callable[[Words, int, int], list]
Point = Callable[[Words, int], bool]


def _condition(attr: str, value) -> tuple[Row, Point] | None:
    column = _COLUMNS.get(attr)
    if column is None:
        return None
    if attr == "LIKE_NUM":
        if not isinstance(value, bool):
            return None
        if value:
            return (lambda words, lo, hi: words.like_num[lo:hi]), (lambda words, i: words.like_num[i])
        return (lambda words, lo, hi: [not v for v in words.like_num[lo:hi]]), (lambda words, i: not words.like_num[i])
    if isinstance(value, str):
        return ((lambda words, lo, hi: [v == value for v in getattr(words, column)[lo:hi]]),
                (lambda words, i: getattr(words, column)[i] == value))
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            allowed = frozenset(arg)
            return ((lambda words, lo, hi: [v in allowed for v in getattr(words, column)[lo:hi]]),
                    (lambda words, i: getattr(words, column)[i] in allowed))
        if op == "REGEX" and isinstance(arg, str):
            # as spaCy tests it: ``re.search`` on the token's string
            search = re.compile(arg).search
            return ((lambda words, lo, hi: [search(v) is not None for v in getattr(words, column)[lo:hi]]),
                    (lambda words, i: search(getattr(words, column)[i]) is not None))
    return None


def _element(spec: dict) -> tuple[tuple, Row, Point, bool] | None:
    """One token's conditions, all of which must hold: a key naming them, their row and point
    tests, and whether the token may be left out."""
    optional = False
    conditions = []
    for attr, value in spec.items():
        if attr == "OP":
            if value != "?":
                return None
            optional = True
            continue
        tests = _condition(attr, value)
        if tests is None:
            return None
        conditions.append((repr((attr, value)), *tests))
    if not conditions:
        return None  # ``{}`` (any token) is not needed by the money patterns
    conditions.sort(key=lambda c: c[0])
    name = tuple(c[0] for c in conditions)
    if len(conditions) == 1:
        return name, conditions[0][1], conditions[0][2], optional
    rows = [c[1] for c in conditions]
    points = [c[2] for c in conditions]

    def every_row(words, lo, hi):
        return [all(column) for column in zip(*(r(words, lo, hi) for r in rows))]

    def every_point(words, i):
        return all(p(words, i) for p in points)

    return name, every_row, every_point, optional


class PatternMatcher:
    """spaCy's ``Matcher`` with ``greedy="LONGEST"`` for every key: every token sequence that one
    of a key's patterns matches, then, per key, the longest that do not overlap (the earlier
    start first among equally long ones)."""

    def __init__(self, rows: list[Row], keys: list[list[tuple[int, list[tuple[Point, bool]]]]]):
        self.rows = rows  # the row test of each distinct first condition
        # per key, its patterns: (first condition's index, optional) and every element as
        # (point test, optional)
        self.keys = keys

    @classmethod
    def compile(cls, patterns: dict[str, list[list[dict]]]) -> "PatternMatcher | None":
        index: dict[tuple, int] = {}
        rows: list[Row] = []
        keys = []
        for key_patterns in patterns.values():
            compiled = []
            for pattern in key_patterns:
                elements = [_element(spec) for spec in pattern]
                if not elements or any(e is None for e in elements):
                    return None
                name, row, _, optional = elements[0]
                if name not in index:
                    index[name] = len(rows)
                    rows.append(row)
                compiled.append(((index[name], optional), [(point, opt) for _, _, point, opt in elements]))
            keys.append(compiled)
        return cls(rows, keys)

    def __call__(self, words: Words, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of each match in tokens [lo, hi), key after key, as the ``Matcher`` run on
        ``doc[lo:hi]`` keeps them (offsets into the document)."""
        # where each first condition holds, tested once per token of the window
        firsts: dict[int, list[int]] = {}
        out: list[tuple[int, int]] = []
        for key_patterns in self.keys:
            found: set[tuple[int, int]] = set()
            for (first, first_optional), elements in key_patterns:
                if first_optional:
                    starts = range(lo, hi)
                else:
                    starts = firsts.get(first)
                    if starts is None:
                        row = self.rows[first](words, lo, hi)
                        starts = firsts[first] = [lo + k for k, ok in enumerate(row) if ok]
                rest = elements if first_optional else elements[1:]
                for start in starts:
                    # the positions a partial match can have reached, with left-out elements (a
                    # start found by its first condition has passed it)
                    ends = [start] if first_optional else [start + 1]
                    for test, optional in rest:
                        if len(ends) == 1:
                            p = ends[0]
                            if p < hi and test(words, p):
                                ends = [p, p + 1] if optional else [p + 1]
                            elif not optional:
                                ends = []
                                break
                        else:
                            reached = [p + 1 for p in ends if p < hi and test(words, p)]
                            ends = list(set(reached + ends)) if optional else reached
                            if not ends:
                                break
                    for end in ends:
                        if end > start:
                            found.add((start, end))
            if not found:
                continue
            taken: set[int] = set()
            for start, end in sorted(found, key=lambda m: (m[1] - m[0], -m[0]), reverse=True):
                if taken.isdisjoint(range(start, end)):
                    out.append((start, end))
                    taken.update(range(start, end))
        return out
