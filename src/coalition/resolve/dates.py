"""Date expressions in a sentence, resolved against the publication date.

News gives dates relative to the day it was written ("announced Sunday",
"last week", "by the end of the year"), so a fact's date is only as good as
the publication date it is resolved against. Every resolved date is stored
with the phrase it came from, so a reviewer can see "Sunday" and check the
arithmetic. An article without a publication date keeps ``date=None`` for
relative phrases rather than guessing; explicit dates with a year ("2 March
2025", "in 2024") still resolve.

The date of a :class:`ResolvedDate` is the first day of its period: the
Monday of a ``week``, the 1st of a ``month``, 1 January of a ``year``. A
``day`` is that day, so deadlines ("by the end of the year") are ``day``
dates on the last day.

:func:`find_dates` runs on every sentence the extractor looks at, so it
scans with one compiled pattern of English date phrases and does arithmetic
on the groups it captures (about 0.1 ms a sentence); a sentence without a
month, weekday or date word is turned away by substring checks first (a few
microseconds). :func:`resolve`, given a single phrase outside that grammar
(another language, "15.03.2025"), falls back to ``dateparser``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta

Granularity = Literal["day", "week", "month", "year"]


@dataclass(frozen=True)
class ResolvedDate:
    """A date phrase and the date it stands for.

    ``phrase == text[start:end]`` of the text it was found in. ``date`` is
    ``None`` when the phrase is relative and there was no publication date.
    """

    date: date | None
    phrase: str
    start: int
    end: int
    granularity: Granularity


def find_dates(text: str, published: date | str | None) -> list[ResolvedDate]:
    """Every date expression in ``text`` (one sentence), in order.

    :param text: the sentence; offsets in the results index into it.
    :param published: the article's publication date, which relative phrases
        ("on Sunday", "last week") are resolved against.
    """
    base = as_date(published)
    if not _may_hold_date(text):
        return []
    found = []
    for match in _matches(text):
        resolved = _resolve_match(match, base, 0)
        if resolved is not None:
            found.append(resolved)
    return found


def first_day(text: str, published: date | str | None) -> date | None:
    """The date of the first ``day`` phrase of :func:`find_dates` that has a date, or None.

    A sentence that cannot hold a phrase of day granularity (most sentences: no weekday,
    "today", "end of", nor a digit next to a month name or a hyphen) is turned away by a few
    substring checks before the full pattern runs.
    """
    if not _may_hold_day(text) or not _may_hold_date(text):
        return None
    base = as_date(published)
    for match in _matches(text):
        resolved = _resolve_match(match, base, 0)
        if resolved is not None and resolved.date is not None and resolved.granularity == "day":
            return resolved.date
    return None


def resolve(phrase: str, published: date | str | None) -> ResolvedDate | None:
    """Resolve one date phrase such as ``"last week"`` or ``"2 March 2025"``.

    Returns ``None`` when ``phrase`` is not a date expression, and a result
    with ``date=None`` when it is relative and ``published`` is ``None``.
    Offsets are into ``phrase``. Phrases outside the English grammar of
    :func:`find_dates` are handed to ``dateparser``, which knows many
    formats and languages.
    """
    base = as_date(published)
    stripped = phrase.strip()
    offset = phrase.find(stripped) if stripped else 0
    match = _PATTERN.fullmatch(stripped) or _PATTERN.search(stripped)  # "announced Sunday"
    if match is not None:
        return _resolve_match(match, base, offset)
    return _resolve_with_dateparser(stripped, base, offset)


def as_date(value: date | datetime | str | None) -> date | None:
    """A ``date`` from a date, datetime or ISO 8601 string (``None`` stays ``None``).

    :raises ValueError: the string is not an ISO 8601 date or date-time.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = value.strip()
    try:
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()
    except ValueError as error:
        raise ValueError(f"not an ISO 8601 date: {value!r}") from error


# --- vocabulary (English language facts) -----------------------------------

