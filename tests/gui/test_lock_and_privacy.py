"""Idle lock, lock screen lockout, and the one-key privacy screen, on real widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.roles import Role
from csec_desktop.gui.controller import AppController
from csec_desktop.gui.sign_in.lock_screens import WRONG_PASSPHRASE
from tests.gui.gui_helpers import PASS, SUPERVISOR, WORKER_PASS, signed_in, wait_idle


def visible_texts(window: QWidget) -> list[str]:
    """Every piece of text a person could read on the window right now."""
    texts = [window.windowTitle()]
    for kind in (QLabel, QAbstractButton, QLineEdit):
        texts += [w.text() for w in window.findChildren(kind) if w.isVisible()]
    return texts


def unlock_with(qtbot: Any, controller: AppController, passphrase: str) -> None:
    gate = controller.window.current_page()
    gate.passphrase.setText(passphrase)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)


def test_idle_timeout_locks_the_vault_and_the_passphrase_opens_it(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    session = controller.session
    assert controller.watcher.timer.interval() == 10 * 60_000  # the policy's 10 minutes
    controller.watcher.set_interval_ms(50)
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED, timeout=5_000)
    assert session.is_locked  # the database connection is closed
    window = controller.window
    assert window.current_page() is controller.lock_screen
    assert not window.workspace.isVisible() and not window.ui.menuBar.isVisible()
    assert "Maria Rivera is signed in" in controller.lock_screen.prompt.text()

    unlock_with(qtbot, controller, "not my passphrase")
    assert controller.lock_screen.message.text() == WRONG_PASSPHRASE
    assert controller.state is AppState.LOCKED
    unlock_with(qtbot, controller, PASS)
    assert controller.state is AppState.ACTIVE and not session.is_locked
    assert window.workspace.isVisible()
    reasons = [
        e.detail.get("reason") for e in session.audit.entries() if e.event == "session_locked"
    ]
    assert reasons == ["idle"]
    assert controller.watcher.timer.isActive()  # counting again


def test_activity_restarts_the_idle_timer(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    controller.watcher.set_interval_ms(2_000)
    qtbot.wait(700)
    assert controller.watcher.timer.remainingTime() < 1_500
    qtbot.mouseMove(controller.window.workspace, QPoint(20, 20))
    qtbot.keyClick(controller.window.workspace, Qt.Key.Key_A)
    assert controller.watcher.timer.remainingTime() > 1_800
    assert controller.state is AppState.ACTIVE


def test_lockout_at_the_lock_screen_leaves_only_sign_out(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    controller.window.ui.actionLockNow.trigger()
    gate = controller.lock_screen
    assert controller.state is AppState.LOCKED and controller.session.is_locked
    for _ in range(5):
        unlock_with(qtbot, controller, "guessing again")
    assert "locked after too many failed sign-ins" in gate.message.text()
    assert gate.locked_out
    assert not gate.passphrase.isEnabled() and not gate.unlock.isVisible()
    assert gate.sign_out.isVisible()
    qtbot.mouseClick(gate.sign_out, Qt.MouseButton.LeftButton)
    assert controller.state is AppState.SIGNED_OUT
    assert controller.window.current_page() is controller.sign_in


def test_privacy_key_hides_everything_at_once_even_over_a_dialog(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    window = controller.window
    dialog = controller.open_accounts()
    qtbot.waitExposed(dialog)
    before = window.grab().toImage()

    qtbot.keyClick(dialog.table, Qt.Key.Key_F12)  # the key goes to the modal dialog

    assert controller.state is AppState.PRIVACY and controller.session.is_locked
    assert not dialog.isVisible()
    assert window.current_page() is controller.privacy_screen
    assert not window.workspace.isVisible()
    assert not window.ui.menuBar.isVisible() and not window.ui.statusBar.isVisible()
    assert window.grab().toImage() != before
    shown = " ".join(visible_texts(window))
    for identifying in (*SUPERVISOR, "Supervisor", "CSEC"):
        assert identifying not in shown
    assert "Screen hidden" in shown

    unlock_with(qtbot, controller, PASS)
    assert controller.state is AppState.ACTIVE
    assert window.workspace.isVisible() and window.windowTitle() == "CSEC Screening"
    events = [e.event for e in controller.session.audit.entries(limit=3)]
    assert events[:2] == ["session_unlocked", "session_locked"]


def test_second_privacy_key_and_privacy_over_the_lock_screen(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller, "sam")
    window = controller.window
    window.ui.actionLockNow.trigger()
    assert "Sam Okafor" in controller.lock_screen.prompt.text()
    qtbot.keyClick(
        controller.lock_screen.passphrase,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert controller.state is AppState.PRIVACY
    assert not any("Sam" in text for text in visible_texts(window))
    assert controller.privacy_screen.passphrase.text() == ""
    unlock_with(qtbot, controller, WORKER_PASS)
    assert controller.state is AppState.ACTIVE


def test_privacy_during_background_work_covers_at_once_and_locks_after(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    session = controller.session
    controller.background.run(
        lambda: session.add_account("lee", "Lee Chen", Role.PROBATION_OFFICER, "blue kettle song"),
        lambda _account: None,
        lambda _error: None,
    )
    controller.hide_screen()
    assert controller.window.current_page() is controller.privacy_screen  # at once
    wait_idle(qtbot, controller)
    assert controller.state is AppState.PRIVACY and session.is_locked
    unlock_with(qtbot, controller, PASS)
    # the account change was not cut off by the lock: it is whole and can sign in
    assert "lee" in [account.username for account, _ in session.list_accounts()]
    vault.sign_in("lee", "blue kettle song").sign_out()


def test_privacy_key_does_nothing_before_sign_in(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    qtbot.keyClick(controller.sign_in.ui.usernameEdit, Qt.Key.Key_F12)
    assert controller.state is AppState.SIGNED_OUT
    assert controller.window.current_page() is controller.sign_in
    assert controller.window.windowTitle() == "CSEC Screening"


def test_the_workspace_is_covered_by_lock_and_privacy_like_the_rest(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    """The caseload workspace plugs in with ``set_central_view`` at sign-in; locking and
    hiding cover it, drop it (no youth stays in memory while locked) and build a new one
    after unlocking."""
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None and controller.window.central_view is workspace
    assert not controller.window.ui.emptyCaseload.isVisible()
    assert workspace.isVisible()
    controller.hide_screen()
    assert controller.workspace is None
    unlock_with(qtbot, controller, PASS)
    rebuilt = controller.workspace
    assert rebuilt is not None and rebuilt.isVisible() and rebuilt is not workspace
    controller.window.ui.actionLockNow.trigger()
    assert controller.workspace is None and not controller.window.central_view.isVisible()
