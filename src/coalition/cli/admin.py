"""``coalition schema`` and ``coalition rates``: the contract's schema and the exchange-rate data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from coalition.cli.options import handle_errors
from coalition.model import json_schema


@click.command()
@handle_errors
def schema() -> None:
    """Print the JSON Schema of one line of `coalition extract --format json`.

    \b
    Example:
        coalition schema > extract.schema.json
    """
    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@click.group()
def rates() -> None:
    """ECB reference rates used to express amounts in EUR and USD."""


@rates.command("update")
@click.argument("file", type=click.Path(path_type=Path))
@handle_errors
def rates_update(file: Path) -> None:
    """Load a newer ECB history file (eurofxref-hist.zip or .csv).

    \b
    Example:
        coalition rates update eurofxref-hist.zip
    """
    from coalition.resolve.currency import load_rates_file

    target = load_rates_file(file)
    click.echo(f"rates loaded from {file} into {target}")


COMMANDS = [schema, rates]