_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
# Abbreviations only count next to a day or year: a bare "Mar" or "Jun" is too
# likely to be something else.
MONTHS.update({"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
               "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12})
WEEKDAYS = {name: number for number, name in enumerate(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

# Names are matched case-sensitively ("May" the month, not "may" the verb;
# "March" the month, not "the march on Kyiv"); other words in any case.
_FULL_MONTH = "(?:" + "|".join(_MONTH_NAMES) + ")"
_ANY_MONTH = r"(?:" + "|".join(_MONTH_NAMES) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_YEAR = r"(?:19|20)\d{2}"
# A bare year needs a preposition and a plausible range, because "by 2000"
# could be a number; amounts in news are written "2,000" far more often.
_BARE_YEAR = r"(?:199\d|20[0-4]\d)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_DAY_RANGE = r"(?:\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_PREP = r"(?:(?i:on|from|since|by|until|till|before|after|in|as\s+of)\s+)?"
_PART = r"(?i:early|mid|late|the\s+(?:start|beginning|middle)\s+of)"

_ALTERNATIVES = [
    # Explicit dates first: at one position the first alternative that
    # matches wins, and "on Sunday, 2 March" must not stop at "on Sunday".
    rf"{_PREP}(?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?![\d-])",
    rf"{_PREP}(?:{_WEEKDAY},?\s+)?(?:(?i:the)\s+)?(?P<dmy_d>{_DAY}){_DAY_RANGE}(?:\s+(?i:of))?\s+"
    rf"(?P<dmy_m>{_ANY_MONTH})(?:,?\s+(?P<dmy_y>{_YEAR}))?(?![\w-])",
    rf"{_PREP}(?:{_WEEKDAY},?\s+)?(?P<mdy_m>{_ANY_MONTH})\s+(?P<mdy_d>{_DAY}){_DAY_RANGE}(?![\d-])"
    rf"(?:,?\s+(?P<mdy_y>{_YEAR}))?(?![\w-])",
    rf"(?:(?i:by|at|until|till|before|towards?|from)\s+)?(?:(?i:the)\s+)?(?i:end)\s+(?i:of)\s+"
    rf"(?:(?:(?i:the)\s+)?(?:(?P<eo_rel>(?i:this|next|last))\s+)?(?P<eo_unit>(?i:year|month))"
    rf"|(?P<eo_m>{_FULL_MONTH})(?:,?\s+(?P<eo_my>{_YEAR}))?|(?P<eo_y>{_YEAR}))(?![\w-])",
    r"(?:(?i:by|at|until|till|before)\s+)?(?:(?i:the)\s+)?(?P<ye_unit>(?i:year|month))[-\s](?i:end)(?!\w)",
    rf"{_PREP}(?:{_PART}[-\s]+)?(?P<my_m>{_ANY_MONTH})\s+(?P<my_y>{_YEAR})(?![\w-])",
    rf"(?:(?P<mr_rel>(?i:next|last|this))\s+|(?P<mr_prep>(?i:in|since|from|by|until|till|during|before|after|through))"
    rf"\s+(?:{_PART}[-\s]+)?|{_PART}[-\s]+)(?P<mr_m>{_FULL_MONTH})(?!\w)",
    rf"(?:(?P<wd_rel>(?i:next|last|this|coming|on|since|by|until|till|from))\s+)?(?P<wd>{_WEEKDAY})(?!\w)"
    # "told the Sunday Times" names a newspaper, not a day.
    r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|People|Mail|World)\b)",
    r"(?P<simple>(?i:today|yesterday|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening)))(?!\w)",
    r"(?P<rp_rel>(?i:last|next|this|earlier\s+this|later\s+this))\s+(?P<rp_unit>(?i:week|month|year))(?!\w)",
    r"(?P<ago_n>\d{1,3}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+"
    r"(?P<ago_unit>(?i:day|week|month|year))s?\s+(?i:ago)(?!\w)",
    rf"(?P<yr_prep>(?i:in|since|from|by|until|till|through|during|before|after))\s+(?:{_PART}[-\s]+)?"
    rf"(?P<yr>{_BARE_YEAR})(?![\d,.]\d|\d|-\d{{2}}-)",
]
_PATTERN = re.compile(r"\b(?:" + "|".join(_ALTERNATIVES) + ")")

# Every phrase _PATTERN matches holds one of these: a weekday, "today" and
# "days ago" hold "day"; month names start with the stems; years and ISO dates
# hold "19" or "20". Checking them with str methods takes ~4 µs a sentence,
# the full pattern ~100 µs, and most sentences hold no date.
_GATE_LOWER = ("day", "week", "month", "year", "night", "morning", "afternoon", "evening", "tomorrow")
_GATE_CASED = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "19", "20")


def _may_hold_date(text: str) -> bool:
    """False when ``text`` cannot hold a phrase of the grammar (a cheap pre-check)."""
    lower = text.lower()
    return any(word in lower for word in _GATE_LOWER) or any(word in text for word in _GATE_CASED)


# The phrases of day granularity: a weekday, "today", "tonight", "this morning" and "days ago"
# hold one of the words (in any case, as the pattern reads them); "end of the year" and
# "year-end" hold "end"; ISO dates and "2 March" hold a digit and a hyphen or a month stem.
_DAY_WORDS = re.compile(r"(?i)day|night|morning|afternoon|evening|tomorrow|\bend\s+of\s|(?:year|month)[-\s]end(?!\w)")
_DIGIT = re.compile(r"\d")
_DAY_WORD_STEMS = ("day", "night", "morning", "afternoon", "evening", "tomorrow")
_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# Letters outside ASCII that the pattern's case folding reads as ASCII ones ("ſ" as "s", the
# Kelvin sign as "k", dotted and dotless I as "i"): a text with one is tested with the pattern.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a", "\ufb05", "\ufb06")


def _may_hold_day(text: str) -> bool:
    """False when ``text`` cannot hold a phrase of day granularity (a cheap pre-check)."""
    if not text.isascii() and any(ch in text for ch in _ODD_FOLDS):
        if _DAY_WORDS.search(text):
            return True
    else:
        lower = text.lower()
        if any(word in lower for word in _DAY_WORD_STEMS) or ("end" in lower and _DAY_WORDS.search(text)):
            return True
    return ("-" in text or any(stem in text for stem in _MONTH_STEMS)) and _DIGIT.search(text) is not None


# Every phrase _PATTERN matches starts at the start of a word, and its first word is a number
# or one of these (in any case); a word of other letters cannot open a match.
_FIRST_WORDS = frozenset(
    "on from since by until till before after in as at towards toward the end year month early mid late "
    "next last this coming during through today yesterday tomorrow tonight earlier later "
    "a an one two three four five six seven eight nine ten eleven twelve".split()
    + [name.lower() for name in MONTHS] + [name.lower() for name in WEEKDAYS]
)
_WORD = re.compile(r"\w+")


def _matches(text: str):
    """``_PATTERN.finditer(text)``, trying the pattern only where a word may open a match: a
    word of digits or of :data:`_FIRST_WORDS`, or one with a letter outside ASCII (which the
    pattern's case folding may read as an ASCII letter)."""
    pos = 0
    match_at = _PATTERN.match
    for word in _WORD.finditer(text):
        start = word.start()
        if start < pos:
            continue
        w = word.group()
        if w.isascii() and not w[0].isdigit() and w.lower() not in _FIRST_WORDS:
            continue
        match = match_at(text, start)
        if match is not None:
            yield match
            pos = match.end()


# --- resolution --------------------------------------------------------------


def _resolve_match(match: re.Match, base: date | None, offset: int) -> ResolvedDate | None:
    """The ResolvedDate for one match, or None when it names no real day (31 February)."""
    try:
        resolved = _date_of(match.groupdict(), base)
    except ValueError:
        return None
    day, granularity = resolved
    return ResolvedDate(day, match.group(0), match.start() + offset, match.end() + offset, granularity)


def _date_of(groups: dict, base: date | None) -> tuple[date | None, Granularity]:
    """The date and granularity of a match's groups, relative to ``base``."""
    g = {name: value for name, value in groups.items() if value is not None}
    if "iso" in g:
        return date.fromisoformat(g["iso"]), "day"
    for kind in ("dmy", "mdy"):
        if f"{kind}_m" in g:
            month, day = _month(g[f"{kind}_m"]), int(re.match(r"\d+", g[f"{kind}_d"]).group())
            year = int(g[f"{kind}_y"]) if f"{kind}_y" in g else (base.year if base else None)
            return (date(year, month, day) if year else _check_day(month, day)), "day"
    if "eo_y" in g:
        return date(int(g["eo_y"]), 12, 31), "day"
    if "eo_m" in g:
        year = int(g["eo_my"]) if "eo_my" in g else (base.year if base else None)
        return (date(year, _month(g["eo_m"]), 1) + relativedelta(day=31) if year else None), "day"
    if "eo_unit" in g or "ye_unit" in g:
        unit = (g.get("eo_unit") or g["ye_unit"]).lower()
        shift = _SHIFT[g.get("eo_rel", "this").lower()]
        if base is None:
            return None, "day"
        if unit == "year":
            return date(base.year + shift, 12, 31), "day"
        return base + relativedelta(months=shift, day=31), "day"
    if "my_m" in g:
        return date(int(g["my_y"]), _month(g["my_m"]), 1), "month"
    if "mr_m" in g:
        return _month_near(_month(g["mr_m"]), g.get("mr_rel") or g.get("mr_prep"), base), "month"
    if "wd" in g:
        return _weekday_near(WEEKDAYS[g["wd"]], g.get("wd_rel"), base), "day"
    if "simple" in g:
        word = " ".join(g["simple"].lower().split())
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return (base + timedelta(days=shift) if base else None), "day"
    if "rp_unit" in g:
        rel = " ".join(g["rp_rel"].lower().split())
        return _period_start(base, g["rp_unit"].lower(), _SHIFT.get(rel, 0))
    if "ago_unit" in g:
        count = g["ago_n"].lower()
        number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        return _period_start(base, g["ago_unit"].lower(), -number)
    if "yr" in g:
        return date(int(g["yr"]), 1, 1), "year"
    raise AssertionError(f"date pattern matched with no known group: {groups}")  # a bug in _ALTERNATIVES


_SHIFT = {"this": 0, "next": 1, "last": -1}


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".")]


