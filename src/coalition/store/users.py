"""Reviewers and admins, and the bearer tokens they sign in with (issue 5).

    token = add_user(engine, "olena", "reviewer")   # -> str, shown once; only its sha256 is stored
    user_for_token(engine, token)                    # -> User | None (None: unknown or inactive)
    verify_login(engine, "olena", token)             # -> User | None: name and token must both match
    list_users(engine)                               # -> list[User], by name
    get_user(engine, "olena")                        # -> User; UserNotFound
    update_user(engine, "olena", role="admin", active=False)   # -> User; UserNotFound
    new_token(engine, "olena")                       # -> str: the old token stops working

``engine`` is a SQLAlchemy engine on a migrated database (``Store.open(url).engine``).
``User`` is a frozen dataclass: ``id, name, role ("reviewer" | "admin"), active, created_at``;
``user.can_review`` and ``user.is_admin`` say what it may do.

Errors: :class:`~coalition.errors.ConfigError` for a bad name or role,
:class:`~coalition.errors.UserExists`, :class:`~coalition.errors.UserNotFound`,
:class:`~coalition.errors.StoreError` when the database fails.

A token is ``secrets.token_urlsafe(32)`` (256 random bits), so a plain
sha256 is enough to store it: there is nothing to brute-force, unlike a
password. Lookups go by the hash; :func:`verify_login` compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.errors import ConfigError, StoreError, UserExists, UserNotFound
from coalition.store.database import reading, reason
from coalition.store.schema import USER_ROLES, UserRow

# Letters, digits and . _ - ; shown in audit logs and URLs, so kept plain.
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    active: bool
    created_at: datetime | None

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def can_review(self) -> bool:
        """Reviewers and admins may review facts and add articles."""
        return self.active and self.role in USER_ROLES

    def as_dict(self) -> dict:
        return {
            "name": self.name,
            "role": self.role,
            "active": self.active,
            "created_at": self.created_at.isoformat() if self.created_at else None,
        }


def hash_token(token: str) -> str:
    """The sha256 (hex) of a token: what the ``users`` table keeps."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_name(name: str) -> str:
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(
            f"bad user name {name!r}: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    return name


def check_role(role: str) -> str:
    if role not in USER_ROLES:
        raise ConfigError(f"unknown role {role!r}; expected one of {', '.join(USER_ROLES)}")
    return role


def add_user(engine: Engine, name: str, role: str) -> str:
    """Create an active user and return their new token; only its hash is stored."""
    check_name(name)
    check_role(role)
    token = secrets.token_urlsafe(32)
    try:
        with Session(engine) as session, session.begin():
            if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
                raise UserExists(name)
            session.add(UserRow(name=name, role=role, token_hash=hash_token(token), active=True))
    except IntegrityError as exc:  # another writer took the name since we looked
        raise UserExists(name) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot add user {name!r}: {reason(exc)}") from exc
    return token


def user_for_token(engine: Engine, token: str | None) -> User | None:
    """The active user holding ``token``, or None."""
    if not token:
        return None
    with reading(engine, "users") as session:
        row = session.scalar(select(UserRow).where(UserRow.token_hash == hash_token(token)))
        return _user(row) if row is not None and row.active else None


def verify_login(engine: Engine, name: str, token: str) -> User | None:
    """The user when ``name`` is an active user and ``token`` is theirs, else None."""
    if not name or not token:
        return None
    with reading(engine, "users") as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
        if row is None or not row.active:
            # Hash anyway, so an unknown name takes as long as a wrong token.
            hmac.compare_digest(hash_token(token), "0" * 64)
            return None
        if not hmac.compare_digest(hash_token(token), row.token_hash):
            return None
        return _user(row)


def list_users(engine: Engine) -> list[User]:
    with reading(engine, "users") as session:
        return [_user(row) for row in session.scalars(select(UserRow).order_by(UserRow.name))]


def get_user(engine: Engine, name: str) -> User:
    with reading(engine, "users") as session:
        row = session.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            raise UserNotFound(name)
        return _user(row)


def update_user(engine: Engine, name: str, *, role: str | None = None, active: bool | None = None) -> User:
    """Change a user's role or switch them off (``active=False``); their reviews stay in the log."""
    if role is not None:
        check_role(role)
    with _writing(engine, f"cannot update user {name!r}") as session:
        row = _row(session, name)
        if role is not None:
            row.role = role
        if active is not None:
            row.active = active
        session.flush()
        return _user(row)


def new_token(engine: Engine, name: str) -> str:
    """Give a user a new token and return it; the old one stops working."""
    token = secrets.token_urlsafe(32)
    with _writing(engine, f"cannot change the token of {name!r}") as session:
        _row(session, name).token_hash = hash_token(token)
    return token


def _row(session: Session, name: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    if row is None:
        raise UserNotFound(name)
    return row


def _user(row: UserRow) -> User:
    return User(id=row.id, name=row.name, role=row.role, active=bool(row.active), created_at=row.created_at)


@contextmanager
def _writing(engine: Engine, what: str) -> Iterator[Session]:
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except SQLAlchemyError as exc:
        raise StoreError(f"{what}: {reason(exc)}") from exc
