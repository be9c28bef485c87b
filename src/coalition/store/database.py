"""Opening a database: the engine, SQLite's foreign keys, and migrating to head.

Both SQLite (``sqlite:///coalition.db``) and PostgreSQL
(``postgresql+psycopg://user@host/db``) are supported. Nothing here runs at
import: every engine is made for the URL a caller passes (see ``config.py``).

Every failure to open or migrate becomes a :class:`~coalition.errors.StoreError`
with one line naming the URL (password hidden) and the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util.exc import CommandError
import orjson
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Seconds to wait for a PostgreSQL server before giving up, so a wrong host
# fails with a message instead of hanging (psycopg's default is to wait forever).
CONNECT_TIMEOUT = 10

# Any constant will do: it only has to be the same for every process that
# migrates, so two of them starting at once (CLI and web) take turns.
_PG_MIGRATION_LOCK = 0x436F616C  # "Coal"


def redact(url: str) -> str:
    """The URL with its password replaced by ``***``, even when it does not parse."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)


def reason(exc: BaseException) -> str:
    """A one-line reason from a database or migration error.

    SQLAlchemy appends SQL and a help link, and psycopg spreads its message
    over several lines; keep the driver's words, on one line.
    """
    orig = getattr(exc, "orig", None)
    # psycopg's primary message leaves out the DETAIL line, which repeats the
    # whole failing row; connection errors have none and keep their text.
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    message = str(primary or (orig if orig is not None else exc)).strip() or type(exc).__name__
    return " ".join(message.split())


def open_engine(url: str) -> Engine:
    """An engine for ``url`` (not yet connected); :class:`StoreError` if the URL is unusable."""
    shown = redact(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise StoreError(f"cannot open database {shown}: not a database URL ({reason(exc)})") from exc
    # orjson reads the facts' JSON column several times faster than the json
    # module (it was a third of a facts list page's time); writing stays with
    # json.dumps, so the stored text is unchanged.
    options: dict = {"json_deserializer": orjson.loads}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT}
    try:
        engine = create_engine(parsed, **options)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"cannot open database {shown}: {reason(exc)}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_foreign_keys)
    return engine


def _enable_sqlite_foreign_keys(dbapi_connection, _record) -> None:
    # SQLite ignores REFERENCES ... ON DELETE CASCADE unless each connection
    # asks for it; without this, deleting a document would orphan its facts.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _alembic_config(connection: Connection) -> Config:
    # Built in code, with no alembic.ini: the scripts ship inside the package,
    # and env.py uses this connection rather than making its own engine.
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def pending(connection: Connection) -> list[str]:
    """Revisions not yet applied to the database behind ``connection``, oldest first."""
    config = _alembic_config(connection)
    script = ScriptDirectory.from_config(config)
    current = MigrationContext.configure(connection).get_current_revision()
    try:
        revisions = list(script.iterate_revisions("heads", current or "base"))
    except (CommandError, RevisionError) as exc:
        raise StoreError(
            f"the database is at revision {current!r}, which this version of coalition "
            f"does not know (was it written by a newer version?)"
        ) from exc
    return [revision.revision for revision in reversed(revisions)]


def upgrade(engine: Engine) -> list[str]:
    """Migrate the database to head in one transaction; return the revisions applied."""
    shown = redact(engine.url.render_as_string(hide_password=False))
    try:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            todo = pending(connection)
            if todo:
                command.upgrade(_alembic_config(connection), "head")
    except StoreError as exc:
        raise StoreError(f"cannot open database {shown}: {exc}") from exc
    except (SQLAlchemyError, CommandError, RevisionError, OSError) as exc:
        raise StoreError(f"cannot open database {shown}: {reason(exc)}") from exc
    return todo


def migrate(url: str) -> list[str]:
    """Bring the database at ``url`` to the newest schema; return the revisions applied.

    An up-to-date database is left untouched and gives ``[]``.
    """
    engine = open_engine(url)
    try:
        return upgrade(engine)
    finally:
        engine.dispose()


@contextmanager
def connected(engine: Engine, what: str = "database") -> Iterator[Connection]:
    """A Core connection for reads, as :func:`reading`: lighter than a session for hot read paths."""
    try:
        with engine.connect() as connection:
            yield connection
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {what}: {reason(exc)}") from exc


@contextmanager
def reading(engine: Engine, what: str = "database") -> Iterator[Session]:
    """A session for reads; a database error becomes one :class:`StoreError` line naming ``what``."""
    try:
        with Session(engine) as session:
            yield session
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {what}: {reason(exc)}") from exc
