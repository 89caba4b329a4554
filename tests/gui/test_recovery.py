"""Recovery with the recovery code, end to end on real widgets (issue 15 item 2).

From the sign-in screen and from the lock screen: the supervisor types the code from paper and
a new passphrase, sees the NEW code once (the window stays until it is written down), and is
signed in. The old code stops working; the use is audited.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from csec_desktop.core.errors import AuthError
from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.roles import Role
from csec_desktop.gui.controller import AppController
from csec_desktop.gui.sign_in.recovery_dialog import RecoveryDialog
from tests.gui.gui_helpers import PASS, SUPERVISOR, WORKER, WORKER_PASS, signed_in, wait_idle

NEW_PASS = "copper harbor evening tide"


@pytest.fixture
def vault_and_code(new_vault: DeviceVault) -> tuple[DeviceVault, str]:
    session, code = new_vault.initialize(*SUPERVISOR, PASS)
    session.add_account(*WORKER, Role.FIELD_WORKER, WORKER_PASS)
    session.sign_out()
    return new_vault, code


def _recover(qtbot: Any, controller: AppController, code: str, username: str | None) -> str:
    dialog = next(d for d in controller.window.findChildren(RecoveryDialog) if d.isVisible())
    qtbot.keyClicks(dialog.code, code.lower().replace("-", " "))  # typed from paper
    if username is not None:
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.new, NEW_PASS)
    qtbot.keyClicks(dialog.again, NEW_PASS)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)
    assert dialog.pages.currentIndex() == 1, dialog.message.text()
    assert not dialog.code.text() and not dialog.new.text() and not dialog.again.text()
    new_code = dialog.new_code.text()
    assert new_code and new_code != code
    assert not dialog.done_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # not before the new code is written down
    assert dialog.isVisible()
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state is AppState.ACTIVE, timeout=10_000)
    wait_idle(qtbot, controller)
    return new_code


def test_recovery_from_the_sign_in_screen_issues_a_new_code(
    qtbot: Any, vault_and_code: tuple[DeviceVault, str], make_controller: Any
) -> None:
    vault, code = vault_and_code
    controller = make_controller(vault)
    page = controller.sign_in
    assert page.recover_button.isVisible()
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    new_code = _recover(qtbot, controller, code, SUPERVISOR[0])
    session = controller.session
    assert session is not None and session.account.username == SUPERVISOR[0]
    assert "recovery_used" in [e.event for e in session.audit.entries()]
    controller.sign_out()

    with pytest.raises(AuthError, match="recovery code was not recognised"):
        vault.recover(code, SUPERVISOR[0], "another passphrase entirely")
    vault.sign_in(SUPERVISOR[0], NEW_PASS).sign_out()
    session, _ = vault.recover(new_code, SUPERVISOR[0], "a third long passphrase")
    session.sign_out()


def test_a_worker_name_is_refused_and_nothing_changes(
    qtbot: Any, vault_and_code: tuple[DeviceVault, str], make_controller: Any
) -> None:
    vault, code = vault_and_code
    controller = make_controller(vault)
    dialog = controller.open_recovery("")
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClicks(dialog.username, WORKER[0])
    qtbot.keyClicks(dialog.new, NEW_PASS)
    qtbot.keyClicks(dialog.again, NEW_PASS)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)
    assert dialog.pages.currentIndex() == 0 and "supervisor" in dialog.message.text()
    assert controller.state is AppState.SIGNED_OUT
    vault.sign_in(WORKER[0], WORKER_PASS).sign_out()  # the worker's passphrase is unchanged
    dialog.reject()


def test_recovery_from_the_lock_screen_signs_the_supervisor_back_in(
    qtbot: Any, vault_and_code: tuple[DeviceVault, str], make_controller: Any
) -> None:
    vault, code = vault_and_code
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    locked = controller.session
    controller.cover(AppState.LOCKED, "manual")
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED, timeout=5_000)
    gate = controller.lock_screen
    assert gate.recover.isVisible()
    qtbot.mouseClick(gate.recover, Qt.MouseButton.LeftButton)
    dialog = next(d for d in controller.window.findChildren(RecoveryDialog) if d.isVisible())
    assert dialog.username.text() == SUPERVISOR[0]
    _recover(qtbot, controller, code, None)
    assert controller.session is not locked and controller.session.account.username == "maria"
    assert controller.window.workspace.isVisible()
