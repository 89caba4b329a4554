"""The county intake store behind one interface: embedded (the encrypted county vault, the
default for one office) or PostgreSQL (several intake desks or service processes).

The intake store holds the device registry and chain positions, the trust files issued, the
imported bundles and their receipts, the records, conflicts, possible duplicates, flags, the
intake audit trail and the receiving service's request nonces. The county's private keys stay
in the vault in both cases (``store.VAULT_ONLY_TABLES``).

``connection()`` lends a ``Database`` for one unit of work (one request of the receiving
service, one command): the vault's own connection on the embedded store, a pooled connection
on PostgreSQL. The intake code (``intake``, ``importer``, ``authority``) is the same for both.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager

from csec_desktop.core.clock import Clock
from csec_desktop.core.errors import UsageError
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


class CountyStore(ABC):
    kind: str  # 'embedded' or 'postgresql', for messages and logs

    @abstractmethod
    @contextmanager
    def connection(self) -> Iterator[Database]:
        """A database for one unit of work; returned to the store afterwards."""

    def audit(self, db: Database, clock: Clock) -> AuditLog:
        """The intake audit trail on that connection."""
        return AuditLog(db, clock)

    @abstractmethod
    def close(self) -> None:
        """Release the store's connections (not the vault's)."""


class EmbeddedStore(CountyStore):
    """The signed-in county vault's own database (one program at a time)."""

    kind = "embedded"

    def __init__(self, vault_db: Database) -> None:
        self.db = vault_db

    @contextmanager
    def connection(self) -> Iterator[Database]:
        yield self.db

    def close(self) -> None:
        """The vault's connection is closed by signing out."""


class PostgresStore(CountyStore):
    kind = "postgresql"

    def __init__(self, url: str, max_connections: int = 10) -> None:
        try:  # psycopg only when used; the laptop's frozen program leaves it out
            from csec_desktop.core.county.postgres import PostgresPool
        except ImportError:
            raise UsageError(
                "this program has no PostgreSQL driver; use the csec-desktop package installed "
                "on the county's server for --database"
            ) from None
        self.pool = PostgresPool(url, max_size=max_connections)

    @contextmanager
    def connection(self) -> Iterator[Database]:
        from csec_desktop.core.county.postgres import PgDatabase

        with self.pool.pool.connection() as conn:
            yield PgDatabase(conn)

    def close(self) -> None:
        self.pool.close()


def open_store(url: str | None, vault_db: Database, max_connections: int = 10) -> CountyStore:
    """The store ``url`` names (``postgresql://…``), or the vault itself when it is None."""
    if url is None:
        return EmbeddedStore(vault_db)
    return server_store(url, max_connections)


def server_store(url: str, max_connections: int = 10) -> PostgresStore:
    """The PostgreSQL store ``url`` names, reached and migrated; ``UsageError`` for another
    scheme, ``VaultError`` when it cannot be reached (one line, no password)."""
    if not url.startswith(POSTGRES_SCHEMES):
        raise UsageError("--database must be a postgresql:// address (or left out for the vault)")
    return PostgresStore(url, max_connections)
