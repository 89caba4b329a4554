"""What every record store shares: who acts, when, versions for sync, and audit events.

A change bumps the record's local ``version`` and marks it ``dirty`` (to be sent in the next
bundle); ``base_version`` stays at what the county last acknowledged, which lets county intake
tell an edit that builds on its copy from one that does not.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.clock import Clock, to_iso
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database

SYNCED_TABLES = ("youth", "encounters", "duties", "case_items", "episodes")


@dataclass(frozen=True)
class Actor:
    """The signed-in worker a change is recorded under."""

    username: str
    display_name: str


def new_id() -> str:
    return str(uuid.uuid4())


class RecordContext:
    """The database, audit log, clock and actor a store works with, passed in explicitly."""

    def __init__(self, db: Database, audit: AuditLog, clock: Clock, actor: Actor) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.actor = actor

    def now(self) -> str:
        return to_iso(self.clock())

    def insert(self, table: str, record_id: str, fields: dict[str, Any]) -> None:
        """Insert a new synced record (inside the caller's transaction)."""
        assert table in SYNCED_TABLES
        stamp = self.now()
        row = {
            "id": record_id,
            **fields,
            "version": 1,
            "base_version": None,
            "dirty": 1,
            "created_at": stamp,
            "created_by": self.actor.username,
            "updated_at": stamp,
            "updated_by": self.actor.username,
        }
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(row.values()))  # noqa: S608 - table and columns are ours

    def touch(self, table: str, record_id: str, fields: dict[str, Any]) -> int:
        """Update fields of a synced record, bump its version; returns the new version."""
        assert table in SYNCED_TABLES
        sets = "".join(f"{name} = ?, " for name in fields)
        cursor = self.db.execute(
            f"UPDATE {table} SET {sets}version = version + 1, dirty = 1, "  # noqa: S608
            "updated_at = ?, updated_by = ? WHERE id = ? RETURNING version",
            (*fields.values(), self.now(), self.actor.username, record_id),
        )
        row = cursor.fetchone()
        if row is None:
            raise KeyError(record_id)
        return int(row[0])

    def audit_event(self, event: AuditEvent, record_id: str, kind: str, **detail: Any) -> None:
        self.audit.append(event, self.actor.username, record_id, {"kind": kind, **detail})
