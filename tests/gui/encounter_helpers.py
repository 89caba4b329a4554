"""A signed-in worker's records over a real temporary vault, for the wizard and case-team tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from csec_desktop.core.clock import utc_now
from csec_desktop.core.desk import Desk
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.session import Session
from tests.gui.gui_helpers import WORKER_PASS


@dataclass
class Records:
    session: Session
    ctx: RecordContext
    service: ScreeningService
    youth: YouthRecord

    def start(
        self, instrument: str, point: str = "placement_change", hours_ago: float = 2
    ) -> ScreeningRun:
        received = (utc_now() - timedelta(hours=hours_ago)).replace(microsecond=0)
        return self.service.start(self.youth, point, instrument, received)


def open_records(vault: DeviceVault) -> Records:
    session = vault.sign_in("sam", WORKER_PASS)
    desk = Desk(session)
    youth = desk.open_caseload().add(
        YouthProfile(
            legal_first_name="Dana",
            legal_last_name="Reyes",
            chosen_name="Jay",
            pronouns="they/them",
            birth_date=date(2011, 4, 3),
            agency=Agency.CHILD_WELFARE,
            in_care=True,
        )
    )
    return Records(session, desk.ctx, desk.screening, youth)


def received_of(run: ScreeningRun) -> datetime:
    return datetime.fromisoformat(run.encounter.info_received_at.replace("Z", "+00:00"))
