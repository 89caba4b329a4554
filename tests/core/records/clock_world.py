"""A worker's laptop for the clock scenarios: a real vault, a worker signed in, a supervisor
account on the same laptop, the shipped California policy and instruments, a hand-moved clock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from csec_desktop.core.desk import Desk
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.core.records.screening_completion import Completed
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth import Agency, LegalStatus, PlacementType, YouthProfile
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.vault.session import Session
from tests.core.vault.conftest import FakeClock

RECEIVED = datetime(2026, 3, 2, 7, 15, tzinfo=UTC)
SUPERVISOR, SUPERVISOR_PASS = "kim.lee", "morning fog over the bay"
WORKER, WORKER_PASS = "sam.ortiz", "tall cedar under rain"


def open_laptop(data: Path, clock: FakeClock) -> Session:
    vault = DeviceVault(data, clock=clock, kdf_params=MINIMUM_PARAMS)
    first, _ = vault.initialize(SUPERVISOR, "Kim Lee", SUPERVISOR_PASS)
    first.add_account(WORKER, "Sam Ortiz", Role.FIELD_WORKER, WORKER_PASS)
    first.sign_out()
    return vault.sign_in(WORKER, WORKER_PASS)


@dataclass
class World:
    session: Session
    clock: FakeClock

    def __post_init__(self) -> None:
        self.desk = Desk(self.session, self.clock)
        self.ctx = self.desk.ctx
        self.policy = self.desk.policy.screening
        self.caseload = self.desk.open_caseload()
        self.screening = self.desk.screening
        self.duties = self.desk.duties
        self.missing = self.desk.missing

    def youth(self, **changes: Any) -> YouthRecord:
        fields: dict[str, Any] = {
            "legal_first_name": "Imani",
            "legal_last_name": "Walker",
            "birth_date": date(2011, 5, 9),
            "agency": Agency.CHILD_WELFARE,
            "in_care": True,
            "legal_status": LegalStatus.DEPENDENT,
            "placement_type": PlacementType.RELATIVE,
        }
        fields.update(changes)
        return self.caseload.add(YouthProfile(**fields))

    def draft(
        self,
        youth: YouthRecord,
        answers: dict[str, Any],
        instrument: str = "csec_identification",
        point: str = "placement_change",
        received: datetime = RECEIVED,
    ) -> ScreeningRun:
        run = self.screening.start(self.caseload.open(youth.id), point, instrument, received)
        walk(run, answers)
        return run

    def screen(self, youth: YouthRecord, answers: dict[str, Any], **kw: Any) -> Completed:
        final = kw.pop("final_band", None)
        reason = kw.pop("override_reason", None)
        return self.draft(youth, answers, **kw).complete(final, reason)

    def open_by_type(self, youth_id: str) -> dict[str, DutyRecord]:
        return {d.duty_type: d for d in self.duties.for_youth(youth_id) if d.status == "open"}

    def of_type(self, youth_id: str, duty_type: str) -> list[DutyRecord]:
        return [d for d in self.duties.for_youth(youth_id) if d.duty_type == duty_type]


def walk(run: ScreeningRun, overrides: dict[str, Any]) -> None:
    """Answer the form as the wizard does: the current item, then next."""
    while run.navigator.current is not None:
        item = run.navigator.current
        if item.id in overrides:
            run.answer(overrides[item.id])
        elif item.kind == "concern_rating":
            run.answer(0)
        elif item.kind == "yes_no_unknown":
            run.answer("no")
        elif item.kind in ("multiple_choice",):
            run.answer([item.choices[0].id])
        elif item.kind == "single_choice":
            run.answer(item.choices[0].id)
        elif item.kind == "date":
            run.answer("2026-03-01")
        elif item.required and item.kind in ("short_text", "long_text"):
            run.answer("Recorded in the case notes.")
        run.next()
