"""Money parsing and linking, on short phrases written for the test."""

from __future__ import annotations

import pytest

from coalition.extract.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def amounts(nlp, text):
    doc = nlp(text)
    values = doc.user_data["money"]
    return [values[(s.start, s.end)] for s in doc.spans["money"] if values[(s.start, s.end)].conversion_of is None]


def test_range_written_as_one_token(nlp):
    (money,) = amounts(nlp, "The scheme is worth 40–45 million euros a year.")
    assert (money.amount, money.amount_max, money.qualifier, money.per) == (40e6, 45e6, "range", "year")


def test_range_whose_lower_bound_has_no_currency(nlp):
    (money,) = amounts(nlp, "It could raise between 1.5 billion and 2 billion euros.")
    assert (money.amount, money.amount_max, money.qualifier) == (1.5e9, 2e9, "range")


def test_conversion_after_a_comma_and_an_approximator(nlp):
    (money,) = amounts(nlp, "Japan: ¥90bn, roughly $600m, agreed in May.")
    assert money.conversions and money.conversions[0][1] == "DOLLAR"
