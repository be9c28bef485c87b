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
    if record["data"].get("date"):
        phrase = record["data"].get("date_phrase")
        said = f' ("{phrase}" in {record["data"]["date_source"]})' if phrase else ""
        click.echo(f"  date: {record['data']['date']}{said}")
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


SECTIONS = ("totals", "coalition", "ceasefires", "stances")
# The keys of the summary's JSON that each section shows.
_SECTION_KEYS = {
    "totals": ("total_eur", "commitments", "without_rate", "excluded", "conflicts", "by"),
    "coalition": ("coalitions", "coalition_view"),
    "ceasefires": ("ceasefires",),
    "stances": ("stances",),
}


@click.command()
@click.option("--section", "sections", type=click.Choice(SECTIONS), multiple=True,
              help="Show only this section (repeatable); all four when omitted.")
@click.option("--stances", "stances_only", is_flag=True, help="Only the stance timelines (same as --section stances).")
@click.option("--actor", metavar="CODE", help="Only records this actor takes part in (GBR, RUS, NATO ...).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="Output format.")
@db_option
@handle_errors
def summary(sections: tuple[str, ...], stances_only: bool, actor: str | None, fmt: str, db: str | None) -> None:
    """Totals in EUR, the coalition view, ceasefire answers and stance timelines.

    \b
    totals      EUR by donor, recipient, category and month; each commitment
                counts once however many articles report it, and running
                totals and sub-allocations are left out of the sums (they would
                count the same money twice) and counted apart
    coalition   actor x contribution type: coalition leads and members, and
                what each actor offers a mission (troops, logistics ...),
                with status and date
    ceasefires  every proposal with each party's answers over time
    stances     each actor's positions over time

    \b
    Example:
        coalition summary
        coalition summary --stances --actor RUS
        coalition summary --section coalition --section ceasefires
        coalition summary --format json > summary.json
    """
    from coalition.store.records import records_engine
    from coalition.store.records import summary as summarise

    chosen = set(sections) | ({"stances"} if stances_only else set()) or set(SECTIONS)
    with records_engine(resolve_db(db)) as engine:
        data = summarise(engine, actor=actor.strip().upper() if actor else None)
    if fmt == "json":
        keys = {"actor", *(key for section in chosen for key in _SECTION_KEYS[section])}
        click.echo(json.dumps({k: v for k, v in data.items() if k in keys}, ensure_ascii=False, indent=2))
        return
    shown = [section for section in SECTIONS if section in chosen]
    for number, section in enumerate(shown):
        if number:
            click.echo()
        _SECTION_PRINTERS[section](data)


def _print_totals(data: dict) -> None:
    excluded = ", ".join(f"{n} {flag}" for flag, n in data["excluded"].items()) or "none"
    click.echo(
        f"{data['commitments']} commitments, EUR {_money(data['total_eur'])} in total "
        f"(left out of sums: {excluded}; {data['conflicts']} in conflict; {data['without_rate']} without an ECB rate)"
    )
    for dimension, groups in data["by"].items():
        click.echo(f"\nby {dimension}")
        rows = [[name, _money(g["eur"]), str(g["commitments"]), str(g["sources"])] for name, g in groups.items()]
        write_table(rows, [dimension, "EUR", "commitments", "sources"], sys.stdout)


def _print_coalition(data: dict) -> None:
    click.echo("coalitions")
    if not data["coalitions"]:
        click.echo("  none")
    for c in data["coalitions"]:
        size = f", size {c['size']}" if c["size"] else ""
        types = "/".join(c["contribution_types"]) or "?"
        click.echo(
            f"  {c['name']} ({_span(c['first_date'], c['latest_date'])}, {c['sources']} source(s)): "
            f"led by {'/'.join(c['leads']) or '?'}{size}; contributions {types}"
        )
    click.echo("\ncoalition view (actor x contribution: status, date of the latest report)")
    view = data["coalition_view"]
    if not view:
        click.echo("  none")
        return
    rows = [
        [row["actor"], contribution, cell["status"] or "?", cell["date"] or "?", cell["via"] or "?"]
        for row in view
        for contribution, cell in row["contributions"].items()
    ]
    write_table(rows, ["actor", "contribution", "status", "date", "for"], sys.stdout)


def _print_ceasefires(data: dict) -> None:
    click.echo("ceasefire proposals")
    if not data["ceasefires"]:
        click.echo("  none")
    for c in data["ceasefires"]:
        scope = "/".join(c["scope"]) or "?"
        days = f"{c['duration_days']} days" if c["duration_days"] else "open-ended"
        click.echo(f"  {c['first_date'] or 'undated'} by {'/'.join(c['proposers']) or '?'}: {scope}, {days}, {c['status']} "
                   f"({c['sources']} source(s))")
        if not c["responses"]:
            click.echo("    no answers reported")
        for r in c["responses"]:
            click.echo(f"    {r['actor']}: " + _timeline([
                (a["response"] + (" (stance)" if a.get("via") == "stance" else ""), a["date"]) for a in r["answers"]
            ]))


def _print_stances(data: dict) -> None:
    click.echo("stances")
    if not data["stances"]:
        click.echo("  none")
    last = None
    for s in data["stances"]:
        if s["actor"] != last:
            click.echo(f"  {s['actor'] or '?'}")
            last = s["actor"]
        click.echo(f"    on {s['target']}: " + _timeline([(h["stance"], h["date"]) for h in s["history"]]))


def _span(first: str | None, latest: str | None) -> str:
    if not first:
        return "undated"
    return first if first == latest or not latest else f"{first} to {latest}"


def _timeline(steps: list[tuple[str | None, str | None]]) -> str:
    """``oppose (2025-03-02, 3 reports) → open (2025-03-20)``: repeats of one position folded into one step."""
    folded: list[list] = []
    for value, day in steps:
        if folded and folded[-1][0] == value:
            folded[-1][2] += 1
        else:
            folded.append([value, day, 1])
    return " → ".join(
        f"{value or '?'} ({day or 'undated'}{f', {n} reports' if n > 1 else ''})" for value, day, n in folded
    )


_SECTION_PRINTERS = {
    "totals": _print_totals,
    "coalition": _print_coalition,
    "ceasefires": _print_ceasefires,
    "stances": _print_stances,
}


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
