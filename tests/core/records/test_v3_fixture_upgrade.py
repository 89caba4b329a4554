"""The schema 3 fixture vault (written by the app before episodes existed) upgrades to the
current schema with an encrypted backup first, its duties and outcomes intact, and what it
shows keeps to the new rules (an earlier "Identified" is not replaced by a later "At risk")."""

from __future__ import annotations

import shutil
from pathlib import Path

from csec_desktop.core.clock import from_iso
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload_status import load_statuses
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.exploitation_status import ExploitationStatus
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault import schema
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.integrity import check_vault
from tests.core.records.clock_world import walk
from tests.core.vault.conftest import FakeClock

FIXTURE = Path(__file__).parents[2] / "fixtures" / "vaults" / "v3"
ROWAN = "0569afdd-0789-4f9e-9635-7226582a6a96"  # identified, then screened "at risk"
SEEDED = "ed606b23-31e3-46dd-8147-9c0a63195a59"  # identified, three duties done


def test_the_schema_3_fixture_upgrades_with_duties_and_outcomes_intact(tmp_path: Path) -> None:
    data = tmp_path / "v3"
    shutil.copytree(FIXTURE, data)
    clock = FakeClock()
    # The supervisor sees every youth on the laptop (roles are enforced in core since schema 6).
    session = DeviceVault(data, clock=clock).sign_in(
        "fixture.supervisor", "fixture vault passphrase one"
    )
    try:
        assert schema.current_version(session.db.conn) == schema.LATEST
        assert not (data / "vault.db.v3.bak").exists()  # taken first, removed after a good upgrade
        assert check_vault(session).ok
        ctx = RecordContext(session.db, session.audit, clock, Actor.of(session.account))
        duties = DutyStore(ctx)
        seeded = {d.duty_type: d for d in duties.for_youth(SEEDED)}
        assert {k: d.status for k, d in seeded.items()} == {
            "cse_assessment": "done",
            "hotline_report": "open",
            "law_enforcement_victim": "done",
            "mdt_referral": "done",
            "written_report_ss8572": "open",
        }
        assert seeded["written_report_ss8572"].due_at == from_iso("2026-01-06T16:00:00Z")
        assert seeded["hotline_report"].citation == "PC 11166(a) (CANRA)"
        assert len(duties.for_youth(ROWAN)) == 5
        statuses = load_statuses(ctx, default_screening_policy())
        assert statuses[ROWAN].latest_band == "identified"  # not the later "at risk"
        assert statuses[SEEDED].latest_band == "identified"
        # The next screen sets a status episode from the old "Identified", then keeps it.
        service = ScreeningService(ctx, shipped_registry(), default_screening_policy())
        youth = YouthStore(ctx).get(ROWAN)
        run = service.start(youth, "case_plan_review", "csec_identification", clock())
        walk(run, {"ex_disclosed": 1})
        done = run.complete()
        assert done.encounter.final_band == "at_risk"
        status = ExploitationStatus(ctx).current(ROWAN)
        assert status is not None and status.data["level"] == "identified"
        assert status.data["backfilled"] is True
        # Its reporting duties were already open: referenced, not created again.
        assert "hotline_report" in {r.duty_type for r in done.referenced}
        assert len([d for d in duties.for_youth(ROWAN) if d.duty_type == "hotline_report"]) == 1
    finally:
        session.sign_out()
