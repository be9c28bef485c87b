"""Date phrases resolved against a fixed publication date, Monday 3 March 2025."""

from __future__ import annotations

from datetime import date

import pytest

from coalition.resolve.dates import ResolvedDate, as_date, find_dates, resolve

PUBLISHED = date(2025, 3, 3)  # a Monday

# (sentence, phrase found, date, granularity)
CASES = [
    ("The package was announced Sunday.", "Sunday", "2025-03-02", "day"),
    ("Leaders met on Sunday in London.", "on Sunday", "2025-03-02", "day"),
    ("The summit on Monday agreed a plan.", "on Monday", "2025-03-03", "day"),
    ("Ministers said last Sunday that more would follow.", "last Sunday", "2025-03-02", "day"),
    ("Defence ministers will meet next Tuesday.", "next Tuesday", "2025-03-04", "day"),
    ("They must answer by Friday.", "by Friday", "2025-03-07", "day"),
    ("The prime minister said today that Britain would lead.", "today", "2025-03-03", "day"),
    ("France confirmed yesterday it would join.", "yesterday", "2025-03-02", "day"),
    ("Talks continue tomorrow.", "tomorrow", "2025-03-04", "day"),
    ("The agreement was signed last week.", "last week", "2025-02-24", "week"),
    ("Deliveries start this week.", "this week", "2025-03-03", "week"),
    ("The first tranche arrives next month.", "next month", "2025-04-01", "month"),
    ("Norway pledged more last month.", "last month", "2025-02-01", "month"),
    ("It was announced earlier this month.", "earlier this month", "2025-03-01", "month"),
    ("Last year the total was lower.", "Last year", "2024-01-01", "year"),
    ("Germany will deliver by the end of the year.", "by the end of the year", "2025-12-31", "day"),
    ("All tanks will arrive by year-end.", "by year-end", "2025-12-31", "day"),
    ("Payment is due by the end of the month.", "by the end of the month", "2025-03-31", "day"),
    ("The loan runs until the end of 2027.", "until the end of 2027", "2027-12-31", "day"),
    ("Canada pledged more in March.", "in March", "2025-03-01", "month"),
    ("Canada pledged more in April.", "in April", "2024-04-01", "month"),  # the last April before March 2025
    ("Japan will pledge again next March.", "next March", "2026-03-01", "month"),
    ("In mid-February Sweden followed.", "In mid-February", "2025-02-01", "month"),
    ("Spain pledged €1 billion in June 2024.", "in June 2024", "2024-06-01", "month"),
    ("The coalition met on 2 March 2025 in London.", "on 2 March 2025", "2025-03-02", "day"),
    ("The coalition met March 2, 2025 in London.", "March 2, 2025", "2025-03-02", "day"),
    ("The coalition met on 2 March in London.", "on 2 March", "2025-03-02", "day"),
    ("The coalition met March 2 in London.", "March 2", "2025-03-02", "day"),
    ("The coalition met on the 2nd of March.", "on the 2nd of March", "2025-03-02", "day"),
    ("The coalition met on Sunday, 2 March 2025.", "on Sunday, 2 March 2025", "2025-03-02", "day"),
    ("Ministers met on 6-7 February.", "on 6-7 February", "2025-02-06", "day"),
    ("The package was agreed on 2025-02-14.", "on 2025-02-14", "2025-02-14", "day"),
    ("Britain gave £3 billion in 2024.", "in 2024", "2024-01-01", "year"),
    ("Britain has given £12.8 billion since 2022.", "since 2022", "2022-01-01", "year"),
    ("Sweden joined two weeks ago.", "two weeks ago", "2025-02-17", "week"),
    ("Sweden joined 3 days ago.", "3 days ago", "2025-02-28", "day"),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected", "granularity"), CASES)
def test_find_dates_resolves_against_the_publication_date(sentence, phrase, expected, granularity):
    [found] = find_dates(sentence, PUBLISHED)
    assert found.phrase == phrase
    assert sentence[found.start : found.end] == phrase
    assert found.date == date.fromisoformat(expected)
    assert found.granularity == granularity


@pytest.mark.parametrize(("sentence", "phrase", "expected", "granularity"), CASES)
def test_resolve_one_phrase(sentence, phrase, expected, granularity):
    resolved = resolve(phrase, "2025-03-03")
    assert resolved == ResolvedDate(date.fromisoformat(expected), phrase, 0, len(phrase), granularity)


def test_weekday_on_the_publication_day_is_that_day():
    assert find_dates("Leaders met on Sunday.", "2025-03-02")[0].date == date(2025, 3, 2)


def test_in_the_publication_month_is_that_month():
    assert resolve("in March", "2025-03-31").date == date(2025, 3, 1)
    assert resolve("next March", "2025-03-31").date == date(2026, 3, 1)


EXPLICIT = {"on 2 March 2025", "March 2, 2025", "on Sunday, 2 March 2025", "in June 2024", "on 2025-02-14",
            "in 2024", "since 2022", "until the end of 2027"}


@pytest.mark.parametrize(("sentence", "phrase", "expected", "granularity"), CASES)
def test_without_publication_date_relative_phrases_stay_null(sentence, phrase, expected, granularity):
    [found] = find_dates(sentence, None)
    assert found.phrase == phrase
    if phrase in EXPLICIT:
        assert found.date == date.fromisoformat(expected)
    else:
        assert found.date is None
    assert resolve(phrase, None).date == found.date


def test_several_dates_in_one_sentence_in_order():
    sentence = "Announced on Sunday, the £1.6 billion deal follows pledges made in 2024 and last month."
    assert [(d.phrase, d.date) for d in find_dates(sentence, PUBLISHED)] == [
        ("on Sunday", date(2025, 3, 2)),
        ("in 2024", date(2024, 1, 1)),
        ("last month", date(2025, 2, 1)),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United Kingdom will provide air defence missiles to Ukraine, the minister said.",
        "Britain will send 5,000 missiles and 2,000 drones worth £1.6 billion.",
        "The march on Kyiv may continue, officials said.",  # "march" and "may" are not months here
        "He told the Sunday Times that Britain would lead.",  # a newspaper, not a day
        "The deal was signed on 31 February.",  # no such day
        "Ukraine has 20 brigades in reserve.",
    ],
)
def test_sentences_without_dates_give_nothing(sentence):
    assert find_dates(sentence, PUBLISHED) == []


def test_resolve_hands_other_formats_and_languages_to_dateparser():
    assert resolve("15.03.2025", PUBLISHED).date == date(2025, 3, 15)
    french = resolve("le 2 mars 2025", None)
    assert (french.date, french.granularity) == (date(2025, 3, 2), "day")
    german = resolve("vor zwei Wochen", PUBLISHED)
    assert (german.date, german.granularity) == (date(2025, 2, 17), "week")
    assert resolve("vor zwei Wochen", None).date is None  # relative, and no publication date


def test_resolve_returns_none_for_non_dates():
    assert resolve("the coalition of the willing", PUBLISHED) is None
    assert resolve("5", PUBLISHED) is None
    assert resolve("", PUBLISHED) is None


def test_resolve_finds_the_date_inside_a_longer_phrase():
    resolved = resolve("announced Sunday", PUBLISHED)
    assert (resolved.date, resolved.phrase, resolved.start, resolved.end) == (date(2025, 3, 2), "Sunday", 10, 16)


def test_publication_date_forms():
    assert as_date("2025-03-03T09:30:00+00:00") == PUBLISHED
    assert as_date(None) is None and as_date("") is None
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        find_dates("on Sunday", "last Monday")
