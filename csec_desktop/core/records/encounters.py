"""Encounters: one screening or assessment of one youth at one decision point.

An encounter pins the exact instrument definition it was captured under (id, version, content
hash, and the definition text itself, stored once per hash), so it always reopens and prints the
way it was answered, whatever later versions a county loads. Answers autosave one at a time:
each save is its own committed transaction, and the UI only says "saved" after it returns.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.nfc import nfc
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.records.encounter_record import (
    ENCOUNTER_SELECT,
    EncounterRecord,
    PinnedDefinition,
    encounter_from_row,
)
from csec_desktop.core.records.interpreter import NO_INTERPRETER, Interpreter
from csec_desktop.core.vault.audit import AuditEvent

_UPSERT = (
    "INSERT INTO answers VALUES (?, ?, ?, ?, ?) ON CONFLICT (encounter_id, item_id) DO UPDATE "
    "SET value = excluded.value, saved_at = excluded.saved_at, saved_by = excluded.saved_by"
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
        interpreter: Interpreter = NO_INTERPRETER,
    ) -> EncounterRecord:
        self.ctx.require_youth(youth_id)
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
                    "interpreter": interpreter.to_json(),
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
        """Commit one answer (``None`` clears it). Returns when it is durably saved.

        Refuses (``CsecError``, ``AuthError``, nothing written) a signed or discarded record
        and a youth not shared with this worker: the checks ride on the encounter's touch."""
        stamp = self.ctx.now()
        with self.ctx.db.transaction() as conn:
            self._touch_draft(encounter_id, position, stamp)
            if value is None:
                conn.execute(
                    "DELETE FROM answers WHERE encounter_id = ? AND item_id = ?",
                    (encounter_id, item_id),
                )
            else:
                conn.execute(_UPSERT, (encounter_id, item_id, json.dumps(value), stamp, self._me))
            # The entry carries the answer's own time (one clock reading and text per answer).
            self.ctx.audit.append(
                AuditEvent.RECORD_CHANGED,
                self._me,
                encounter_id,
                {"kind": "encounter", "item": item_id},
                at=stamp,
            )
        return stamp

    def save_answers(self, encounter_id: str, answers: dict[str, Any], position: str | None) -> str:
        """Commit many answers at once (bulk entry and imports); one audit event."""
        stamp = self.ctx.now()
        with self.ctx.db.transaction() as conn:
            self._touch_draft(encounter_id, position, stamp)
            conn.executemany(
                _UPSERT,
                [
                    (encounter_id, item, json.dumps(value), stamp, self._me)
                    for item, value in answers.items()
                    if value is not None
                ],
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, encounter_id, "encounter", items=len(answers)
            )
        return stamp

    def _touch_draft(self, encounter_id: str, position: str | None, stamp: str) -> None:
        """Touch a draft (position, version, dirty, updated) in one statement that is also its
        checks: it changes a row only if the record is a draft, not discarded, and its youth is
        one this worker may see (``RecordContext.visible_clause``, the rule ``can_see`` uses).
        Every answer passes here, and the checks as reads of their own were two statements
        more per answer. When no row changed, ``_require_draft`` says why and raises; the
        caller's transaction then rolls back."""
        visible, params = self.ctx.visible_clause("youth_id")
        cursor = self.ctx.db.execute(
            "UPDATE encounters SET position = ?, version = version + 1, dirty = 1, "  # noqa: S608
            "updated_at = ?, updated_by = ? WHERE id = ? AND status = 'draft' "
            f"AND discarded IS NULL AND {visible}",  # the condition is our own SQL
            (position, stamp, self._me, encounter_id, *params),
        )
        if cursor.rowcount != 1:
            self._require_draft(encounter_id)
            raise CsecError("That screening is not on this laptop.")  # vanished meanwhile

    @property
    def _me(self) -> str:
        return self.ctx.actor.username

    def answer_times(self, encounter_id: str) -> dict[str, str]:
        """When each stored answer was committed (item id -> ISO time)."""
        rows = self.ctx.db.execute(
            "SELECT item_id, saved_at FROM answers WHERE encounter_id = ?", (encounter_id,)
        ).fetchall()
        return {str(item): str(at) for item, at in rows}

    def set_interpreter(self, encounter_id: str, interpreter: Interpreter) -> EncounterRecord:
        """Correct whether an interpreter was used (drafts only: a signed record is changed by
        an addendum). Audited; the record's version goes up, so the change syncs."""
        with self.ctx.db.transaction():
            self._require_draft(encounter_id)
            self.ctx.touch("encounters", encounter_id, {"interpreter": interpreter.to_json()})
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, encounter_id, "encounter", item="interpreter"
            )
        return self.get(encounter_id)

    def set_position(self, encounter_id: str, position: str | None) -> bool:
        """Where the draft resumes; False when nothing was stored. Not fsync'd on its own: a
        move is not an answer, and the next answer's FULL commit stores the position again and
        makes it durable; a killed app keeps it (decision 44). The answer's checks ride on the
        move's UPDATE: a signed or discarded record, a youth not shared with this worker or a
        record not on this laptop keeps its stored position (the wizard still moves on screen,
        and the next answer is refused with the reason, as before)."""
        visible, params = self.ctx.visible_clause("youth_id")
        db = self.ctx.db
        with db.lock:
            before = db.conn.total_changes
            db.execute_without_fsync(
                f"UPDATE encounters SET position = ? WHERE id = ? AND status = 'draft' "  # noqa: S608
                f"AND discarded IS NULL AND {visible}",  # the condition is our own SQL
                (position, encounter_id, *params),
            )
            return bool(db.conn.total_changes != before)

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

    def record_override(
        self, encounter_id: str, final_band: str, reason: str, explanation: Any
    ) -> EncounterRecord:
        """A co-signed override of a completed encounter's outcome (the only later change)."""
        with self.ctx.db.transaction():
            self.ctx.touch(
                "encounters",
                encounter_id,
                {
                    "final_band": final_band,
                    "override_reason": reason,
                    "explanation": json.dumps(explanation),
                },
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_OVERRIDDEN,
                encounter_id,
                "encounter",
                final=final_band,
                cosigned=True,
            )
        return self.get(encounter_id)

    def get(self, encounter_id: str) -> EncounterRecord:
        row = self.ctx.db.execute(ENCOUNTER_SELECT + "WHERE e.id = ?", (encounter_id,)).fetchone()
        if row is None:
            raise CsecError("That screening is not on this laptop.")
        record = encounter_from_row(self.ctx.db, row)
        self.ctx.require_youth(record.youth_id)
        return record

    def get_youth_id(self, encounter_id: str) -> str | None:
        """Which youth an encounter belongs to (no access check: used to filter lists)."""
        row = self.ctx.db.execute(
            "SELECT youth_id FROM encounters WHERE id = ?", (encounter_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def for_youth(self, youth_id: str) -> list[EncounterRecord]:
        """The youth's screenings and assessments, newest first (discarded drafts left out)."""
        self.ctx.require_youth(youth_id)
        rows = self.ctx.db.execute(
            ENCOUNTER_SELECT + "WHERE e.youth_id = ? AND e.discarded IS NULL "
            "ORDER BY e.info_received_at DESC",
            (youth_id,),
        ).fetchall()
        return [encounter_from_row(self.ctx.db, row) for row in rows]

    def drafts(self) -> list[EncounterRecord]:
        rows = self.ctx.db.execute(
            ENCOUNTER_SELECT
            + "WHERE e.status = 'draft' AND e.discarded IS NULL ORDER BY e.updated_at DESC"
        )
        records = [encounter_from_row(self.ctx.db, row) for row in rows.fetchall()]
        return self.ctx.only_visible(records, lambda r: r.youth_id)

    def discard(self, encounter_id: str, reason: str) -> None:
        """Discard a draft: it leaves the lists, cannot be resumed, and the discard syncs.

        The row and its answers stay (a tombstone ``{at, by, reason}`` in ``discarded``);
        audited as ``record_removed``. Raises ``CsecError`` for a signed form, a draft already
        discarded, or no reason."""
        why = reason.strip()
        if not why:
            raise CsecError(
                "Say why the draft is discarded (for example: started for the wrong youth)."
            )
        self._require_draft(encounter_id)
        mark = {"at": self.ctx.now(), "by": self.ctx.actor.username, "reason": why}
        with self.ctx.db.transaction():
            self.ctx.touch(
                "encounters", encounter_id, {"discarded": json.dumps(mark, sort_keys=True)}
            )
            self.ctx.audit_event(AuditEvent.RECORD_REMOVED, encounter_id, "encounter", draft=True)

    def _require_draft(self, encounter_id: str) -> None:
        # Only the columns the check reads: every answer passes here, and loading the whole
        # record (its pinned definition and every answer) cost more than the answer's write.
        row = self.ctx.db.execute(
            "SELECT status, discarded, youth_id FROM encounters WHERE id = ?", (encounter_id,)
        ).fetchone()
        if row is None:
            raise CsecError("That screening is not on this laptop.")
        self.ctx.require_youth(str(row[2]))  # refuses a youth not shared with this worker
        if row[0] != "draft":
            raise CsecError("This screening is completed and can no longer be changed.")
        if row[1] is not None:
            raise CsecError("This draft was discarded, so it can no longer be changed.")
