"""Ninth-session ceasefire classes, second round, on made-up sentences: a truce given in hours has a
length in days only when 24 divides the hours (decision 1); a bare call on others to agree or accept
a truce, with no term of its own, is the caller's stance and no proposal (decision 2). Near misses
stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.ceasefire_sentences import facts


# -- a truce in hours has whole days only when 24 divides them (decision 1) ------------------------------

@pytest.mark.parametrize("text, days", [
    ("Moscow declared a 36-hour truce for the Orthodox Easter weekend.", None),
    ("Kyiv offered a 30-hour pause in shelling around the dam.", None),
    ("Kyiv offered a 48-hour pause in shelling around the dam.", 2),
    ("Moscow declared a 36-hour Christmas truce.", None),
    ("Ankara proposed a 96-hour truce along the river.", 4),
])
def test_a_truce_in_hours_has_days_only_when_whole(text, days):
    assert [f.duration_days for f in facts(text)] == [days]
