"""Sign-in: the generic message, the lockout after five failures, the demo banner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from csec_desktop.core.demo import ensure_demo_vault
from csec_desktop.core.demo_logins import DEMO_LOGINS
from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.slot_opening import SIGN_IN_FAILED
from tests.gui.gui_helpers import PASS, sign_in, signed_in, wait_idle


def test_wrong_passphrase_and_unknown_user_get_the_same_calm_message(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    page = controller.sign_in
    assert controller.window.current_page() is page
    assert not controller.window.ui.menuBar.isVisible()
    for username in ("maria", "nobody"):
        sign_in(qtbot, controller, username, "not the passphrase at all")
        assert page.ui.busyBar.isVisible() and not page.ui.signInButton.isEnabled()
        wait_idle(qtbot, controller)
        assert page.ui.messageLabel.isVisible()
        assert page.ui.messageLabel.text() == SIGN_IN_FAILED
        assert page.ui.passphraseEdit.text() == "" and page.ui.passphraseEdit.isEnabled()
        assert not page.ui.busyBar.isVisible()
    assert controller.state is AppState.SIGNED_OUT


def test_empty_fields_are_asked_for_without_a_sign_in_attempt(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    qtbot.mouseClick(controller.sign_in.ui.signInButton, Qt.MouseButton.LeftButton)
    assert controller.sign_in.ui.messageLabel.text() == "Enter your user name and passphrase."
    assert not controller.background.is_busy


def test_five_failures_lock_the_account_even_against_the_right_passphrase(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    message = controller.sign_in.ui.messageLabel
    for _ in range(5):
        sign_in(qtbot, controller, "maria", "wrong wrong wrong")
        wait_idle(qtbot, controller)
    assert "locked after too many failed sign-ins" in message.text()
    sign_in(qtbot, controller, "maria", PASS)
    wait_idle(qtbot, controller)
    assert "locked after too many failed sign-ins" in message.text()
    assert "ask a supervisor to unlock it" in message.text()
    assert controller.state is AppState.SIGNED_OUT


def test_sign_in_shows_the_empty_caseload_and_the_worker_in_the_status_bar(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller, "sam")
    window = controller.window
    assert window.current_page() is window.workspace and window.workspace.isVisible()
    assert window.ui.menuBar.isVisible() and window.ui.statusBar.isVisible()
    assert window.worker_label.text() == "Signed in: Sam Okafor · Social worker"
    assert not window.ui.actionManageAccounts.isVisible()  # supervisors only
    assert window.windowTitle() == "CSEC Screening"
    assert controller.sign_in.ui.passphraseEdit.text() == ""
    window.ui.actionSignOut.trigger()
    assert controller.state is AppState.SIGNED_OUT
    assert window.current_page() is controller.sign_in
    assert window.worker_label.text() == ""


def test_demo_banner_shows_the_published_logins_which_work(
    qtbot: Any, tmp_path: Path, make_controller: Any
) -> None:
    folder = tmp_path / "demo"
    ensure_demo_vault(folder, kdf_params=MINIMUM_PARAMS)
    controller = make_controller(
        DeviceVault(folder, kdf_params=MINIMUM_PARAMS), demo_logins=DEMO_LOGINS
    )
    banner = controller.sign_in.ui.demoBanner
    assert banner.isVisible() and banner.text().startswith("Demo vault — fictional data only.")
    for login in DEMO_LOGINS:
        assert f"Sign in as {login.username} with passphrase “{login.passphrase}”" in banner.text()
    supervisor = DEMO_LOGINS[0]
    assert controller.sign_in.ui.usernameEdit.text() == supervisor.username
    sign_in(qtbot, controller, supervisor.username, supervisor.passphrase)
    qtbot.waitUntil(lambda: controller.state is AppState.ACTIVE, timeout=10_000)
    assert "Demo Supervisor" in controller.window.worker_label.text()
