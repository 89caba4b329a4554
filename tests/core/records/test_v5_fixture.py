"""The schema 5 fixture vault (episodes, statuses, provisional and waived duties) opens with the
current code, upgraded if a later schema exists, with every episode and duty as written."""

from __future__ import annotations

import shutil
from pathlib import Path

from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload_status import load_statuses
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.episodes import EpisodeStore
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault import schema
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.integrity import check_vault
from tests.core.vault.conftest import FakeClock

FIXTURE = Path(__file__).parents[2] / "fixtures" / "vaults" / "v5"
KAI = "9e44c3e4-d844-4e77-9a0c-07786b6d13ec"  # identified, missing then located
RAE = "3d89087c-85ed-411a-b473-bdd9cc2a0dbe"  # a draft with "danger now" answered yes
EPISODE = "e5ab607e-7d47-4fda-9e3f-3bf50c70ca65"


def test_the_schema_5_fixture_opens_with_its_episodes_and_duties(tmp_path: Path) -> None:
    data = tmp_path / "v5"
    shutil.copytree(FIXTURE, data)
    clock = FakeClock()
    session = DeviceVault(data, clock=clock).sign_in(
        "fixture.worker", "fixture vault passphrase two"
    )
    try:
        assert schema.current_version(session.db.conn) == schema.LATEST
        assert check_vault(session).ok
        ctx = RecordContext(session.db, session.audit, clock, Actor("fixture.worker", "FW"))
        episodes = EpisodeStore(ctx)
        missing = episodes.get(EPISODE)
        assert missing.ended_at is not None and missing.data["reports"]["ncmec"]["ref"] == "NC-1"
        kinds = {e.kind for e in episodes.for_youth(KAI)}
        assert kinds == {"missing", "exploitation_status", "legal_status", "placement"}
        duties = {d.duty_type: d for d in DutyStore(ctx).for_youth(KAI)}
        assert duties["hotline_report"].status == "done"
        assert duties["licensing_notice"].waiver_pending is not None  # mandated: waits
        assert duties["missing_law_enforcement_ncmec"].status == "done"
        assert duties["return_debrief"].status == "open"
        rae = {d.duty_type: d for d in DutyStore(ctx).for_youth(RAE)}
        assert rae["safety_now_procedure"].provisional
        statuses = load_statuses(ctx, default_screening_policy())
        assert statuses[KAI].latest_band == "identified" and not statuses[KAI].missing
    finally:
        session.sign_out()
