"""Every error the library raises, in one place.

The tree::

    CoalitionError               base: the CLI prints str(error) on one line and exits 1
    ├── ReadError                an input could not be read as articles (names the input)
    ├── ExtractError             extraction failed on one article
    ├── StoreError               the database refused or could not be reached
    │   ├── NotFound             no such row
    │   │   ├── FactNotFound     no fact with that id
    │   │   ├── DocumentNotFound no article with that id
    │   │   └── UserNotFound     no user with that name
    │   └── UserExists           a user with that name already exists
    └── ConfigError              a bad setting (database URL, option value, review)

Messages are one line, name the input and say why, e.g.
``examples/bad.jsonl:3: not valid JSON (Expecting value at column 1)``.
Library code never prints; only ``cli.py`` does.
"""

from __future__ import annotations


class CoalitionError(Exception):
    """Base class of every error this package raises on purpose."""


class ReadError(CoalitionError):
    """An input (file, line, feed entry) could not be read as an article."""

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class ExtractError(CoalitionError):
    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: extraction failed ({reason})")


class StoreError(CoalitionError):
    """The database could not be opened, migrated or written."""


class NotFound(StoreError):
    """No row with that key; the web answers 404."""


class FactNotFound(NotFound):
    def __init__(self, fact_id: int | str):
        self.fact_id = fact_id
        super().__init__(f"no fact with id {fact_id}")


class DocumentNotFound(NotFound):
    def __init__(self, document_id: int | str):
        self.document_id = document_id
        super().__init__(f"no article with id {document_id}")


class UserNotFound(NotFound):
    def __init__(self, name: str):
        self.name = name
        super().__init__(f"no user named {name!r}")


class UserExists(StoreError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(f"a user named {name!r} already exists")


class ConfigError(CoalitionError):
    """A setting or option has a value that cannot work."""
