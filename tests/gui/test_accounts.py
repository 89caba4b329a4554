"""Account management by a supervisor, and changing one's own passphrase, on real widgets."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from csec_desktop.core.errors import AccountLocked, AuthError
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.roles import Role
from csec_desktop.gui.accounts.accounts_dialog import AccountsDialog
from csec_desktop.gui.accounts.add_account_dialog import AddAccountDialog
from csec_desktop.gui.accounts.new_passphrase_dialog import NewPassphraseDialog
from csec_desktop.gui.controller import AppController
from tests.gui.gui_helpers import PASS, WORKER_PASS, signed_in, wait_idle


def open_accounts(qtbot: Any, controller: AppController) -> AccountsDialog:
    controller.window.ui.actionManageAccounts.trigger()
    dialog = controller.window.findChild(AccountsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def row_of(dialog: AccountsDialog, username: str) -> list[str]:
    for row in range(dialog.table.rowCount()):
        if dialog.table.item(row, 1).text() == username:
            return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]
    raise AssertionError(f"{username} is not listed")


def child_dialog(parent: AccountsDialog, kind: type) -> Any:
    found = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_supervisor_adds_a_social_worker(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    dialog = open_accounts(qtbot, controller)
    assert row_of(dialog, "maria") == ["Maria Rivera", "maria", "Supervisor", "Active"]
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    add = child_dialog(dialog, AddAccountDialog)
    add.username.setText("Jo.Park")
    add.display_name.setText("Jo Park")
    add.role.setCurrentIndex(add.role.findData(Role.FIELD_WORKER))
    add.passphrase.setText("short")
    add.again.setText("short")
    qtbot.keyClick(add.again, Qt.Key.Key_Return)  # Enter presses "Add account"
    assert "at least 12" in add.message.text() and add.isVisible()
    add.passphrase.setText("maple window thunder")
    add.again.setText("maple window thunder")
    qtbot.mouseClick(add.ok, Qt.MouseButton.LeftButton)
    assert add.busy.isVisible() and not add.passphrase.isEnabled()
    wait_idle(qtbot, controller)
    assert not add.isVisible()
    assert row_of(dialog, "jo.park") == ["Jo Park", "jo.park", "Social worker", "Active"]
    assert "jo.park was added" in dialog.message.text()
    added = [e for e in controller.session.audit.entries() if e.event == "account_added"]
    assert added[0].subject == "jo.park" and added[0].actor == "maria"
    assert vault.sign_in("jo.park", "maple window thunder").account.role is Role.FIELD_WORKER


def test_supervisor_unlocks_a_locked_account_and_it_is_audited(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    for _ in range(5):
        with pytest.raises(AuthError):
            vault.sign_in("sam", "a wrong guess here")
    with pytest.raises(AccountLocked):
        vault.sign_in("sam", WORKER_PASS)
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    dialog = open_accounts(qtbot, controller)
    assert row_of(dialog, "sam")[3] == "Locked after failed sign-ins"
    dialog.select("maria")
    assert not dialog.unlock.isEnabled()  # only a locked account can be unlocked
    dialog.select("sam")
    assert dialog.unlock.isEnabled()
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
    assert row_of(dialog, "sam")[3] == "Active"
    entries = controller.session.audit.entries()
    unlocked = [e for e in entries if e.event == "account_unlocked"]
    assert len(unlocked) == 1 and unlocked[0].subject == "sam" and unlocked[0].actor == "maria"
    failed = [e for e in entries if e.event == "sign_in_failed"]
    assert len(failed) == 5  # the failures reached the audit log at the supervisor's sign-in
    vault.sign_in("sam", WORKER_PASS).sign_out()


def test_set_a_new_passphrase_and_turn_off_only_after_confirming(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    dialog = open_accounts(qtbot, controller)
    dialog.select("sam")
    qtbot.mouseClick(dialog.reset, Qt.MouseButton.LeftButton)
    reset = child_dialog(dialog, NewPassphraseDialog)
    reset.passphrase.setText("copper stairs evening")
    reset.again.setText("copper stairs evening")
    qtbot.keyClick(reset.again, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    assert "sam has a new passphrase" in dialog.message.text()
    vault.sign_in("sam", "copper stairs evening").sign_out()

    dialog.select("sam")
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    assert box.isVisible() and "Sam Okafor" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc keeps the account on
    assert row_of(dialog, "sam")[3] == "Active"

    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    turn_off = next(b for b in dialog.confirm_box.buttons() if b.text() == "Turn off")
    qtbot.mouseClick(turn_off, Qt.MouseButton.LeftButton)
    assert row_of(dialog, "sam")[3] == "Turned off"
    with pytest.raises(AuthError):
        vault.sign_in("sam", "copper stairs evening")

    dialog.select("sam")
    assert dialog.toggle.text() == "Turn &on…"
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    turn_on = child_dialog(dialog, NewPassphraseDialog)
    turn_on.passphrase.setText("violet harbor morning")
    turn_on.again.setText("violet harbor morning")
    qtbot.mouseClick(turn_on.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)
    assert row_of(dialog, "sam")[3] == "Active"
    vault.sign_in("sam", "violet harbor morning").sign_out()


def test_a_supervisor_cannot_turn_off_their_own_account(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    dialog = open_accounts(qtbot, controller)
    dialog.select("maria")
    assert not dialog.toggle.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_change_my_passphrase_checks_the_current_one(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller, "sam")
    dialog = controller.open_change_passphrase()
    dialog.current.setText("not it at all")
    dialog.passphrase.setText("granite orchard lamp")
    dialog.again.setText("granite orchard lamp")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)
    assert dialog.isVisible() and dialog.message.text() == "The current passphrase is not correct."
    dialog.current.setText(WORKER_PASS)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)
    assert not dialog.isVisible()
    vault.sign_in("sam", "granite orchard lamp").sign_out()
    with pytest.raises(AuthError):
        vault.sign_in("maria", "granite orchard lamp")
    assert PASS  # the supervisor's passphrase is untouched
    vault.sign_in("maria", PASS).sign_out()


def test_locking_closes_open_dialogs(qtbot: Any, vault: DeviceVault, make_controller: Any) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    dialog = open_accounts(qtbot, controller)
    dialog.select("sam")
    qtbot.mouseClick(dialog.toggle, Qt.MouseButton.LeftButton)
    box: QMessageBox = dialog.confirm_box
    controller.watcher.idle.emit()
    assert not box.isVisible() and not dialog.isVisible()
    assert controller.session.is_locked
