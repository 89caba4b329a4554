"""The county commands' shared options, their one way of signing in to the county vault, and
their one way of writing a trust file they issued.

Every ``csec county`` command except ``init`` signs in with :func:`county_signed_in`: it reads
the county account's passphrase (``getpass`` on a terminal, else the next line of standard
input), opens the intake store (the vault itself, or PostgreSQL with ``--database``) and always
closes both, whatever the command raised.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from csec_desktop.cli.common import add_json, add_passphrase_stdin, read_secrets
from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.county.store_backend import CountyStore, open_store
from csec_desktop.core.errors import UsageError, VaultError
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.instance_lock import IN_USE
from csec_desktop.core.vault.session import Session

DATABASE_ENV = "CSEC_COUNTY_DATABASE"


def add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        default=os.environ.get(DATABASE_ENV) or None,
        metavar="URL",
        help="intake store on PostgreSQL, e.g. postgresql://intake@dbhost/csec (default: "
        f"${DATABASE_ENV}, else the encrypted county vault itself)",
    )


def add_county_account(
    parser: argparse.ArgumentParser, account_help: str = "a county account", *, json: bool = True
) -> None:
    """``--county-dir``, ``--username``, ``--passphrase-stdin``, ``--database`` (and ``--json``)."""
    parser.add_argument("--county-dir", type=Path, required=True, help="the county store folder")
    parser.add_argument("--username", required=True, help=account_help)
    add_passphrase_stdin(parser, "that account's passphrase")
    add_database(parser)
    if json:
        add_json(parser)


class CountySession:
    """A signed-in county vault with its intake store: ``db`` and ``audit`` are the intake
    store's (the vault itself by default), ``vault_session`` holds the keys."""

    def __init__(self, session: Session, store: CountyStore) -> None:
        self.vault_session, self.store = session, store
        self._lease: AbstractContextManager[Database] = store.connection()
        self.db = self._lease.__enter__()
        self.audit = (
            session.audit if store.kind == "embedded" else AuditLog(self.db, session.vault.clock)
        )
        self.account, self.vault = session.account, session.vault

    def sign_out(self) -> None:
        try:
            self._lease.__exit__(None, None, None)
            self.store.close()
        finally:
            self.vault_session.sign_out()


def sign_in_county(args: argparse.Namespace, wait_seconds: float = 0) -> Session:
    """The county vault signed in as ``args.username``; the caller signs out.

    With ``wait_seconds`` a process starting beside another (PostgreSQL intake: each holds the
    vault only while it reads the keys) waits up to that long for its turn.
    Raises ``UsageError`` when ``args.county_dir`` holds no county store.
    """
    vault = CountyVault(args.county_dir)
    if not vault.is_initialized():
        raise UsageError(f"no county store in {args.county_dir} (create one: csec county init)")
    (passphrase,) = read_secrets(1)
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return vault.sign_in(args.username, passphrase)
        except VaultError as exc:
            if exc.message != IN_USE or time.monotonic() > deadline:
                raise
            time.sleep(0.5)


@contextmanager
def county_signed_in(args: argparse.Namespace) -> Iterator[tuple[CountySession, CountyAuthority]]:
    """Signed in to the county vault with its intake store open and the county's authority;
    everything is closed and signed out when the block ends, however it ends."""
    session = sign_in_county(args)
    try:
        county = CountySession(session, open_store(args.database, session.db))
    except BaseException:
        session.sign_out()
        raise
    try:
        yield (
            county,
            CountyAuthority(session.db, county.audit, session.account.username, store=county.db),
        )
    finally:
        county.sign_out()


def write_trust_file(path: Path, trust: bytes, authority: CountyAuthority) -> int:
    """Write a trust file just issued to ``path`` (never over an existing file; read back
    before it counts as written) and return its version, for the command's message."""
    atomic_write(path, trust, overwrite=False, verify=True)
    return authority.current_trust().version
