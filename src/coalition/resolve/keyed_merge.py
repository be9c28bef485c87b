"""Merging the kinds whose records are found by a key: statements (speaker, then overlapping
quotes), stances and participation (actor and target), ceasefires (proposers, scope, duration)
and coalitions (name). The rules are listed in :mod:`coalition.resolve.merge`, which calls these.
"""

from __future__ import annotations

import re

from coalition.resolve.merged import MergedRecord, Source, SourceFact, fact_ref, new_record

# Two quotes of one speaker are one statement when this share of the shorter one's words is in both.
QUOTE_OVERLAP = 0.6


def merge_statements(facts: list[SourceFact]) -> list[MergedRecord]:
    clusters: dict[str | None, list[list[Source]]] = {}
    order: list[list[Source]] = []
    for fact in facts:
        speaker = speaker_name(fact.data)
        bucket = clusters.setdefault(speaker, [])
        placed = False
        if speaker is not None:
            words = _words(fact.data.get("quote", ""))
            for sources in bucket:
                overlap = max(_overlap(words, _words(s.fact.data.get("quote", ""))) for s in sources)
                if overlap >= QUOTE_OVERLAP:
                    sources.append(Source(fact, f"same speaker {speaker}, quotes share {overlap:.0%} of their words"))
                    placed = True
                    break
        if not placed:
            sources = [Source(fact, "first report")]
            bucket.append(sources)
            order.append(sources)
    records = []
    for sources in order:
        facts_ = [s.fact for s in sources]
        record = new_record("statement", sources)
        first = facts_[0].data
        record.actor = next((f.data["actor"] for f in facts_ if f.data.get("actor")), None)
        record.data = {
            "speaker": speaker_name(first) or first.get("speaker"),
            "role": next((f.data["role"] for f in facts_ if f.data.get("role")), None),
            "actor": record.actor,
            # The longest version: short ones are usually fragments of it.
            "quote": max((f.data.get("quote", "") for f in facts_), key=len),
        }
        records.append(record)
    return records


def speaker_name(data: dict) -> str | None:
    """The canonical name of a statement's speaker (Zelenskyy and Zelensky are one person)."""
    from coalition.resolve.actors import person_by_name

    name = (data.get("speaker") or "").strip()
    if not name:
        return None
    person = person_by_name(name)
    return person.name if person else name


_WORD = re.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if min(len(a), len(b)) < 3:  # "ironclad", "a mistake": too short to tell
        return 1.0 if a == b and a else 0.0
    return len(a & b) / min(len(a), len(b))


# -- stances, participation, ceasefires, coalitions ------------------------


def merge_positions(facts: list[SourceFact], kind: str, target_field: str, value_field: str) -> list[MergedRecord]:
    groups: dict[tuple, list[SourceFact]] = {}
    for fact in facts:
        groups.setdefault((fact.data.get("actor"), fact.data.get(target_field)), []).append(fact)
    records = []
    for (actor, target), members in groups.items():
        sources = [Source(members[0], "first report")] + [
            Source(f, f"same actor {actor} and {target_field} {target}: a later report of the position") for f in members[1:]
        ]
        record = new_record(kind, sources)
        record.actor, record.target = actor, target
        latest = members[-1].data  # members are in date order
        record.status = latest.get(value_field)
        record.data = {
            "actor": actor,
            target_field: target,
            value_field: record.status,
            "history": [{"date": f.day, value_field: f.data.get(value_field), "source": fact_ref(f)} for f in members],
        }
        if kind == "participation":
            record.data["roles"] = latest.get("roles") or []
            record.data["excluded"] = latest.get("excluded") or []
        records.append(record)
    return records


def merge_ceasefires(facts: list[SourceFact]) -> list[MergedRecord]:
    groups: dict[tuple, list[SourceFact]] = {}
    for fact in facts:
        groups.setdefault(ceasefire_key(fact.data), []).append(fact)
    records = []
    for (proposers, scope, days), members in groups.items():
        what = f"proposed by {'/'.join(proposers) or '?'}, scope {'/'.join(scope) or '?'}, {days or '?'} days"
        sources = [Source(members[0], "first report")] + [Source(f, f"same ceasefire ({what})") for f in members[1:]]
        record = new_record("ceasefire", sources)
        record.actor = "/".join(proposers) or None
        record.status = members[-1].data.get("status")
        answers: dict[str, dict] = {}
        for fact in members:
            for response in fact.data.get("responses") or []:
                answers.setdefault(response["actor"], {"actor": response["actor"], "answers": []})
                answers[response["actor"]]["answers"].append(
                    {"date": fact.day, "response": response["response"], "source": fact_ref(fact)}
                )
        record.data = {
            "proposers": list(proposers),
            "scope": list(scope),
            "duration_days": days,
            "status": record.status,
            "responses": [answers[a] for a in sorted(answers)],
        }
        records.append(record)
    return records


def ceasefire_key(data: dict) -> tuple:
    return (tuple(sorted(data.get("proposers") or [])), tuple(sorted(data.get("scope") or [])), data.get("duration_days"))


def coalition_name(data: dict) -> str:
    return (data.get("name") or "").strip().lower()


def merge_coalitions(facts: list[SourceFact]) -> list[MergedRecord]:
    groups: dict[str, list[SourceFact]] = {}
    for fact in facts:
        groups.setdefault(coalition_name(fact.data), []).append(fact)
    records = []
    for name, members in groups.items():
        sources = [Source(members[0], "first report")] + [Source(f, f"same coalition name ({name})") for f in members[1:]]
        record = new_record("coalition", sources)
        leads = list(dict.fromkeys(a for f in members for a in f.data.get("leads") or []))
        record.actor = "/".join(leads) or None
        record.data = {
            "name": members[0].data.get("name"),
            "leads": leads,
            "members": list(dict.fromkeys(a for f in members for a in f.data.get("members") or [])),
            "contribution_types": list(dict.fromkeys(t for f in members for t in f.data.get("contribution_types") or [])),
            "size": next((f.data["size"] for f in reversed(members) if f.data.get("size")), None),
            # who leads, by the reports that say so: a report naming the coalition in passing (a
            # fact since adjudication 26, without leads) is no report of its leads
            "lead_reports": {code: {"date": max((f.day for f in members if code in (f.data.get("leads") or []) and f.day), default=None),
                                    "sources": sum(code in (f.data.get("leads") or []) for f in members)}
                             for code in leads},
        }
        records.append(record)
    return records
