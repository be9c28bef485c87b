"""Options shared by several commands, and the one place CLI errors are turned into messages."""

from __future__ import annotations

import functools
import sys

import click

from coalition.config import database_url
from coalition.errors import CoalitionError

db_option = click.option(
    "--db",
    "db",
    envvar="COALITION_DB",
    metavar="URL",
    help="Database: a SQLite file path or any SQLAlchemy URL (postgresql+psycopg://…). "
    "Default: $COALITION_DB, else ./coalition.db.",
)

published_option = click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date for articles whose source gives none.",
)

statistical_option = click.option(
    "--statistical-names/--no-statistical-names",
    "statistical",
    default=None,
    help="Also find people with spaCy's statistical en_core_web_sm NER (the 'statistical' extra; "
    "about eight times slower). Default: COALITION_STATISTICAL_NAMES, else off.",
)


stances_option = click.option(
    "--statistical-stances/--no-statistical-stances",
    "stances",
    default=None,
    help="Also add the trained stance classifier's stances where the rules find none "
    "(extract/data/stance_model). Default: COALITION_STATISTICAL_STANCES, else off.",
)

encoder_option = click.option(
    "--stance-encoder",
    "encoder",
    is_flag=True,
    default=False,
    help="The stance classifier with a pretrained sentence encoder as its reader, in place of the bag "
    "of words (the 'encoder' extra; about 0.1 s an article). Default: COALITION_STANCE_ENCODER, else off.",
)


def stance_reader(stances: bool | None, encoder: bool) -> bool | str | None:
    """What ``--statistical-stances`` and ``--stance-encoder`` ask of the pipeline together."""
    return "encoder" if encoder else stances


def format_option(*choices: str, default: str):
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=default,
        show_default=True,
        help="Output format.",
    )


def handle_errors(func):
    """Library errors become a one-line message and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CoalitionError as e:
            raise click.ClickException(str(e)) from e
        except BrokenPipeError:  # `coalition facts | head`
            sys.stderr.close()
            sys.exit(0)

    return wrapper


def resolve_db(db: str | None) -> str:
    return database_url(db)
