"""Kill the process in the middle of a screening, again and again: every answer it had shown
as saved is there afterwards, and the vault checks clean.

Quick mode (the default, CI) kills 30 times; set CSEC_KILL_RUNS for a longer soak.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from csec_desktop.core.clock import utc_now
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.integrity import check_vault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.e2e.autosave_harness import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("CSEC_KILL_RUNS", "30"))


def open_ctx(data: Path):
    session = DeviceVault(data, kdf_params=MINIMUM_PARAMS).sign_in(USER, PASSPHRASE)
    return session, RecordContext(session.db, session.audit, utc_now, Actor(USER, "Kill Test"))


def test_no_answer_shown_as_saved_is_lost_when_the_process_is_killed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    session, _ = DeviceVault(data, kdf_params=MINIMUM_PARAMS).initialize(
        USER, "Kill Test", PASSPHRASE
    )
    ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Kill Test"))
    youth = Caseload(ctx).add(
        YouthProfile(legal_first_name="Rae", legal_last_name="Soto", agency=Agency.CHILD_WELFARE)
    )
    service = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    encounter_id = service.start(
        youth, "placement_change", "csec_identification", datetime.now(UTC)
    ).encounter_id
    session.sign_out()
    rng = random.Random(1234)
    killed_mid_run = 0
    for round_number in range(RUNS):
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.e2e.autosave_harness",
                str(data),
                encounter_id,
                str(round_number),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        # Let a random number of answers be shown as saved, then kill at a random moment in
        # the next save: the kill lands mid-run whatever the machine's speed.
        early = [proc.stdout.readline().strip() for _ in range(rng.randint(0, 20))]
        time.sleep(rng.uniform(0.0, 0.01))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        shown = {}
        lines = early + out.splitlines()
        for line in lines:
            if line.startswith("saved "):
                _, item, value = line.split()
                shown[item] = int(value)
        killed_mid_run += "done" not in lines
        session, ctx = open_ctx(data)
        stored = EncounterStore(ctx).get(encounter_id).answers
        lost = {item: value for item, value in shown.items() if stored.get(item) != value}
        assert not lost, f"round {round_number}: answers shown as saved but not stored: {lost}"
        session.sign_out()
    assert killed_mid_run >= RUNS * 2 // 3  # most kills really landed in the middle of saving
    session, _ctx = open_ctx(data)
    report = check_vault(session)
    session.sign_out()
    assert report.ok, report.problem
