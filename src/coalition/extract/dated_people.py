"""A person's office on the article's date: "Mark Rutte, the Dutch prime minister" in a 2022 story
speaks for the Netherlands, though the people table lists him under NATO, his office since 2024.

The table (resolve/data/people.tsv) keeps a person's earlier office as a disambiguated row ("Mark
Rutte (Netherlands)", with its dates), which the name lookup skips so that an undated text gets the
current office. Here, with the article's date, the earlier row wins when its dates cover the date
and the current row's do not.

Separate from ``people.py`` because that spaCy component runs before the article's date is known;
the context applies this to each person mention it builds.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from coalition.resolve import actors as gazetteer


@lru_cache(maxsize=1)
def _earlier_offices() -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    """Name -> [(actor, role, from, to)] of the table's disambiguated rows."""
    out: dict[str, list] = {}
    for row in gazetteer.read_table(gazetteer.DATA / "people.tsv"):
        row += [""] * (6 - len(row))
        name, _aliases, actor, role, start, end = row[:6]
        if "(" in name and actor:
            out.setdefault(name.split("(")[0].strip(), []).append((actor, role, start or None, end or None))
    return out


def _covers(start: str | None, end: str | None, day: str) -> bool:
    return (start is None or start <= day) and (end is None or day <= end)


def office_on(name: str, role: str | None, actor: str | None, published: date | None) -> tuple[str | None, str | None]:
    """(role, actor) of the person called ``name`` on the article's date: the earlier office when
    the table's current one came later and ``actor`` is the table's (not one the text gave)."""
    if published is None:
        return role, actor
    earlier = _earlier_offices().get(name)
    current = gazetteer.person_by_name(name)
    if not earlier or current is None or current.actor != actor:
        return role, actor
    day = published.isoformat()
    if _covers(current.start, current.end, day):
        return role, actor
    for e_actor, e_role, start, end in earlier:
        if _covers(start, end, day):
            return (e_role if role in (None, current.role) else role), e_actor
    return role, actor
