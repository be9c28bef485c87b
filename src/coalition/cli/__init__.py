"""The ``coalition`` command line: a click group whose commands are thin calls into the library.

One module per group of commands: ``articles.py`` (extract, ingest),
``query.py`` (facts, documents), ``records.py`` (actors, explain, summary, export),
``web.py`` (serve, users), ``admin.py`` (schema, rates).
"""

from __future__ import annotations

import click

from coalition import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="coalition")
def cli() -> None:
    """Coalition Tracker: sourced facts about security coalitions and support to Ukraine, from news.

    \b
    Example:
        coalition ingest examples/
        coalition facts --kind commitment
    """


def _register() -> None:
    from coalition.cli import admin, articles, query, records, web

    for module in (articles, query, records, web, admin):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()