def _check_day(month: int, day: int) -> None:
    """Reject "31 February" even when there is no year to build a date with."""
    date(2000, month, day)  # 2000 is a leap year, so 29 February passes
    return None


def _month_near(month: int, rel: str | None, base: date | None) -> date | None:
    """The 1st of the ``month`` a phrase means, seen from ``base``.

    "in March" is the most recent March that has begun by ``base``; "next
    March" the first after ``base``'s month, "last March" the last before it;
    "by March"/"until March" look forward to the next March not yet over.
    """
    if base is None:
        return None
    rel = (rel or "").lower()
    if rel == "next":
        year = base.year if month > base.month else base.year + 1
    elif rel == "last":
        year = base.year if month < base.month else base.year - 1
    elif rel == "this":
        year = base.year
    elif rel in ("by", "until", "till", "before"):
        year = base.year if month >= base.month else base.year + 1
    else:
        year = base.year if month <= base.month else base.year - 1
    return date(year, month, 1)


def _weekday_near(weekday: int, rel: str | None, base: date | None) -> date | None:
    """The day a weekday phrase means, seen from ``base``.

    A bare or "on" weekday is the most recent such day on or before
    ``base`` (news reports what happened); "last" is strictly before; "next",
    "coming", "by" and "until" look forward (strictly after, or on or after
    for deadlines); "this" is that day in ``base``'s Monday-to-Sunday week.
    """
    if base is None:
        return None
    rel = (rel or "").lower()
    if rel == "last":
        return base - timedelta(days=(base.weekday() - weekday - 1) % 7 + 1)
    if rel in ("next", "coming"):
        return base + timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
    if rel in ("by", "until", "till"):
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    if rel == "this":
        return base + timedelta(days=weekday - base.weekday())
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _period_start(base: date | None, unit: str, shift: int) -> tuple[date | None, Granularity]:
    """The first day of the ``unit`` that is ``shift`` units from ``base``'s."""
    if base is None:
        return None, _PERIODS[unit]
    if unit == "day":
        return base + timedelta(days=shift), "day"
    if unit == "week":
        return base - timedelta(days=base.weekday()) + timedelta(weeks=shift), "week"
    if unit == "month":
        return base.replace(day=1) + relativedelta(months=shift), "month"
    return date(base.year + shift, 1, 1), "year"


