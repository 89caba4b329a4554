"""Duties and deadlines: what the law or county protocol asks after a screening, and by when.

Each duty is created from the policy's clocks when an encounter is completed, due relative to
*when the information was received* (not when the screen was typed up), and copies its label and
citation so it reads the same later even if the county changes its policy. The worker records
how and when it was done; done late, the reason is required. The laptop's own clock decides
what is overdue, so the panel is right offline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.records.encounters import EncounterRecord
from csec_desktop.core.screening_policy import Duty, ScreeningPolicy
from csec_desktop.core.vault.audit import AuditEvent

DUE_SOON = timedelta(hours=24)
Urgency = Literal["overdue", "due_soon", "upcoming", "done", "not_applicable"]


@dataclass(frozen=True)
class DutyRecord:
    id: str
    youth_id: str
    encounter_id: str | None
    duty_type: str
    due_at: datetime
    status: str
    data: dict[str, Any]
    version: int

    @property
    def label(self) -> dict[str, str]:
        return dict(self.data["label"])

    @property
    def citation(self) -> str:
        return str(self.data["citation"])

    @property
    def immediate(self) -> bool:
        return self.data.get("hours") is None

    def urgency(self, now: datetime) -> Urgency:
        if self.status != "open":
            return "done" if self.status == "done" else "not_applicable"
        if now > self.due_at:
            return "overdue"
        return "due_soon" if self.due_at - now <= DUE_SOON else "upcoming"


class DutyStore:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def create_for(
        self, encounter: EncounterRecord, band: str, policy: ScreeningPolicy
    ) -> list[DutyRecord]:
        """Create the duties this outcome starts (inside the caller's transaction if any)."""
        received = from_iso(encounter.info_received_at)
        duties = policy.duties_for(
            band, encounter.decision_point, encounter.missing, encounter.in_care
        )
        ids = []
        with self.ctx.db.transaction():
            for duty in duties:
                ids.append(self._create(encounter, duty, received))
        return [self.get(duty_id) for duty_id in ids]

    def _create(self, encounter: EncounterRecord, duty: Duty, received: datetime) -> str:
        duty_id = new_id()
        data = {
            "label": duty.label.model_dump(exclude_none=True),
            "citation": duty.citation,
            "hours": duty.hours,
            "county_setting": duty.county_setting,
            "received_at": encounter.info_received_at,
        }
        self.ctx.insert(
            "duties",
            duty_id,
            {
                "youth_id": encounter.youth_id,
                "encounter_id": encounter.id,
                "duty_type": duty.id,
                "due_at": to_iso(duty.due_by(received)),
                "status": "open",
                "data": json.dumps(data, sort_keys=True),
            },
        )
        self.ctx.audit_event(AuditEvent.RECORD_CREATED, duty_id, "duty", duty=duty.id)
        return duty_id

    def record_done(
        self,
        duty_id: str,
        done_at: datetime,
        method: str,
        reference: str = "",
        agency: str = "",
        person: str = "",
        late_reason: str = "",
    ) -> DutyRecord:
        duty = self.get(duty_id)
        if duty.status != "open":
            raise CsecError("This duty is already closed.")
        if not method.strip():
            raise CsecError("Say how the duty was done (for example: phone report to the hotline).")
        if done_at > self.ctx.clock() + timedelta(minutes=5):
            raise CsecError("The time it was done cannot be in the future.")
        late = done_at > duty.due_at
        if late and not late_reason.strip():
            raise CsecError("This was done after it was due; add the reason it was late.")
        data = {
            **duty.data,
            "done": {
                "at": to_iso(done_at),
                "method": method.strip(),
                "reference": reference.strip(),
                "agency": agency.strip(),
                "person": person.strip(),
                "late_reason": late_reason.strip() if late else "",
                "recorded_by": self.ctx.actor.username,
            },
        }
        with self.ctx.db.transaction():
            self.ctx.touch(
                "duties",
                duty_id,
                {"status": "done", "data": json.dumps(nfc_all(data), sort_keys=True)},
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, duty_id, "duty", status="done", late=late
            )
        return self.get(duty_id)

    def mark_not_applicable(self, duty_id: str, reason: str) -> DutyRecord:
        if not reason.strip():
            raise CsecError("Say why this duty does not apply.")
        duty = self.get(duty_id)
        data = {
            **duty.data,
            "not_applicable": {"reason": reason.strip(), "by": self.ctx.actor.username},
        }
        with self.ctx.db.transaction():
            self.ctx.touch(
                "duties",
                duty_id,
                {"status": "not_applicable", "data": json.dumps(nfc_all(data), sort_keys=True)},
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, duty_id, "duty", status="not_applicable"
            )
        return self.get(duty_id)

    def get(self, duty_id: str) -> DutyRecord:
        row = self.ctx.db.execute(_SELECT + "WHERE id = ?", (duty_id,)).fetchone()
        if row is None:
            raise CsecError("That duty is not on this laptop.")
        return _record(row)

    def for_youth(self, youth_id: str) -> list[DutyRecord]:
        rows = self.ctx.db.execute(_SELECT + "WHERE youth_id = ? ORDER BY due_at", (youth_id,))
        return [_record(row) for row in rows.fetchall()]

    def open_duties(self) -> list[DutyRecord]:
        """Every open duty on the laptop, soonest due first (the deadlines panel)."""
        rows = self.ctx.db.execute(_SELECT + "WHERE status = 'open' ORDER BY due_at")
        return [_record(row) for row in rows.fetchall()]


_SELECT = "SELECT id, youth_id, encounter_id, duty_type, due_at, status, data, version FROM duties "


def _record(row: tuple[Any, ...]) -> DutyRecord:
    return DutyRecord(
        row[0], row[1], row[2], row[3], from_iso(row[4]), row[5], json.loads(row[6]), int(row[7])
    )
