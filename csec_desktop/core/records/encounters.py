"""Encounters: one screening or assessment of one youth at one decision point.

An encounter pins the exact instrument definition it was captured under (id, version, content
hash, and the definition text itself, stored once per hash), so it always reopens and prints the
way it was answered, whatever later versions a county loads. Answers autosave one at a time:
each save is its own committed transaction, and the UI only says "saved" after it returns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.nfc import nfc
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.vault.audit import AuditEvent


@dataclass(frozen=True)
class PinnedDefinition:
    instrument_id: str
    version: str
    content_hash: str
    definition_json: str


@dataclass(frozen=True)
class EncounterRecord:
    id: str
    youth_id: str
    decision_point: str
    definition: PinnedDefinition
    info_received_at: str
    status: str
    position: str | None
    in_care: bool
    missing: bool
    answers: dict[str, Any]
    computed_band: str | None
    final_band: str | None
    override_reason: str | None
    explanation: Any
    version: int
    created_at: str
    created_by: str
    completed_at: str | None
    completed_by: str | None

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


_SELECT = (
    "SELECT e.id, e.youth_id, e.decision_point, d.instrument_id, d.instrument_version, d.hash, "
    "d.definition, e.info_received_at, e.status, e.position, e.in_care, e.missing, "
    "e.computed_band, e.final_band, e.override_reason, e.explanation, e.version, e.created_at, "
    "e.created_by, e.completed_at, e.completed_by "
    "FROM encounters e JOIN instrument_definitions d ON d.hash = e.instrument_hash "
)


class EncounterStore:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def start(
        self,
        youth_id: str,
        decision_point: str,
        definition: PinnedDefinition,
        info_received_at: datetime,
        in_care: bool,
        missing: bool,
    ) -> EncounterRecord:
        encounter_id = new_id()
        with self.ctx.db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO instrument_definitions VALUES (?, ?, ?, ?)",
                (
                    definition.content_hash,
                    definition.instrument_id,
                    definition.version,
                    definition.definition_json,
                ),
            )
            self.ctx.insert(
                "encounters",
                encounter_id,
                {
                    "youth_id": youth_id,
                    "decision_point": decision_point,
                    "instrument_hash": definition.content_hash,
                    "info_received_at": to_iso(info_received_at),
                    "status": "draft",
                    "in_care": int(in_care),
                    "missing": int(missing),
                },
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CREATED,
                encounter_id,
                "encounter",
                instrument=definition.instrument_id,
            )
        return self.get(encounter_id)

    def save_answer(self, encounter_id: str, item_id: str, value: Any, position: str | None) -> str:
        """Commit one answer (``None`` clears it). Returns when it is durably saved."""
        stamp = self.ctx.now()
        with self.ctx.db.transaction() as conn:
            self._require_draft(encounter_id)
            if value is None:
                conn.execute(
                    "DELETE FROM answers WHERE encounter_id = ? AND item_id = ?",
                    (encounter_id, item_id),
                )
            else:
                conn.execute(
                    "INSERT INTO answers VALUES (?, ?, ?, ?, ?) ON CONFLICT (encounter_id, "
                    "item_id) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at, "
                    "saved_by = excluded.saved_by",
                    (encounter_id, item_id, json.dumps(value), stamp, self.ctx.actor.username),
                )
            self.ctx.touch("encounters", encounter_id, {"position": position})
            self.ctx.audit_event(AuditEvent.RECORD_CHANGED, encounter_id, "encounter", item=item_id)
        return stamp

    def save_answers(self, encounter_id: str, answers: dict[str, Any], position: str | None) -> str:
        """Commit many answers at once (bulk entry and imports); one audit event."""
        stamp = self.ctx.now()
        with self.ctx.db.transaction() as conn:
            self._require_draft(encounter_id)
            conn.executemany(
                "INSERT INTO answers VALUES (?, ?, ?, ?, ?) ON CONFLICT (encounter_id, "
                "item_id) DO UPDATE SET value = excluded.value, saved_at = excluded.saved_at, "
                "saved_by = excluded.saved_by",
                [
                    (encounter_id, item, json.dumps(value), stamp, self.ctx.actor.username)
                    for item, value in answers.items()
                    if value is not None
                ],
            )
            self.ctx.touch("encounters", encounter_id, {"position": position})
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, encounter_id, "encounter", items=len(answers)
            )
        return stamp

    def answer_times(self, encounter_id: str) -> dict[str, str]:
        """When each stored answer was committed (item id -> ISO time)."""
        rows = self.ctx.db.execute(
            "SELECT item_id, saved_at FROM answers WHERE encounter_id = ?", (encounter_id,)
        ).fetchall()
        return {str(item): str(at) for item, at in rows}

    def set_position(self, encounter_id: str, position: str | None) -> None:
        self.ctx.db.execute(
            "UPDATE encounters SET position = ? WHERE id = ?", (position, encounter_id)
        )

    def complete(
        self,
        encounter_id: str,
        computed_band: str,
        final_band: str,
        override_reason: str | None,
        explanation: Any,
    ) -> EncounterRecord:
        if final_band != computed_band and not (override_reason or "").strip():
            raise CsecError("Changing the outcome needs a written reason.")
        with self.ctx.db.transaction():
            self._require_draft(encounter_id)
            self.ctx.touch(
                "encounters",
                encounter_id,
                {
                    "status": "completed",
                    "computed_band": computed_band,
                    "final_band": final_band,
                    "override_reason": nfc((override_reason or "").strip()) or None,
                    "explanation": json.dumps(explanation),
                    "completed_at": self.ctx.now(),
                    "completed_by": self.ctx.actor.username,
                },
            )
            if final_band != computed_band:
                self.ctx.audit_event(
                    AuditEvent.RECORD_OVERRIDDEN,
                    encounter_id,
                    "encounter",
                    computed=computed_band,
                    final=final_band,
                )
            self.ctx.audit_event(
                AuditEvent.RECORD_COMPLETED, encounter_id, "encounter", band=final_band
            )
        return self.get(encounter_id)

    def get(self, encounter_id: str) -> EncounterRecord:
        row = self.ctx.db.execute(_SELECT + "WHERE e.id = ?", (encounter_id,)).fetchone()
        if row is None:
            raise CsecError("That screening is not on this laptop.")
        return self._record(row)

    def for_youth(self, youth_id: str) -> list[EncounterRecord]:
        rows = self.ctx.db.execute(
            _SELECT + "WHERE e.youth_id = ? ORDER BY e.info_received_at DESC", (youth_id,)
        ).fetchall()
        return [self._record(row) for row in rows]

    def drafts(self) -> list[EncounterRecord]:
        rows = self.ctx.db.execute(_SELECT + "WHERE e.status = 'draft' ORDER BY e.updated_at DESC")
        return [self._record(row) for row in rows.fetchall()]

    def _require_draft(self, encounter_id: str) -> None:
        row = self.ctx.db.execute(
            "SELECT status FROM encounters WHERE id = ?", (encounter_id,)
        ).fetchone()
        if row is None:
            raise CsecError("That screening is not on this laptop.")
        if row[0] != "draft":
            raise CsecError("This screening is completed and can no longer be changed.")

    def _record(self, row: tuple[Any, ...]) -> EncounterRecord:
        answers = {
            item: json.loads(value)
            for item, value in self.ctx.db.execute(
                "SELECT item_id, value FROM answers WHERE encounter_id = ?", (row[0],)
            ).fetchall()
        }
        return EncounterRecord(
            id=row[0],
            youth_id=row[1],
            decision_point=row[2],
            definition=PinnedDefinition(row[3], row[4], row[5], row[6]),
            info_received_at=row[7],
            status=row[8],
            position=row[9],
            in_care=bool(row[10]),
            missing=bool(row[11]),
            answers=answers,
            computed_band=row[12],
            final_band=row[13],
            override_reason=row[14],
            explanation=json.loads(row[15]) if row[15] else None,
            version=row[16],
            created_at=row[17],
            created_by=row[18],
            completed_at=row[19],
            completed_by=row[20],
        )
