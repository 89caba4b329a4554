"""The append-only, hash-chained audit log inside the vault.

Each row's hash covers its own fields and the previous row's hash, so changing, removing or
reordering any row breaks the chain from that row on, and ``verify`` names the first broken
link. Triggers refuse UPDATE and DELETE. The log never holds record content: actors and subjects
are account names and record ids, and ``detail`` holds only counts, audiences and reasons codes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import sqlcipher3

from csec_desktop.core.clock import Clock, to_iso
from csec_desktop.core.vault.database import Database

GENESIS = "0" * 64
# One entry after a remembered head, in one statement that checks the head is still the last
# entry: if it is not, ``prev_hash`` comes out NULL and the NOT NULL constraint refuses the row
# (the hash covers the sequence number, so an equal last hash means the same last entry). A
# VALUES row, not INSERT ... SELECT ... WHERE: reading the table an INSERT ... SELECT writes
# makes SQLite copy the result through a temporary table first (four times the cost).
_APPEND = (
    "INSERT INTO audit (seq, at, actor, event, subject, detail, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, CASE WHEN coalesce("
    "(SELECT hash FROM audit ORDER BY seq DESC LIMIT 1), ?) = ? THEN ? END, ?)"
)
_INSERT = (
    "INSERT INTO audit (seq, at, actor, event, subject, detail, prev_hash, hash) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


class AuditEvent(StrEnum):
    VAULT_CREATED = "vault_created"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_OUT = "sign_out"
    ACCOUNT_LOCKED = "account_locked"
    SESSION_LOCKED = "session_locked"
    SESSION_UNLOCKED = "session_unlocked"
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_CHANGED = "account_changed"
    ACCOUNT_UNLOCKED = "account_unlocked"
    PASSPHRASE_CHANGED = "passphrase_changed"  # noqa: S105 - an event name
    RECOVERY_USED = "recovery_used"
    POLICY_CHANGED = "policy_changed"
    RECORD_VIEWED = "record_viewed"
    RECORD_CREATED = "record_created"
    RECORD_CHANGED = "record_changed"
    RECORD_OVERRIDDEN = "record_overridden"
    RECORD_COMPLETED = "record_completed"
    RECORD_REMOVED = "record_removed"  # a tombstone: the record stays, marked removed, and syncs
    RECORD_REOPENED = "record_reopened"
    RECORD_PRINTED = "record_printed"
    PRINT_FAILED = "print_failed"  # nothing was printed; said to the worker
    RECORD_EXPORTED = "record_exported"
    RECORD_IMPORTED = "record_imported"
    RECORD_PURGED = "record_purged"
    INSTRUMENT_INSTALLED = "instrument_installed"
    TRANSLATION_INSTALLED = "translation_installed"  # a county translation of the youth copy
    DRAFT_MOVED = "draft_moved"
    COSIGNED = "cosigned"  # a supervisor co-signed a worker's override or waiver


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str | None
    event: str
    subject: str | None
    detail: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    count: int
    first_broken: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken is None


def row_hash(
    seq: int,
    at: str,
    actor: str | None,
    event: str,
    subject: str | None,
    detail: str,
    prev_hash: str,
) -> str:
    canonical = json.dumps(
        [seq, at, actor, event, subject, detail, prev_hash], separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        # The chain's last (seq, hash) as this object last wrote it. Only a hint, kept for an
        # SQLCipher vault: each append checks it against the table inside its own insert
        # (_APPEND) under the write lock, so a head moved by another process or program, or a
        # row of this one rolled back with its transaction, costs one re-read, never a broken
        # or forked chain. Elsewhere (a PostgreSQL county store, where a failed statement ends
        # the transaction) the head is read before each append as before.
        self._head: tuple[int, str] | None = None

    def append(
        self,
        event: AuditEvent | str,
        actor: str | None,
        subject: str | None = None,
        detail: dict[str, Any] | None = None,
        at: str | None = None,
    ) -> int:
        """Append one event. Runs inside the caller's transaction when there is one."""
        stamp = at or to_iso(self.clock())
        body = json.dumps(detail or {}, sort_keys=True, separators=(",", ":"))
        row = (stamp, actor, str(event), subject, body)
        with self.db.lock:
            conn = self.db.conn
            head = self._head if isinstance(conn, sqlcipher3.Connection) else None
            if head is not None:
                seq, digest = head[0] + 1, row_hash(head[0] + 1, *row, head[1])
                try:
                    conn.execute(_APPEND, (seq, *row, GENESIS, head[1], head[1], digest))
                except sqlcipher3.IntegrityError:
                    head = None  # moved on elsewhere, or rolled back here: read it again
            if head is None:
                last = conn.execute(
                    "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"
                ).fetchone()
                seq, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
                digest = row_hash(seq, *row, prev)
                conn.execute(_INSERT, (seq, *row, prev, digest))
            self._head = (seq, digest)
        return seq

    def verify(self) -> ChainReport:
        prev, count = GENESIS, 0
        rows = self.db.execute(
            "SELECT seq, at, actor, event, subject, detail, prev_hash, hash FROM audit ORDER BY seq"
        )
        for expected_seq, row in enumerate(rows, start=1):
            seq, at, actor, event, subject, detail, prev_hash, digest = row
            count += 1
            if seq != expected_seq:
                return ChainReport(count, seq, f"audit entry {expected_seq} is missing")
            if prev_hash != prev:
                return ChainReport(count, seq, f"audit entry {seq} does not follow entry {seq - 1}")
            if row_hash(seq, at, actor, event, subject, detail, prev_hash) != digest:
                return ChainReport(count, seq, f"audit entry {seq} was altered")
            prev = digest
        return ChainReport(count)

    def entries(self, limit: int = 200) -> list[AuditEntry]:
        rows = self.db.execute(
            "SELECT seq, at, actor, event, subject, detail FROM audit ORDER BY seq DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]
