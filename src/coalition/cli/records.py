"""``coalition actors``, ``explain``, ``summary`` and ``export``: the merged records (issue 4)."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Any

import click

from coalition.cli.options import db_option, handle_errors, resolve_db
from coalition.cli.output import write_rows, write_table
from coalition.errors import ConfigError
from coalition.model import FACT_KINDS
from coalition.store.schema import ACTOR_KINDS

EXPORT_COLUMNS = [
    "record", "donor", "recipient", "announced", "category", "items", "supplier", "amount", "currency",
    "amount_eur", "amount_usd", "rate_date", "status", "counted", "flag", "conflict", "sources", "source_urls",
]


@click.command()
@click.option("--kind", type=click.Choice(ACTOR_KINDS), help="Only actors of this kind.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True, help="Output format.")
@db_option
@handle_errors
def actors(kind: str | None, fmt: str, db: str | None) -> None:
    """List the countries, organisations, companies and people the stored facts name.

    \b
    Example:
        coalition actors
        coalition actors --kind person --format json
    """
    from coalition.store.records import actors as stored_actors
    from coalition.store.records import records_engine

    with records_engine(resolve_db(db)) as engine:
        rows = stored_actors(engine, kind=kind)
    columns = ["kind", "code", "name", "role", "country", "fact_count", "first_seen", "last_seen", "aliases"]
    write_rows(rows, columns if fmt != "json" else [], fmt)


@click.command()
@click.argument("fact_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@db_option
@handle_errors
def explain(fact_id: int, fmt: str, db: str | None) -> None:
    """Show the record a fact belongs to, all its sources, and why they were merged.

    FACT_ID is the id `coalition facts` shows.

    \b
    Example:
        coalition explain 27
        coalition explain 27 --format json
    """
    from coalition.store.records import explain as explain_fact
    from coalition.store.records import records_engine

    with records_engine(resolve_db(db)) as engine:
        record = explain_fact(engine, fact_id)
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    click.echo(f"record {record['key']} ({record['kind']}), {record['source_count']} source(s)")
    for name in ("actor", "target", "category", "status", "first_date", "latest_date", "flag"):
        if record.get(name) is not None:
            click.echo(f"  {name}: {record[name]}")
    if record.get("amount") is not None:
        click.echo(f"  amount: {record['amount']:,.0f} {record['currency']}")
        if record.get("amount_eur") is not None:
            click.echo(
                f"  EUR {record['amount_eur']:,.0f} (rate {record['rate_eur']:.5g}), "
                f"USD {record['amount_usd']:,.0f} (rate {record['rate_usd']:.5g}), ECB rate of {record['rate_date']}"
            )
        if record.get("rate_note"):
            click.echo(f"  rate note: {record['rate_note']}")
    if record["conflict"]:
        click.echo(f"  CONFLICT with {', '.join(record['conflict_with'])}:")
        for why in record["data"].get("conflict_reasons", []):
            click.echo(f"    {why}")
    if record["data"].get("history"):
        stages = "; ".join(f"{h.get('date')} {h.get('status') or h.get('stance')}" for h in record["data"]["history"])
        click.echo(f"  history: {stages}")
    click.echo("sources:")
    for source in record["sources"]:
        marker = "*" if source["fact_id"] == fact_id else "-"
        click.echo(f" {marker} fact {source['fact_id']} in {source['url'] or source['document']} (seen {source['seen']})")
        click.echo(f"     why: {source['reason']}")
        click.echo(f"     evidence: {source['evidence']}")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@db_option
@handle_errors
def summary(fmt: str, db: str | None) -> None:
    """Totals in EUR by donor, recipient, category and month, with ceasefires and stances.

    Each commitment counts once however many articles report it; running
    totals and sub-allocations are left out of the sums (they would count the
    same money twice) and counted apart.

    \b
    Example:
        coalition summary
        coalition summary --format json > summary.json
    """
    from coalition.store.records import records_engine
    from coalition.store.records import summary as summarise

    with records_engine(resolve_db(db)) as engine:
        data = summarise(engine)
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    excluded = ", ".join(f"{n} {flag}" for flag, n in data["excluded"].items()) or "none"
    click.echo(
        f"{data['commitments']} commitments, EUR {_money(data['total_eur'])} in total "
        f"(left out of sums: {excluded}; {data['conflicts']} in conflict; {data['without_rate']} without an ECB rate)"
    )
    for dimension, groups in data["by"].items():
        click.echo(f"\nby {dimension}")
        rows = [[name, _money(g["eur"]), str(g["commitments"]), str(g["sources"])] for name, g in groups.items()]
        write_table(rows, [dimension, "EUR", "commitments", "sources"], sys.stdout)
    if data["ceasefires"]:
        click.echo("\nceasefire proposals")
        for c in data["ceasefires"]:
            answers = "; ".join(
                f"{r['actor']}: " + ", ".join(f"{a['response']} ({a['date']})" for a in r["answers"]) for r in c["responses"]
            )
            scope = "/".join(c["scope"]) or "?"
            days = f"{c['duration_days']} days" if c["duration_days"] else "open-ended"
            click.echo(f"  {c['first_date']} by {'/'.join(c['proposers']) or '?'}: {scope}, {days}, {c['status']}; {answers or 'no answers'}")
    if data["stances"]:
        click.echo("\nstances")
        for s in data["stances"]:
            timeline = " → ".join(f"{h['stance']} ({h['date']})" for h in s["history"])
            click.echo(f"  {s['actor']} on {s['target']}: {timeline}")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "xlsx", "parquet"]), default="csv", show_default=True, help="Output format.")
@click.option("--kind", type=click.Choice(FACT_KINDS), default="commitment", show_default=True, help="Which records to export.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to this file (standard output when omitted; needed for xlsx and parquet).")
@db_option
@handle_errors
def export(fmt: str, kind: str, output: Path | None, db: str | None) -> None:
    """Export merged records: one row per commitment, in the Kiel tracker's layout.

    Commitments have the columns donor, recipient, announced, category, items,
    amount and currency, amount_eur, amount_usd, status, sources and
    source_urls; other kinds are exported with their merged fields as JSON.

    \b
    Example:
        coalition export --format csv > commitments.csv
        coalition export --format xlsx -o commitments.xlsx
        coalition export --format json --kind statement
    """
    from coalition.store.records import commitments, records, records_engine

    if fmt in ("xlsx", "parquet") and output is None:
        raise ConfigError(f"--format {fmt} writes a binary file: give one with -o FILE")
    with records_engine(resolve_db(db)) as engine:
        if kind == "commitment":
            rows, columns = commitments(engine), EXPORT_COLUMNS
        else:
            rows = [_flat(r) for r in records(engine, kind=kind)]
            columns = list(rows[0]) if rows else ["record"]
    if fmt in ("csv", "json"):
        if output is None:
            _write_text(rows, columns, fmt, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                _write_text(rows, columns, fmt, out)
    elif fmt == "xlsx":
        _write_xlsx(rows, columns, output, kind)
    else:
        _write_parquet(rows, columns, output)
    if output is not None:
        click.echo(f"{len(rows)} {kind} records written to {output}", err=True)


def _write_text(rows: list[dict], columns: list[str], fmt: str, out: IO[str]) -> None:
    if fmt == "json":
        write_rows(rows, columns, "json", out)
        return
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])


def _write_xlsx(rows: list[dict], columns: list[str], path: Path, kind: str) -> None:
    try:
        from openpyxl import Workbook
    except ImportError as exc:
        raise ConfigError("xlsx export needs openpyxl: pip install 'openpyxl>=3.1'") from exc
    book = Workbook()
    sheet = book.active
    sheet.title = f"{kind}s"
    sheet.append(columns)
    for row in rows:
        sheet.append([_cell(row.get(c)) for c in columns])
    sheet.freeze_panes = "A2"
    _save(lambda: book.save(path), path)


def _write_parquet(rows: list[dict], columns: list[str], path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ConfigError("parquet export needs pyarrow: pip install 'pyarrow>=14'") from exc
    table = pa.table({c: [_cell(row.get(c)) for row in rows] for c in columns})
    _save(lambda: pq.write_table(table, path), path)


def _save(write, path: Path) -> None:
    try:
        write()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _flat(record: dict) -> dict:
    return {
        "record": record["key"],
        "kind": record["kind"],
        "actor": record["actor"],
        "target": record["target"],
        "status": record["status"],
        "first_date": record["first_date"],
        "latest_date": record["latest_date"],
        "sources": record["source_count"],
        "source_urls": " ".join(dict.fromkeys(s["url"] or s["document"] for s in record["sources"])),
        "data": record["data"],
    }


def _money(value: float) -> str:
    for scale, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:,.2f}{suffix}"
    return f"{value:,.0f}"


COMMANDS = [actors, explain, summary, export]
