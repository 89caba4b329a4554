"""Kill the desktop app itself (a real process, SIGKILL) in the middle of a screening: after a
restart the draft reopens in the wizard with every answer the screen had shown as saved."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from csec_desktop.core.clock import utc_now
from csec_desktop.core.flows.form_view import FormView
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.gui.wizard import EncounterWizard
from tests.e2e.gui_kill_harness import PASSPHRASE, USER

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6


def services(data: Path) -> tuple[Any, ScreeningService, Caseload]:
    session = DeviceVault(data, kdf_params=MINIMUM_PARAMS).sign_in(USER, PASSPHRASE)
    ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Kill Test"))
    return (
        session,
        ScreeningService(ctx, shipped_registry(), default_screening_policy()),
        Caseload(ctx),
    )


def test_the_app_killed_mid_screening_reopens_the_draft_with_every_saved_answer(
    qtbot: Any, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    session, _ = DeviceVault(data, kdf_params=MINIMUM_PARAMS).initialize(
        USER, "Kill Test", PASSPHRASE
    )
    session.sign_out()
    session, service, caseload = services(data)
    youth = caseload.add(
        YouthProfile(legal_first_name="Noor", legal_last_name="Haddad", agency=Agency.PROBATION)
    )
    encounter_id = service.start(
        youth, "probation_intake", "csec_identification", datetime.now(UTC)
    ).encounter_id
    session.sign_out()
    rng = random.Random(99)
    seen_any = False
    for kill in range(KILLS):
        value = kill % 3
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.e2e.gui_kill_harness",
                str(data),
                encounter_id,
                str(value),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline().strip()
        assert first == "ready", (first, proc.stderr.read() if proc.stderr else "")
        time.sleep(rng.uniform(0.05, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        shown = {
            line.split()[1]: int(line.split()[2])
            for line in out.splitlines()
            if line.startswith("saved ")
        }
        seen_any = seen_any or bool(shown)
        session, service, caseload = services(data)
        run = service.resume(encounter_id, caseload.open(youth.id))
        lost = {k: v for k, v in shown.items() if run.navigator.answers.get(k) != v}
        assert not lost, f"kill {kill}: shown as saved but lost: {lost}"
        wizard = EncounterWizard(
            run, caseload.open(youth.id), view=FormView.ITEMS
        )  # the draft reopens
        qtbot.addWidget(wizard)
        wizard.show()
        if run.navigator.current is not None:
            assert wizard.item_page.isVisible()
            current = run.navigator.current.id
            if current in run.navigator.answers:
                assert wizard.item_page.saved.text().startswith("✓")
        wizard.close()
        session.sign_out()
    assert seen_any
