"""The two-step start: the sign-in window appears before the vault layer has loaded, takes
typing at once, and a sign-in asked for early goes ahead once the vault has arrived."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from csec_desktop.core.demo_logins import DEMO_LOGINS
from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.gui import startup
from csec_desktop.gui.startup import StagedStart
from tests.gui.gui_helpers import PASS

ROOT = Path(__file__).resolve().parents[2]
# What the first window must not wait for: the vault layer and everything after sign-in.
HEAVY = ("sqlcipher3", "cryptography", "pydantic", "rapidfuzz", "reportlab", "pypdf")


def run_script(script: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a fresh Python process (offscreen Qt), from the project folder."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.fixture
def staged(qtbot: Any) -> Any:
    made: list[StagedStart] = []

    def make(folder: Path, **options: Any) -> StagedStart:
        start = StagedStart(folder, **options)
        qtbot.addWidget(start.window)
        made.append(start)
        return start

    yield make
    for start in made:
        start.background.wait()
        if start.controller is not None:
            start.controller.shut_down()


def test_a_sign_in_pressed_before_the_vault_arrives_waits_then_goes_ahead(
    qtbot: Any, vault: DeviceVault, staged: Any
) -> None:
    start = staged(vault.data_dir)
    page = start.sign_in
    assert start.window.current_page() is page and start.controller is None
    qtbot.keyClicks(page.ui.usernameEdit, "maria")
    qtbot.keyClicks(page.ui.passphraseEdit, PASS)
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)
    # No vault yet: the page shows it is working rather than failing or forgetting the request
    # (the window is not on screen yet, so "not hidden" is what it will show).
    assert not page.ui.busyBar.isHidden() and not page.ui.signInButton.isEnabled()
    assert page.ui.messageLabel.isHidden()

    start.show()  # the first paint starts step two
    qtbot.waitUntil(lambda: start.controller is not None, timeout=20_000)
    controller = start.controller
    qtbot.waitUntil(lambda: controller.state is AppState.ACTIVE, timeout=20_000)
    assert controller.sign_in is page  # the same window and page, not a second one
    assert controller.session.account.username == "maria"
    assert start.window.current_page() is start.window.workspace


def test_typing_in_the_first_window_is_kept_when_the_controller_arrives(
    qtbot: Any, vault: DeviceVault, staged: Any
) -> None:
    start = staged(vault.data_dir, demo_logins=DEMO_LOGINS)
    page = start.sign_in
    assert not page.ui.demoBanner.isHidden()
    assert "Demo vault" in page.ui.demoBanner.text()
    page.ui.usernameEdit.setText("sam")
    qtbot.keyClicks(page.ui.passphraseEdit, "half typ")
    start.show()
    qtbot.waitUntil(lambda: start.controller is not None, timeout=20_000)
    assert page.ui.usernameEdit.text() == "sam"
    assert page.ui.passphraseEdit.text() == "half typ"
    assert start.controller.state is AppState.SIGNED_OUT
    assert start.window.ui.pages.indexOf(page) >= 0
    assert start.window.ui.pages.count() == 4  # sign-in, lock, privacy, workspace: no doubles


def test_a_vault_layer_that_cannot_load_is_named_and_the_app_quits(
    qtbot: Any,
    vault: DeviceVault,
    staged: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(startup, "VAULT_LAYER", ("csec_desktop.core.no_such_layer",))
    start = staged(vault.data_dir)
    start.show()
    qtbot.waitUntil(lambda: start.failure is not None and start.failure.isVisible())
    assert "cannot load csec_desktop.core.no_such_layer" in start.failure.text()
    assert "--self-test" in start.failure.text()
    err = capsys.readouterr().err
    assert err.startswith("csec-desktop: this installation cannot load") and err.count("\n") == 1
    exits: list[int] = []
    monkeypatch.setattr(startup.QCoreApplication, "exit", lambda code=0: exits.append(code))
    start.failure.button(QMessageBox.StandardButton.Close).click()
    assert exits == [startup.VaultError.exit_code]
    assert start.controller is None


def test_the_first_window_loads_no_part_of_the_vault_layer(vault: DeviceVault) -> None:
    """In a fresh process: everything the app imports before its first paint, then a look at
    which of the slow packages are already loaded. None may be."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from csec_desktop.gui.app import make_application\n"
        "from csec_desktop.gui.startup import StagedStart\n"
        "app = make_application(['csec-desktop'])\n"
        f"start = StagedStart(Path({str(vault.data_dir)!r}))\n"
        "start.show()\n"
        f"print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    result = run_script(script)
    assert result.returncode == 0, result.stderr[-500:]
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_closing_the_window_while_the_vault_layer_loads_quits_quietly(vault: DeviceVault) -> None:
    """Someone closes the app the moment it appears: it quits at once, builds nothing and
    prints nothing (a worker thread cut off at exit used to print a traceback)."""
    script = (
        "from pathlib import Path\n"
        "from PySide6.QtCore import QTimer\n"
        "from csec_desktop.gui.app import make_application\n"
        "from csec_desktop.gui.startup import StagedStart\n"
        "app = make_application(['csec-desktop'])\n"
        f"start = StagedStart(Path({str(vault.data_dir)!r}))\n"
        "start.sign_in.first_painted.connect(lambda: QTimer.singleShot(1, start.window.close))\n"
        "start.show()\n"
        "code = app.exec()\n"
        "print(code, start.controller is None, start.background.is_busy)\n"
    )
    result = run_script(script)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.split() == ["0", "True", "False"]
    assert "Traceback" not in result.stderr and "Error" not in result.stderr, result.stderr
