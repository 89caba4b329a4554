"""Dated episodes about a youth: missing from care, exploitation status, legal status, placement.

Each is a synced record with a start and, once over, an end; what else it holds is in ``data``
(a missing episode's notices, the encounter that set a status, the reason an episode ended).
Episodes are never deleted: history is what the WIC 16501.45 counts and the audits read
(in care at the time? missing at the time? reported within 24 hours?).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.vault.audit import AuditEvent

EpisodeKind = Literal["missing", "exploitation_status", "legal_status", "placement"]
EPISODE_KINDS: tuple[EpisodeKind, ...] = (
    "missing",
    "exploitation_status",
    "legal_status",
    "placement",
)


@dataclass(frozen=True)
class EpisodeRecord:
    id: str
    youth_id: str
    kind: str
    started_at: datetime
    ended_at: datetime | None
    data: dict[str, Any]
    version: int

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


_SELECT = "SELECT id, youth_id, kind, started_at, ended_at, data, version FROM episodes "


def _record(row: tuple[Any, ...]) -> EpisodeRecord:
    return EpisodeRecord(
        row[0],
        row[1],
        row[2],
        from_iso(row[3]),
        from_iso(row[4]) if row[4] else None,
        json.loads(row[5]),
        int(row[6]),
    )


class EpisodeStore:
    """Reading and writing episodes inside the caller's transaction (if any), audited."""

    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def start(
        self, youth_id: str, kind: EpisodeKind, started_at: datetime, data: dict[str, Any]
    ) -> EpisodeRecord:
        self.ctx.require_youth(youth_id)  # a worker records only for youth shared with them
        episode_id = new_id()
        with self.ctx.db.transaction():
            self.ctx.insert(
                "episodes",
                episode_id,
                {
                    "youth_id": youth_id,
                    "kind": kind,
                    "started_at": to_iso(started_at),
                    "ended_at": None,
                    "data": json.dumps(nfc_all(data), sort_keys=True),
                },
            )
            self.ctx.audit_event(AuditEvent.RECORD_CREATED, episode_id, "episode", episode=kind)
        return self.get(episode_id)

    def change(
        self,
        episode_id: str,
        data: dict[str, Any],
        ended_at: datetime | None = None,
        started_at: datetime | None = None,
        **detail: Any,
    ) -> EpisodeRecord:
        """Replace the episode's data; end it at ``ended_at`` or move its start when given."""
        fields: dict[str, Any] = {"data": json.dumps(nfc_all(data), sort_keys=True)}
        if ended_at is not None:
            fields["ended_at"] = to_iso(ended_at)
        if started_at is not None:
            fields["started_at"] = to_iso(started_at)
        with self.ctx.db.transaction():
            self.ctx.touch("episodes", episode_id, fields)
            self.ctx.audit_event(AuditEvent.RECORD_CHANGED, episode_id, "episode", **detail)
        return self.get(episode_id)

    def get(self, episode_id: str) -> EpisodeRecord:
        row = self.ctx.db.execute(_SELECT + "WHERE id = ?", (episode_id,)).fetchone()
        if row is None:
            raise CsecError("That episode is not on this laptop.")
        record = _record(row)
        self.ctx.require_youth(record.youth_id)
        return record

    def for_youth(self, youth_id: str, kind: EpisodeKind | None = None) -> list[EpisodeRecord]:
        """The youth's episodes, newest start first (of one kind when given); ``AuthError`` for
        a youth not shared with this worker."""
        self.ctx.require_youth(youth_id)
        if kind is None:
            rows = self.ctx.db.execute(
                _SELECT + "WHERE youth_id = ? ORDER BY started_at DESC", (youth_id,)
            )
        else:
            rows = self.ctx.db.execute(
                _SELECT + "WHERE youth_id = ? AND kind = ? ORDER BY started_at DESC",
                (youth_id, kind),
            )
        return [_record(row) for row in rows.fetchall()]

    def current(self, youth_id: str, kind: EpisodeKind) -> EpisodeRecord | None:
        """The open episode of this kind (the latest started, if several)."""
        return next((e for e in self.for_youth(youth_id, kind) if e.is_open), None)

    def open_of_kind(self, kind: EpisodeKind) -> list[EpisodeRecord]:
        rows = self.ctx.db.execute(
            _SELECT + "WHERE kind = ? AND ended_at IS NULL ORDER BY started_at", (kind,)
        )
        return [_record(row) for row in rows.fetchall()]