# --- fallback for phrases outside the grammar --------------------------------

_PERIODS: dict[str, Granularity] = {
    "day": "day", "time": "day", "week": "week", "month": "month", "year": "year"
}
# Two bases far apart: a phrase that parses to the same date from both does
# not depend on the publication date.
_PROBE_BASES = (datetime(2001, 2, 14), datetime(2019, 9, 3))


def _resolve_with_dateparser(phrase: str, base: date | None, offset: int) -> ResolvedDate | None:
    """Parse a phrase outside the grammar with dateparser; None if it is no date."""
    # dateparser reads a lone "5" as May; such a phrase is a number, not a date.
    if not phrase or (phrase.isdigit() and len(phrase) < 4):
        return None
    if base is not None:
        parsed = _dateparser_date(phrase, datetime(base.year, base.month, base.day))
        if parsed is None:
            return None
        day, granularity = parsed
    else:
        probes = [_dateparser_date(phrase, probe) for probe in _PROBE_BASES]
        if probes[0] is None:
            return None
        day, granularity = probes[0]
        if probes[1] != probes[0]:
            day = None  # relative to the publication date, which is unknown
    return ResolvedDate(day, phrase, offset, offset + len(phrase), granularity)


def _dateparser_date(phrase: str, relative_base: datetime) -> tuple[date, Granularity] | None:
    from dateparser.date import DateDataParser  # imported here: only this rare path needs it

    settings = {"RELATIVE_BASE": relative_base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"}
    data = DateDataParser(settings=settings).get_date_data(phrase)
    if data.date_obj is None:
        return None
    granularity = _PERIODS.get(data.period or "day", "day")
    # dateparser keeps the base's day inside a coarser period ("2024" from a
    # 3 March base is 2024-03-03); use the period's first day as everywhere here.
    day = data.date_obj.date()
    if granularity == "year":
        day = day.replace(month=1, day=1)
    elif granularity == "month":
        day = day.replace(day=1)
    elif granularity == "week":
        day -= timedelta(days=day.weekday())
    return day, granularity
