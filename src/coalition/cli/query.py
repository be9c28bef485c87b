"""``coalition facts`` and ``coalition documents``: read what is stored."""

from __future__ import annotations

import click

from coalition.cli.articles import fact_line
from coalition.cli.options import db_option, format_option, handle_errors, resolve_db
from coalition.cli.output import write_rows
from coalition.model import FACT_KINDS
from coalition.store import Store

FACT_COLUMNS = ["id", "kind", "fact", "published", "evidence"]


@click.command()
@click.option("--kind", type=click.Choice(FACT_KINDS), help="Only facts of this kind.")
@click.option("--actor", metavar="CODE", help="Only facts an actor takes part in (GBR, RUS, EU, NATO, …).")
@click.option("--since", metavar="YYYY-MM-DD", help="Facts dated (or published) on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Facts dated (or published) on or before this day.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many facts.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many facts first (pagination).")
@format_option("table", "json", "csv", default="table")
@db_option
@handle_errors
def facts(kind, actor, since, until, limit, offset, fmt, db) -> None:
    """List stored facts, oldest first.

    \b
    Examples:
        coalition facts
        coalition facts --kind commitment --actor GBR --format csv > uk.csv
        coalition facts --since 2025-03-01 --format json --limit 50 --offset 50
    """
    with Store.open(resolve_db(db)) as store:
        rows = store.facts(kind=(kind or None), actor=actor.upper() if actor else None, since=since, until=until, limit=limit, offset=offset)
        total = store.count_facts(kind=kind, actor=actor.upper() if actor else None, since=since, until=until)
    if fmt == "table":
        table = [{**r, "fact": fact_line(r), "evidence": r["evidence"]["text"]} for r in rows]
        write_rows(table, FACT_COLUMNS, fmt)
        click.echo(f"({len(rows)} of {total} facts)", err=True)
    elif fmt == "csv":
        flat = [{**r, "fact": fact_line(r), "evidence": r["evidence"]["text"], "actors": _actors(r)} for r in rows]
        write_rows(flat, ["id", "document_key", "kind", "actors", "fact", "published", "evidence"], fmt)
    else:
        write_rows(rows, [], fmt)


@click.command()
@click.option("--limit", type=click.IntRange(min=0), default=None, help="At most this many documents.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many documents first.")
@format_option("table", "json", "csv", default="table")
@db_option
@handle_errors
def documents(limit, offset, fmt, db) -> None:
    """List stored articles with their number of facts.

    \b
    Examples:
        coalition documents
        coalition documents --format json --limit 10
    """
    with Store.open(resolve_db(db)) as store:
        rows = store.documents(limit=limit, offset=offset)
    write_rows(rows, ["id", "title", "published", "outlet", "fact_count", "source"], fmt)


def _actors(fact: dict) -> str:
    codes = []
    for key in ("donor", "recipient", "actor"):
        if fact.get(key):
            codes.append(fact[key])
    for key in ("proposers", "leads"):
        codes.extend(fact.get(key) or [])
    return " ".join(dict.fromkeys(codes))


COMMANDS = [facts, documents]
