"""``coalition extract`` and ``coalition ingest``: read articles, extract facts, and print or store them."""

from __future__ import annotations

import sys

import click

from coalition.cli.options import (
    db_option,
    format_option,
    handle_errors,
    published_option,
    resolve_db,
    encoder_option,
    stance_reader,
    stances_option,
    statistical_option,
)
from coalition.cli.output import write_table
from coalition.errors import CoalitionError, ReadError
from coalition.model import Article
from coalition.batch import IngestReport, extract_paths, ingest_paths


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@published_option
@format_option("json", "table", default="json")
@statistical_option
@stances_option
@encoder_option
@handle_errors
def extract(
    paths: tuple[str, ...], published: str | None, fmt: str, statistical: bool | None, stances: bool | None,
    encoder: bool,
) -> None:
    """Extract facts from articles and print them; touches no database.

    PATHS are .txt, .html/.htm, .jsonl and RSS/Atom (.xml/.rss/.atom) files, or
    directories read recursively. With --format json (the default) every article
    is one JSON object on one line, in input order: the public JSON contract
    (see the README, or `coalition schema`).

    \b
    Examples:
        coalition extract article.txt
        coalition extract feeds/ --published 2025-03-02 > facts.jsonl
        coalition extract article.html --format table
        coalition extract article.txt --statistical-names   # needs pip install 'coalition[statistical]'
        coalition extract article.txt --statistical-stances  # the trained stance classifier
        coalition extract article.txt --stance-encoder       # the same, reading with a pretrained encoder
    """
    failed = 0
    stances = stance_reader(stances, encoder)
    for item in extract_paths(paths, published=published, statistical=statistical, stances=stances):
        if isinstance(item, CoalitionError):
            failed += 1
            click.echo(f"error: {item}", err=True)
            continue
        if fmt == "json":
            sys.stdout.write(item.model_dump_json(exclude_none=False) + "\n")
        else:
            doc = item.document
            click.echo(f"# {doc.title or doc.id}  ({len(item.facts)} facts)")
            rows = [[f.kind, fact_line(f.model_dump(mode="json")), f.evidence.text] for f in item.facts]
            write_table(rows, ["kind", "fact", "evidence"], sys.stdout)
            click.echo("")
    if failed:
        sys.exit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@db_option
@published_option
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when stderr is a terminal).")
@statistical_option
@stances_option
@encoder_option
@handle_errors
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    published: str | None,
    progress: bool | None,
    statistical: bool | None,
    stances: bool | None,
    encoder: bool,
) -> None:
    """Read articles, extract their facts and store both in the database.

    The same article (same text) ingested twice is stored once. An article that
    fails leaves the database as it was; the rest of the batch goes on. Ends with
    a count of stored, skipped and failed articles; exits 1 if any failed.

    \b
    Examples:
        coalition ingest examples/
        coalition ingest news.jsonl --db postgresql+psycopg://me@localhost/coalition
        COALITION_DB=tracker.db coalition ingest feed.xml --published 2025-03-02
    """
    if progress is None:
        progress = sys.stderr.isatty()
    report = IngestReport()
    failures = ingest_paths(
        paths, resolve_db(db), published=published, report=report, progress=progress, statistical=statistical,
        stances=stance_reader(stances, encoder),
    )
    for failure in failures:
        click.echo(f"error: {failure}", err=True)
    click.echo(f"stored {report.stored}, skipped {report.skipped}, failed {report.failed}")
    if report.failed:
        sys.exit(1)


def fact_line(fact: dict) -> str:
    """One readable line for a fact, for tables."""
    kind = fact.get("kind")
    if kind == "commitment":
        amount = fact.get("amount")
        money = f"{_short(amount)} {fact.get('currency')}" if amount is not None else ""
        items = ", ".join(fact.get("items") or [])
        supplier = f" via {fact['supplier']}" if fact.get("supplier") else ""
        return f"{fact.get('donor')} → {fact.get('recipient') or '-'} {fact.get('category')} {fact.get('status')} {money} {items}{supplier}".replace("  ", " ").strip()
    if kind == "statement":
        who = fact.get("speaker") or fact.get("actor") or "?"
        return f"{who} ({fact.get('actor') or '-'}): “{fact.get('quote')}”"
    if kind == "stance":
        return f"{fact.get('actor')} {fact.get('stance')} {fact.get('target')}"
    if kind == "participation":
        roles = f" roles: {', '.join(fact['roles'])}" if fact.get("roles") else ""
        excl = f" not: {', '.join(fact['excluded'])}" if fact.get("excluded") else ""
        return f"{fact.get('actor')} {fact.get('status')} on {fact.get('mission')}{roles}{excl}"
    if kind == "ceasefire":
        days = f"{fact['duration_days']} days " if fact.get("duration_days") else ""
        answers = ", ".join(f"{r['actor']} {r['response']}" for r in fact.get("responses") or [])
        return f"by {'/'.join(fact.get('proposers') or ['?'])}: {days}{'/'.join(fact.get('scope') or [])} {fact.get('status')} {answers}".strip()
    if kind == "coalition":
        return f"{fact.get('name')} led by {'/'.join(fact.get('leads') or ['?'])}, size {fact.get('size') or '?'}: {', '.join(fact.get('contribution_types') or [])}"
    return ""


def _short(amount) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(amount) >= scale:
            return f"{amount / scale:g}{suffix}"
    return f"{amount:g}"


COMMANDS = [extract, ingest]
__all__ = ["COMMANDS", "fact_line", "Article", "ReadError"]
