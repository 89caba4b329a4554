"""Sharing a youth's record with another worker on the same laptop.

A worker sees the youth they added and those shared with them; a supervisor sees every youth
(``RecordContext.can_see`` holds the rule). The worker who added a youth, or a supervisor, may
share it with another active account and take the share back; both are audited.
"""

from __future__ import annotations

from csec_desktop.core.errors import AuthError, CsecError
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.vault.audit import AuditEvent


class YouthAccess:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def _require_owner(self, youth_id: str) -> None:
        row = self.ctx.db.execute(
            "SELECT created_by FROM youth WHERE id = ? AND purged_at IS NULL", (youth_id,)
        ).fetchone()
        if row is None:
            raise CsecError("That youth's record is not on this laptop.")
        if not self.ctx.actor.sees_all and row[0] != self.ctx.actor.username:
            raise AuthError(
                "Only the worker who added this youth, or a supervisor, can share the record."
            )

    def share(self, youth_id: str, username: str) -> None:
        self._require_owner(youth_id)
        active = self.ctx.db.execute(
            "SELECT 1 FROM accounts WHERE username = ? AND active = 1", (username,)
        ).fetchone()
        if active is None:
            raise CsecError(f"There is no active account named {username} on this laptop.")
        with self.ctx.db.transaction():
            self.ctx.db.execute(
                "INSERT OR IGNORE INTO youth_access VALUES (?, ?, ?, ?)",
                (youth_id, username, self.ctx.actor.username, self.ctx.now()),
            )
            self.ctx.audit_event(AuditEvent.RECORD_CHANGED, youth_id, "youth", shared_with=username)

    def unshare(self, youth_id: str, username: str) -> None:
        self._require_owner(youth_id)
        with self.ctx.db.transaction():
            self.ctx.db.execute(
                "DELETE FROM youth_access WHERE youth_id = ? AND username = ?",
                (youth_id, username),
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, youth_id, "youth", unshared_with=username
            )

    def may_share(self, youth_id: str) -> bool:
        try:
            self._require_owner(youth_id)
        except CsecError:
            return False
        return True

    def candidates(self, youth_id: str) -> list[tuple[str, str, bool]]:
        """(user name, display name, shared now) of every other active account that does not
        see every youth already (supervisors do), for the share window."""
        shared = set(self.shared_with(youth_id))
        rows = self.ctx.db.execute(
            "SELECT username, display_name FROM accounts WHERE active = 1 AND role <> ? "
            "AND username <> ? AND username <> (SELECT created_by FROM youth WHERE id = ?) "
            "ORDER BY display_name",
            ("supervisor", self.ctx.actor.username, youth_id),
        ).fetchall()
        return [(str(r[0]), str(r[1]), str(r[0]) in shared) for r in rows]

    def shared_with(self, youth_id: str) -> list[str]:
        self.ctx.require_youth(youth_id)
        rows = self.ctx.db.execute(
            "SELECT username FROM youth_access WHERE youth_id = ? ORDER BY username", (youth_id,)
        ).fetchall()
        return [str(row[0]) for row in rows]
