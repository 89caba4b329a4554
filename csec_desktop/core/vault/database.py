"""Opening the SQLCipher database with a raw key, and proving it really is encrypted.

The key is the 256-bit data key from a key slot, passed as a raw key (``x'...'``) so SQLCipher
skips its own PBKDF2 (Argon2id already did the slow part). A self-test at every open asserts the
cipher settings and refuses a driver that turns out to be plain SQLite, because a silent
fallback to plaintext would be the worst possible failure of this product.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

import sqlcipher3

from csec_desktop.core.errors import VaultError

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"

# Applied after keying, in this order. cipher_memory_security wipes and locks SQLCipher's
# buffers; secure_delete overwrites deleted content; temp_store keeps temp tables off disk.
PRAGMAS = (
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    # 64 MiB of decrypted pages: each page read from disk costs a decryption and an HMAC check,
    # so a larger cache is what keeps a 20,000-youth caseload quick.
    "PRAGMA cache_size = -65536",
)


def _key_pragma(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise VaultError("the data key must be 256 bits")
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def self_test(conn: Any, path: Path) -> None:
    """Refuse to run unless SQLCipher is active with the settings the security model needs."""
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise VaultError("the database driver has no encryption; refusing to store data")
    checks = {
        "cipher_memory_security": "1",
        "secure_delete": "1",
        "temp_store": "2",
        "synchronous": "2",
        "journal_mode": "wal",
    }
    for pragma, expected in checks.items():
        row = conn.execute(f"PRAGMA {pragma}").fetchone()
        if row is None or str(row[0]).lower() != expected:
            raise VaultError(f"database setting {pragma} is not as required; refusing to open")
    if path.exists():
        with path.open("rb") as handle:
            if handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER:
                raise VaultError(f"{path.name} is an unencrypted database; refusing to open")


def open_database(path: Path, data_key: bytes, *, create: bool = False) -> Any:
    """An open, keyed, self-tested connection. Raises VaultError with a clear reason."""
    if not create and not path.exists():
        raise VaultError(f"vault file {path.name} is missing from the data folder")
    if path.exists():
        if not create and path.stat().st_size == 0:
            # Not a wrong passphrase: the file itself is gone to nothing (a failed copy, a full
            # disk). Say so, and where to go next.
            raise VaultError(
                f"vault file {path.name} is empty (damaged); restore it from a backup, or "
                "ask the county for a new laptop setup"
            )
        with path.open("rb") as handle:
            if handle.read(len(PLAIN_SQLITE_HEADER)) == PLAIN_SQLITE_HEADER:
                raise VaultError(f"{path.name} is an unencrypted database; refusing to open")
    # check_same_thread=False: background jobs use the connection under the Database lock.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs failed page checks to stderr by default: lines outside our one-line
        # messages, on the terminal or in the GUI's console. We report damage ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(_key_pragma(data_key))
        # The first read proves the key: a wrong key fails here ("file is not a database").
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma).fetchall()
        self_test(conn, path)
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultError(
            f"vault file {path.name} cannot be opened with this key (damaged or replaced)"
        ) from None
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    """A keyed connection shared by the services of one signed-in session."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.lock = threading.RLock()

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VaultError("the vault is locked")
        return self._conn

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        with self.lock:
            return self.conn.execute(sql, params)

    def execute_without_fsync(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        """One statement committed on its own without its own fsync: ``synchronous = NORMAL``
        for that commit only. In WAL mode its frames reach the operating system at once (a
        killed process loses nothing) and the disk with the next FULL commit, whose fsync
        covers every earlier frame; a power cut before then loses only this statement.

        Only for state whose loss is harmless and which the next answer's commit rewrites (a
        form's position: see docs/decisions.md), never for an answer or a record. Inside an
        open transaction it joins that transaction and its FULL commit.
        """
        with self.lock:
            conn = self.conn
            if conn.in_transaction:
                conn.execute(sql, params)
                return
            conn.execute("PRAGMA synchronous = NORMAL")
            try:
                conn.execute(sql, params)
            finally:
                conn.execute("PRAGMA synchronous = FULL")

    def transaction(self) -> _Transaction:
        return _Transaction(self)

    def attach(self, conn: Any) -> None:
        """Take a new connection (after a re-key), so every store holding this object goes on
        working with the database under its new key."""
        with self.lock:
            if self._conn is not None:
                self._conn.close()
            self._conn = conn

    def close(self) -> None:
        with self.lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None


class _Transaction:
    """``with db.transaction():`` — BEGIN IMMEDIATE … COMMIT, rolled back on any exception.

    Nested uses join the outer transaction, so a bulk job can wrap many single-record saves in
    one commit while each save stays atomic on its own.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.outer = False

    def __enter__(self) -> Any:
        self.db.lock.acquire()
        try:
            self.outer = not self.db.conn.in_transaction
            if self.outer:
                self._begin()
        except BaseException:
            self.db.lock.release()
            raise
        return self.db.conn

    def _begin(self) -> None:
        """Start the outer transaction, holding the write lock (SQLite: IMMEDIATE)."""
        self.db.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if not self.outer:
                return
            if exc_type is None:
                self._commit()
                return
            self._rollback()
            if isinstance(exc, sqlcipher3.OperationalError):
                raise VaultError(save_failure(exc)) from None
        finally:
            self.db.lock.release()

    def _commit(self) -> None:
        try:
            self.db.conn.execute("COMMIT")
        except sqlcipher3.OperationalError as exc:
            # A failed COMMIT can leave the transaction open; every later save would then join
            # it and never be committed. Roll back so the next save starts clean.
            self._rollback()
            raise VaultError(save_failure(exc)) from None

    def _rollback(self) -> None:
        conn = self.db.conn
        with contextlib.suppress(sqlcipher3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")


def save_failure(exc: BaseException) -> str:
    """One line for a write the device refused; SQLite's own text never quotes record content,
    but it is not shown either: only what a person can act on."""
    text = str(exc).lower()
    if "full" in text:
        return "could not save: the disk is full; nothing was changed"
    if "i/o" in text or "disk" in text or "readonly" in text or "read-only" in text:
        return "could not save: the disk could not be written; nothing was changed"
    if "locked" in text or "busy" in text:
        return "could not save: the vault is busy in another program; nothing was changed"
    return "could not save to the vault; nothing was changed"
