"""Canonical actors: countries (ISO 3166-1 alpha-3), organisations, companies, people.

The gazetteer is assembled from pycountry's names, country-converter's short and
official names (its ``country_data.tsv``: "Russia", "South Korea", "Czechia"
that pycountry spells otherwise), and the project's own tables in ``data/``
for short names, demonyms, capitals and institutions used as metonyms.
Everything is read once per process, lazily.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

ORGANISATIONS = ("EU", "NATO", "UN", "G7", "OSCE", "IMF", "WORLD_BANK", "EIB")


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    actor: str
    role: str
    start: str | None
    end: str | None


def read_table(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file, without comment and blank lines."""
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            rows.append(line.rstrip("\n").split("\t"))
    return rows


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every written form of a country we recognise → its alpha-3 code."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names[value] = country.alpha_3
    names.update(_coco_names())
    for row in read_table(DATA / "country_aliases.tsv"):
        names[row[0]] = row[1]
    return names


@lru_cache(maxsize=1)
def shared_institutions() -> dict[str, tuple[str, ...]]:
    """Names several states' institutions bear ("National Council") → the codes they may stand for."""
    return {row[0]: tuple(row[1].split(",")) for row in read_table(DATA / "shared_institutions.tsv")}


def _coco_names() -> dict[str, str]:
    # Read country-converter's own table directly: importing the package pulls in
    # pandas (about a second), and we only need two of its columns.
    try:
        import country_converter
    except ImportError:  # pragma: no cover - it is a declared dependency
        return {}
    path = Path(country_converter.__file__).resolve().parent / "country_data.tsv"
    names: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code = row.get("ISO3") or ""
            if len(code) != 3 or row.get("obsolete"):
                continue
            for col in ("name_short", "name_official"):
                if row.get(col):
                    names[row[col]] = code
    return names


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    return {row[0]: row[1] for row in read_table(DATA / "organisations.tsv")}


@lru_cache(maxsize=1)
def company_names() -> dict[str, str]:
    return {row[0]: row[1] for row in read_table(DATA / "companies.tsv")}


@lru_cache(maxsize=1)
def people() -> tuple[Person, ...]:
    out = []
    for row in read_table(DATA / "people.tsv"):
        row += [""] * (6 - len(row))
        name, aliases, actor, role, start, end = row[:6]
        if "(" in name:  # a disambiguated duplicate such as "Mark Rutte (Netherlands)"
            continue
        out.append(Person(name, tuple(a for a in aliases.split("|") if a), actor, role, start or None, end or None))
    return tuple(out)


@lru_cache(maxsize=1)
def roles() -> dict[str, tuple[str, str | None]]:
    """Role phrase as written → (canonical role, actor implied by the role alone)."""
    out = {}
    for row in read_table(DATA / "roles.tsv"):
        row += [""] * (3 - len(row))
        out[row[0]] = (row[1], row[2] or None)
    return out


def person_by_name(name: str) -> Person | None:
    """The office holder with this name or alias, if the table has one; a middle initial or a
    generational suffix the table leaves out ("John F. Kirby", "Lloyd J. Austin III") is passed over."""
    index = _people_index()
    found = index.get(name)
    if found is None and (". " in name or name.endswith((" Jr.", " Jr", " Sr.", " II", " III", " IV"))):
        parts = [w for w in name.split() if not _INITIAL.match(w) and w not in _SUFFIXES]
        if len(parts) >= 2:
            found = index.get(" ".join(parts))
    return found


_INITIAL = re.compile(r"^[A-Z]\.$")
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "II", "III", "IV"})


@lru_cache(maxsize=1)
def _people_index() -> dict[str, Person]:
    index: dict[str, Person] = {}
    for person in people():
        index.setdefault(person.name, person)
        for alias in person.aliases:
            index.setdefault(alias, person)
    return index


def country_name(code: str) -> str:
    """A readable name for a code, for tables and pages."""
    if code in ORGANISATIONS:
        return {"WORLD_BANK": "World Bank"}.get(code, code)
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name
