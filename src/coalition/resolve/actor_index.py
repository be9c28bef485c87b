"""The actors the stored facts name, for the ``actors`` table (issue 4).

Countries are ISO 3166-1 alpha-3 codes, organisations and companies their
canonical names from the gazetteers, people their canonical name from
``people.tsv`` (so "Zelenskyy" and "Zelensky" are one person, with both
spellings among the aliases). Pure: the store writes what :func:`index_actors`
(or an :class:`ActorIndex` fed one fact at a time) returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from coalition.resolve import actors as gazetteer
from coalition.store.schema import fact_actors


@dataclass
class ActorEntry:
    kind: str
    code: str
    name: str
    role: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    fact_count: int = 0
    first_seen: str | None = None
    last_seen: str | None = None

    def seen(self, day: str | None) -> None:
        self.fact_count += 1
        if day:
            self.first_seen = min(self.first_seen or day, day)
            self.last_seen = max(self.last_seen or day, day)


def index_actors(facts: Iterable[tuple[dict, str | None]]) -> list[ActorEntry]:
    """One entry per actor named in ``facts`` (pairs of contract fact dict and its date), sorted by kind and code.

    Where facts disagree (a person the gazetteer does not know, given two
    roles), the first fact in ``facts`` wins.
    """
    index = ActorIndex()
    for number, (data, day) in enumerate(facts):
        index.add(data, day, (number,))
    return index.entries()


class ActorIndex:
    """The actors of facts added one at a time, in any order; memory grows with the actors, not the facts.

    ``order`` is the fact's place in the content order (date, article hash,
    position) the merge uses: where facts disagree on a person's role or
    country, the earliest fact's wins, whatever order they are added in.
    """

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], ActorEntry] = {}
        # (kind, code) -> field -> (order, value): the earliest fact that gave it.
        self._earliest: dict[tuple[str, str], dict[str, tuple[tuple, str]]] = {}

    def add(self, data: dict, day: str | None, order: tuple) -> None:
        codes = {actor: role for role, actor in fact_actors(data)}
        for code, role in codes.items():
            kind = _kind(code, role)
            entry = self._entries.get((kind, code))
            if entry is None:
                entry = self._entries[(kind, code)] = _entry(kind, code)
            entry.seen(day)
        if data.get("kind") == "statement" and (data.get("speaker") or "").strip():
            self._person(data, order).seen(day)

    def entries(self) -> list[ActorEntry]:
        """Every actor, sorted by kind and code."""
        for key, fields in self._earliest.items():
            entry = self._entries[key]
            for name, (_, value) in fields.items():
                setattr(entry, name, value)
        return [self._entries[key] for key in sorted(self._entries)]

    def _person(self, data: dict, order: tuple) -> ActorEntry:
        written = data["speaker"].strip()
        person = gazetteer.person_by_name(written)
        name = person.name if person else written
        key = ("person", name)
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = ActorEntry(
                kind="person",
                code=name,
                name=name,
                role=person.role if person else None,
                country=person.actor if person else None,
                aliases=sorted(set(person.aliases)) if person else [],
            )
        if written != name and written not in entry.aliases:
            entry.aliases = sorted({*entry.aliases, written})
        # The gazetteer's role and country win; else the earliest fact's.
        for field_name, value in (("role", data.get("role")), ("country", data.get("actor"))):
            if value and getattr(entry, field_name) is None:
                earliest = self._earliest.setdefault(key, {})
                if field_name not in earliest or order < earliest[field_name][0]:
                    earliest[field_name] = (order, value)
        return entry


def _kind(code: str, role: str) -> str:
    if role == "supplier" or code in _company_codes():
        return "company"
    if len(code) == 3 and code.isupper() and code not in gazetteer.ORGANISATIONS and _is_country(code):
        return "country"
    return "organisation"


@cache
def _company_codes() -> frozenset[str]:
    return frozenset(gazetteer.company_names().values())


@cache
def _is_country(code: str) -> bool:
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


def _entry(kind: str, code: str) -> ActorEntry:
    if kind == "country":
        names = gazetteer.country_names()
        name = gazetteer.country_name(code)
    elif kind == "company":
        names = gazetteer.company_names()
        name = code
    else:
        names = gazetteer.organisation_names()
        name = gazetteer.country_name(code)
    aliases = sorted({alias for alias, target in names.items() if target == code and alias != name})
    return ActorEntry(kind=kind, code=code, name=name, aliases=aliases)
