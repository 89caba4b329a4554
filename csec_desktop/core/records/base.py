"""What every record store shares: who acts, when, versions for sync, and audit events.

A change bumps the record's local ``version`` and marks it ``dirty`` (to be sent in the next
bundle); ``base_version`` stays at what the county last acknowledged, which lets county intake
tell an edit that builds on its copy from one that does not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from csec_desktop.core.clock import Clock, to_iso
from csec_desktop.core.errors import AuthError, ValidationError
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database

SYNCED_TABLES = ("youth", "encounters", "duties", "case_items", "episodes")
T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """The signed-in worker a change is recorded under, and what they may see.

    ``sees_all`` is a supervisor's view of every youth on the laptop; anyone else sees the
    youth they added and those shared with them (``youth_access``). Off by default, so a
    forgotten flag hides records rather than showing them.
    """

    username: str
    display_name: str
    sees_all: bool = False
    # The agency a youth this worker adds most likely belongs to: the profile form's first
    # choice (a probation officer's youth are probation youth), never a rule.
    home_agency: str = "child_welfare"

    @classmethod
    def of(cls, account: Any) -> Actor:
        """The actor for a signed-in ``vault.roles.Account`` (supervisors see every youth)."""
        role = str(account.role)
        home = "probation" if role == "probation_officer" else "child_welfare"
        return cls(account.username, account.display_name, role == "supervisor", home)


NOT_SHARED = (
    "That youth's record is not shared with you on this laptop. Ask the worker who added it "
    "or a supervisor to share it."
)


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

    # -- who may see which youth (one place for the rule) -----------------------------------
    def can_see(self, youth_id: str) -> bool:
        if self.actor.sees_all:
            return True
        clause, params = self.visible_clause("?")
        row = self.db.execute(f"SELECT {clause}", (youth_id, *params)).fetchone()
        return bool(row[0])

    def visible_clause(self, youth_id_sql: str) -> tuple[str, tuple[str, ...]]:
        """The rule of ``can_see`` as an SQL condition on ``youth_id_sql`` (a column or ``?``),
        with its parameters, so a write can carry its own access check: the same youth pass
        and fail either way. ``("1", ())`` for an actor who sees every youth."""
        if self.actor.sees_all:
            return "1", ()
        me = self.actor.username
        return (
            f"EXISTS (SELECT 1 FROM youth y WHERE y.id = {youth_id_sql} AND (y.created_by = ? "  # noqa: S608
            "OR EXISTS (SELECT 1 FROM youth_access a WHERE a.youth_id = y.id AND a.username = ?)))",
            (me, me),
        )

    def require_youth(self, youth_id: str) -> None:
        """Raise AuthError unless the actor may see and change this youth's records."""
        if not self.can_see(youth_id):
            known = self.db.execute("SELECT 1 FROM youth WHERE id = ?", (youth_id,)).fetchone()
            if known is None:  # "not shared" would send the worker to ask about no one
                raise ValidationError(f"There is no youth with id {youth_id} on this laptop.")
            raise AuthError(NOT_SHARED)

    def visible_youth(self) -> set[str] | None:
        """Every youth id the actor may see, or None for all (a supervisor)."""
        if self.actor.sees_all:
            return None
        rows = self.db.execute(
            "SELECT id FROM youth WHERE created_by = ? UNION "
            "SELECT youth_id FROM youth_access WHERE username = ?",
            (self.actor.username, self.actor.username),
        ).fetchall()
        return {str(row[0]) for row in rows}

    def only_visible(self, items: list[T], youth_of: Callable[[T], str]) -> list[T]:
        visible = self.visible_youth()
        return items if visible is None else [i for i in items if youth_of(i) in visible]

    def audit_event(self, event: AuditEvent, record_id: str, kind: str, **detail: Any) -> None:
        self.audit.append(event, self.actor.username, record_id, {"kind": kind, **detail})
