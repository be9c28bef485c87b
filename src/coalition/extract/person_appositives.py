"""A person's country as the article itself gives it: "Mark Rutte, the Dutch prime minister, said…".

The people gazetteer names each office holder with a term, but the pipeline that tags people reads no
date, so a name whose holder has changed office resolves to the latest one ("Mark Rutte" → NATO's
Secretary General, though a 2022 story calls him "the Dutch prime minister"). The stance rules then
give the person's words to the wrong actor and to the country named in the appositive as well. An
appositive right after the name (", the" + a country's name or demonym + an office word) is the
article's own word on whom the person speaks for: it sets the actor of every mention of that person.
"""

from __future__ import annotations

# the office words that may follow the country in the appositive ("the Dutch prime minister",
# "the Hungarian foreign minister", "the French president")
OFFICES = frozenset("prime foreign defence defense finance president chancellor minister premier ambassador "
                    "envoy head leader king queen taoiseach".split())


def appositive_actors(mentions: list, lower: list[str]) -> None:
    """Set each person's actor to the country an appositive right after one of its mentions names."""
    by_start = {m.start: m for m in mentions if m.label == "COUNTRY"}
    given: dict[str, str] = {}
    for m in mentions:
        if m.label != "PERSON" or m.end + 3 >= len(lower) or lower[m.end] != "," or lower[m.end + 1] != "the":
            continue
        country = by_start.get(m.end + 2)
        if country is not None and country.end < len(lower) and lower[country.end] in OFFICES:
            given.setdefault(m.code, country.code)
    if not given:
        return
    for m in mentions:
        if m.label == "PERSON" and m.code in given:
            m.actor = given[m.code]


__all__ = ["appositive_actors"]
