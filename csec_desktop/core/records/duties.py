"""Duties and deadlines: what the law or county protocol asks, and by when.

Each duty is created from the policy's clocks (see ``duty_planner``), due relative to *when the
information was received* (not when the screen was typed up), and copies its label, citation,
grace window and whether it is a mandated report, so it reads the same later even if the county
changes its policy. The worker records how and when it was done; done late, the reason is
required. "Immediately" is due at once and counts as late only after the county's grace window.
Waiving a mandated report needs a supervisor's co-signature: until then the duty stays open
with the request pending. The laptop's own clock decides what is overdue, so the panel is right
offline.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.vault.audit import AuditEvent

DUE_SOON = timedelta(hours=24)
_REVIEW_NOTE = re.compile(r"\s*\((?:to )?confirm\b[^)]*\)", re.IGNORECASE)
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
        """The law or protocol, as workers see it on screen and paper: a reviewer's
        "(confirm …)" note copied from an older policy file is left out."""
        return _REVIEW_NOTE.sub("", str(self.data["citation"])).strip()

    @property
    def immediate(self) -> bool:
        return self.data.get("hours") is None

    @property
    def mandated(self) -> bool:
        return bool(self.data.get("mandated"))

    @property
    def provisional(self) -> bool:
        """Started from a draft with a decisive answer (kept whatever becomes of the draft)."""
        return bool(self.data.get("provisional"))

    @property
    def episode_id(self) -> str | None:
        value = self.data.get("episode_id")
        return str(value) if value else None

    @property
    def waiver_pending(self) -> dict[str, Any] | None:
        """A request to mark this mandated report not applicable, awaiting a supervisor."""
        pending = self.data.get("waiver_pending")
        return dict(pending) if pending else None

    @property
    def late_after(self) -> datetime:
        """When it counts as late: the due time, plus the grace window for "immediately"."""
        if not self.immediate:
            return self.due_at
        return self.due_at + timedelta(minutes=float(self.data.get("grace_minutes", 0)))

    def urgency(self, now: datetime) -> Urgency:
        if self.status != "open":
            return "done" if self.status == "done" else "not_applicable"
        if now > self.late_after:
            return "overdue"
        return "due_soon" if self.late_after - now <= DUE_SOON else "upcoming"


class DutyStore:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def record_done(
        self,
        duty_id: str,
        done_at: datetime,
        method: str,
        reference: str = "",
        agency: str = "",
        person: str = "",
        late_reason: str = "",
        auto: bool = False,
    ) -> DutyRecord:
        """Record the duty as done. ``auto``: done by a linked record (a debrief, the notices
        on a missing episode); if late, it is flagged late and the reason is left to add."""
        duty = self.get(duty_id)
        if duty.status != "open":
            raise CsecError("This duty is already closed.")
        if not method.strip():
            raise CsecError("Say how the duty was done (for example: phone report to the hotline).")
        if done_at > self.ctx.clock() + timedelta(minutes=5):
            raise CsecError("The time it was done cannot be in the future.")
        late = done_at > duty.late_after
        if late and not late_reason.strip() and not auto:
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
                "late": late,
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

    def mark_not_applicable(
        self, duty_id: str, reason: str, cosigner: Actor | None = None
    ) -> DutyRecord:
        """Waive a duty with a reason. A mandated report is only waived with a supervisor's
        co-signature (``cosigner``, verified by the caller); without one the request is kept
        pending and the duty stays open."""
        if not reason.strip():
            raise CsecError("Say why this duty does not apply.")
        duty = self.get(duty_id)
        if duty.status != "open":
            raise CsecError("This duty is already closed.")
        if duty.mandated and cosigner is None:
            data = {
                **duty.data,
                "waiver_pending": {
                    "reason": reason.strip(),
                    "by": self.ctx.actor.username,
                    "at": self.ctx.now(),
                },
            }
            with self.ctx.db.transaction():
                self.ctx.touch(
                    "duties", duty_id, {"data": json.dumps(nfc_all(data), sort_keys=True)}
                )
                self.ctx.audit_event(
                    AuditEvent.RECORD_CHANGED, duty_id, "duty", waiver="pending_cosign"
                )
            return self.get(duty_id)
        if cosigner is not None and cosigner.username == self.ctx.actor.username:
            raise CsecError("A second person must co-sign: the supervisor cannot be you.")
        waived = {"reason": reason.strip(), "by": self.ctx.actor.username}
        if cosigner is not None:
            waived["cosigned_by"] = cosigner.username
        data = {k: v for k, v in duty.data.items() if k != "waiver_pending"}
        data["not_applicable"] = waived
        with self.ctx.db.transaction():
            self.ctx.touch(
                "duties",
                duty_id,
                {"status": "not_applicable", "data": json.dumps(nfc_all(data), sort_keys=True)},
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED,
                duty_id,
                "duty",
                status="not_applicable",
                cosigned_by=cosigner.username if cosigner else None,
            )
        return self.get(duty_id)

    def cosign_waiver(self, duty_id: str, cosigner: Actor) -> DutyRecord:
        """A supervisor co-signs the pending request to waive this mandated report."""
        duty = self.get(duty_id)
        pending = duty.waiver_pending
        if pending is None:
            raise CsecError("There is no request to waive this duty.")
        return self.mark_not_applicable(duty_id, str(pending["reason"]), cosigner)

    def for_encounter(self, encounter_id: str) -> list[DutyRecord]:
        rows = self.ctx.db.execute(_SELECT + "WHERE encounter_id = ?", (encounter_id,))
        return [_record(row) for row in rows.fetchall()]

    def for_episode(self, episode_id: str) -> list[DutyRecord]:
        rows = self.ctx.db.execute(
            _SELECT + "WHERE json_extract(data, '$.episode_id') = ?", (episode_id,)
        )
        return [_record(row) for row in rows.fetchall()]

    def retime(self, duty_id: str, due_at: datetime, received_at: datetime) -> None:
        """Move an open duty's clock (the time the worker learned of it was corrected)."""
        duty = self.get(duty_id)
        data = {**duty.data, "received_at": to_iso(received_at)}
        self.ctx.touch(
            "duties", duty_id, {"due_at": to_iso(due_at), "data": json.dumps(data, sort_keys=True)}
        )
        self.ctx.audit_event(AuditEvent.RECORD_CHANGED, duty_id, "duty", retimed=True)

    def reopen(self, duty_id: str, reason: str) -> DutyRecord:
        """Open a duty recorded as done or not applicable again, with the reason (audited).

        What was recorded is kept: it moves to ``data["history"]`` with who reopened it, when
        and why. Raises ``CsecError`` without a reason or when the duty is already open."""
        why = reason.strip()
        if not why:
            raise CsecError(
                "Say why this duty is reopened (for example: the report did not go through)."
            )
        duty = self.get(duty_id)
        if duty.status == "open":
            raise CsecError("This duty is already open.")
        closed: dict[str, Any] = {
            key: duty.data[key] for key in ("done", "not_applicable") if key in duty.data
        }
        entry: dict[str, Any] = {
            "was": duty.status,
            **closed,
            "reopened": {"at": self.ctx.now(), "by": self.ctx.actor.username, "reason": why},
        }
        data = {k: v for k, v in duty.data.items() if k not in closed}
        data["history"] = [*duty.data.get("history", []), entry]
        with self.ctx.db.transaction():
            self.ctx.touch(
                "duties", duty_id, {"status": "open", "data": json.dumps(data, sort_keys=True)}
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_REOPENED, duty_id, "duty", status="open", was=duty.status
            )
        return self.get(duty_id)

    def get(self, duty_id: str) -> DutyRecord:
        row = self.ctx.db.execute(_SELECT + "WHERE id = ?", (duty_id,)).fetchone()
        if row is None:
            raise CsecError("That duty is not on this laptop.")
        record = _record(row)
        self.ctx.require_youth(record.youth_id)
        return record

    def for_youth(self, youth_id: str) -> list[DutyRecord]:
        self.ctx.require_youth(youth_id)
        rows = self.ctx.db.execute(_SELECT + "WHERE youth_id = ? ORDER BY due_at", (youth_id,))
        return [_record(row) for row in rows.fetchall()]

    def open_duties(self) -> list[DutyRecord]:
        """Every open duty on the laptop, soonest due first (the deadlines panel)."""
        rows = self.ctx.db.execute(_SELECT + "WHERE status = 'open' ORDER BY due_at")
        return self.ctx.only_visible(
            [_record(row) for row in rows.fetchall()], lambda d: d.youth_id
        )


_SELECT = "SELECT id, youth_id, encounter_id, duty_type, due_at, status, data, version FROM duties "


def _record(row: tuple[Any, ...]) -> DutyRecord:
    return DutyRecord(
        row[0], row[1], row[2], row[3], from_iso(row[4]), row[5], json.loads(row[6]), int(row[7])
    )
