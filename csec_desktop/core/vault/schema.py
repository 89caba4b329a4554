"""Schema versions and ordered migrations, with an encrypted backup before any upgrade.

Each migration is (version, description, step): the step is SQL text, or a function given the
connection for a data step that needs Python (see ``migrations.py``). A vault at version N gets
every migration above N applied in order, in one transaction each; before the first one runs,
the whole database is copied with ``sqlcipher_export`` into an encrypted backup beside it,
under the same key.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from csec_desktop.core.clock import Clock, to_iso
from csec_desktop.core.errors import VaultError
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.migrations import MIGRATIONS, Step

LATEST = MIGRATIONS[-1][0]
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def current_version(conn: Any) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def backup(db: Database, data_key: bytes, target: Path) -> None:
    """An encrypted copy of the whole database under the same key, owner-only (0600)."""
    if target.exists():
        target.unlink()
    # Created empty and owner-only first: SQLite would create it with the umask's mode.
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600))
    with db.lock:
        db.conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{data_key.hex()}'\"", (str(target),))
        try:
            db.conn.execute("SELECT sqlcipher_export('backup')").fetchall()
        finally:
            db.conn.execute("DETACH DATABASE backup")


Migration = tuple[int, str, Step]


def migrate(
    db: Database, data_key: bytes, clock: Clock, migrations: tuple[Migration, ...] | None = None
) -> list[int]:
    """Apply pending migrations; return the versions applied. ``migrations`` defaults to the
    laptop's; the county store passes its own ordered set (see ``core/county/store.py``)."""
    steps = MIGRATIONS if migrations is None else migrations
    latest = LATEST if migrations is None else migrations[-1][0]
    version = current_version(db.conn)
    if version > latest:
        raise VaultError(
            f"this vault was written by a newer version of the app (schema {version}); "
            "update the app before opening it"
        )
    pending = [m for m in steps if m[0] > version]
    if pending and version > 0:
        backup(db, data_key, db.path.with_name(f"{db.path.name}.v{version}.bak"))
    for number, _description, step in pending:
        with db.transaction() as conn:
            if number == 1:
                conn.execute(
                    "CREATE TABLE schema_version "
                    "(version INTEGER NOT NULL, applied_at TEXT NOT NULL)"
                )
            if callable(step):
                step(conn)
            else:
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, ?)", (number, to_iso(clock())))
    remove_backups(db.path)
    return [m[0] for m in pending]


def remove_backups(db_path: Path) -> None:
    """After a good upgrade (or at an open with nothing to upgrade) no backup stays: it would
    keep youth that were purged since it was taken. A failed upgrade keeps its backup, since
    the loop above raises before getting here."""
    for leftover in db_path.parent.glob(f"{db_path.name}.v*.bak*"):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _statements(sql: str) -> list[str]:
    """Split a migration script on statement ends, keeping trigger bodies whole."""
    statements, current = [], []
    for line in sql.strip().splitlines():
        current.append(line)
        joined = "\n".join(current).strip()
        if joined.endswith(";") and (
            not joined.upper().startswith("CREATE TRIGGER") or joined.endswith("END;")
        ):
            statements.append(joined)
            current = []
    return statements
