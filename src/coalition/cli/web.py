"""``coalition serve`` and ``coalition users``: the web app, and who may review (issue 5)."""

from __future__ import annotations

import click

from coalition.cli.options import db_option, handle_errors, resolve_db
from coalition.cli.output import write_rows
from coalition.store.schema import USER_ROLES


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option(
    "--private/--public",
    default=None,
    help="Whether reading needs a bearer token too. Default: $COALITION_PRIVATE, else public.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Server processes sharing the port (one per CPU core is a good start). With more than one, "
    "sessions are signed with $COALITION_SECRET_KEY, or a key made for this run.",
)
@handle_errors
def serve(db: str | None, host: str, port: int, private: bool | None, workers: int) -> None:
    """Serve the web pages and the REST API (/api/v1, documented at /docs) on the store.

    Reading is open to anyone unless --private; adding articles and reviewing
    need a token from `coalition users add`.

    \b
    Example:
        coalition serve
        coalition serve --db postgresql+psycopg://me@db/coalition --host 0.0.0.0 --port 8080
        coalition serve --workers 2
        curl http://127.0.0.1:8000/api/v1/facts?kind=commitment
    """
    import uvicorn

    from coalition.store import migrate
    from coalition.store.database import redact
    from coalition.web.app import create_app

    url = resolve_db(db)
    migrate(url)  # a bad URL fails here, with the CLI's one-line message
    click.echo(f"serving {redact(url)} at http://{host}:{port}/ (API docs at /docs)", err=True)
    if workers == 1:
        uvicorn.run(create_app(url, private=private), host=host, port=port, log_level="info", proxy_headers=True)
        return
    # Each worker process builds its own app from the environment: hand the
    # settings over there, and one session key for all (a cookie signed by one
    # worker must be read by the others).
    import os
    import secrets

    from coalition.web.app import PRIVATE_ENV
    from coalition.web.session import SECRET_ENV

    os.environ["COALITION_DB"] = url
    if private is not None:
        os.environ[PRIVATE_ENV] = "1" if private else "0"
    os.environ.setdefault(SECRET_ENV, secrets.token_urlsafe(32))
    uvicorn.run(
        "coalition.web.app:create_app", factory=True, workers=workers,
        host=host, port=port, log_level="info", proxy_headers=True,
    )


@click.group()
def users() -> None:
    """Reviewers and admins, who sign in with a bearer token.

    \b
    Example:
        coalition users add olena --role reviewer
        coalition users list
    """


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(USER_ROLES), default="reviewer", show_default=True, help="reviewer: review facts and add articles; admin: also manage users.")
@db_option
@handle_errors
def users_add(name: str, role: str, db: str | None) -> None:
    """Add a user and print their token, once: only its hash is stored.

    \b
    Example:
        coalition users add olena --role reviewer
        curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:8000/api/v1/me
    """
    from coalition.store.records import records_engine
    from coalition.store.users import add_user

    with records_engine(resolve_db(db)) as engine:
        token = add_user(engine, name, role)
    click.echo(f"added {role} {name}; their token (shown once, keep it safe):", err=True)
    click.echo(token)


@users.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True, help="Output format.")
@db_option
@handle_errors
def users_list(fmt: str, db: str | None) -> None:
    """List users with their role and whether they are active (never their tokens).

    \b
    Example:
        coalition users list
        coalition users list --format json
    """
    from coalition.store.records import records_engine
    from coalition.store.users import list_users

    with records_engine(resolve_db(db)) as engine:
        rows = [user.as_dict() for user in list_users(engine)]
    write_rows(rows, ["name", "role", "active", "created_at"], fmt)


@users.command("deactivate")
@click.argument("name")
@db_option
@handle_errors
def users_deactivate(name: str, db: str | None) -> None:
    """Switch a user off: their token stops working; their reviews stay in the log.

    \b
    Example:
        coalition users deactivate olena
    """
    from coalition.store.records import records_engine
    from coalition.store.users import update_user

    with records_engine(resolve_db(db)) as engine:
        update_user(engine, name, active=False)
    click.echo(f"{name} switched off", err=True)


@users.command("token")
@click.argument("name")
@db_option
@handle_errors
def users_token(name: str, db: str | None) -> None:
    """Give a user a new token and print it, once; the old one stops working.

    \b
    Example:
        coalition users token olena
    """
    from coalition.store.records import records_engine
    from coalition.store.users import new_token

    with records_engine(resolve_db(db)) as engine:
        token = new_token(engine, name)
    click.echo(f"new token for {name} (shown once):", err=True)
    click.echo(token)


COMMANDS = [serve, users]
