"""The actors the stored facts name, for the ``actors`` table (issue 4).

Countries are ISO 3166-1 alpha-3 codes, organisations and companies their
canonical names from the gazetteers, people their canonical name from
``people.tsv`` (so "Zelenskyy" and "Zelensky" are one person, with both
spellings among the aliases). Pure: the store writes what :func:`index_actors`
returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

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
    """One entry per actor named in ``facts`` (pairs of contract fact dict and its date), sorted by kind and code."""
    entries: dict[tuple[str, str], ActorEntry] = {}
    for data, day in facts:
        codes = {actor: role for role, actor in fact_actors(data)}
        for code, role in codes.items():
            kind = _kind(code, role)
            entry = entries.get((kind, code))
            if entry is None:
                entry = entries[(kind, code)] = _entry(kind, code)
            entry.seen(day)
        if data.get("kind") == "statement" and (data.get("speaker") or "").strip():
            entry = _person(entries, data)
            entry.seen(day)
    return [entries[key] for key in sorted(entries)]


def _kind(code: str, role: str) -> str:
    if role == "supplier" or code in set(gazetteer.company_names().values()):
        return "company"
    if len(code) == 3 and code.isupper() and code not in gazetteer.ORGANISATIONS and _is_country(code):
        return "country"
    return "organisation"


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


def _person(entries: dict[tuple[str, str], ActorEntry], data: dict) -> ActorEntry:
    written = data["speaker"].strip()
    person = gazetteer.person_by_name(written)
    name = person.name if person else written
    entry = entries.get(("person", name))
    if entry is None:
        entry = entries[("person", name)] = ActorEntry(
            kind="person",
            code=name,
            name=name,
            role=(person.role if person else None) or data.get("role"),
            country=(person.actor if person else None) or data.get("actor"),
            aliases=sorted(set(person.aliases)) if person else [],
        )
    if written != name and written not in entry.aliases:
        entry.aliases = sorted({*entry.aliases, written})
    entry.role = entry.role or data.get("role")
    entry.country = entry.country or data.get("actor")
    return entry
