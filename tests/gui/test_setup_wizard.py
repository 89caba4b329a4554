"""First-run setup on real widgets: every step, refused passphrases, a wrong code typed back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.flows.setup_flow import RECOVERY_MISMATCH, SetupStep
from csec_desktop.core.vault.device_vault import DeviceVault
from tests.gui.gui_helpers import PASS


def test_setup_from_welcome_to_the_empty_caseload(
    qtbot: Any, new_vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(new_vault)
    wizard = controller.setup
    assert controller.state is AppState.NEEDS_SETUP and wizard is not None
    assert controller.window.current_page() is wizard
    assert not controller.window.ui.menuBar.isVisible()

    qtbot.mouseClick(wizard.welcome.start, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentWidget() is wizard.account

    # account details: a bad user name is refused next to its field
    qtbot.keyClicks(wizard.account.username, "M")
    qtbot.keyClicks(wizard.account.display_name, "Maria Rivera")
    qtbot.keyClick(wizard.account.display_name, Qt.Key.Key_Return)
    assert wizard.account.message.isVisible()
    assert "User names are 2 to 64 characters" in wizard.account.message.text()
    assert controller.window.focusWidget() is wizard.account.username
    wizard.account.username.setText("maria")
    qtbot.mouseClick(wizard.account.next, Qt.MouseButton.LeftButton)
    page = wizard.passphrase
    assert wizard.pages.currentWidget() is page

    # a short passphrase, then a common one: refused, nothing created
    qtbot.keyClicks(page.passphrase, "kites")
    assert "at least 12" in page.feedback.text()
    page.confirm.setText("kites")
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert "at least 12" in page.message.text() and page.message.isVisible()
    page.passphrase.setText("password1234")
    page.confirm.setText("password1234")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert "commonly used" in page.message.text()
    page.passphrase.setText(PASS)
    assert page.feedback.text() == "That passphrase can be used."
    page.confirm.setText(PASS + "x")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert "not the same" in page.message.text()
    assert not new_vault.is_initialized()

    page.confirm.setText(PASS)
    qtbot.mouseClick(page.create, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() and not page.passphrase.isEnabled()  # busy, form disabled
    qtbot.waitUntil(lambda: wizard.current_step is SetupStep.RECOVERY_CODE, timeout=10_000)
    assert new_vault.is_initialized()
    assert page.passphrase.text() == ""  # the passphrase does not linger in the widget

    recovery = wizard.recovery
    shown = recovery.code.text()
    groups = shown.split()
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    assert recovery.code.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not recovery.next.isEnabled()  # only after "I have written the code on paper"
    recovery.written.setChecked(True)
    qtbot.mouseClick(recovery.next, Qt.MouseButton.LeftButton)

    confirm = wizard.confirm
    qtbot.keyClicks(confirm.typed, groups[0] + groups[1])
    qtbot.keyClick(confirm.typed, Qt.Key.Key_Return)
    assert confirm.message.text() == RECOVERY_MISMATCH
    assert wizard.current_step is SetupStep.CONFIRM_RECOVERY
    qtbot.mouseClick(confirm.back, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentWidget() is recovery and recovery.code.text() == shown
    qtbot.mouseClick(recovery.next, Qt.MouseButton.LeftButton)
    confirm.typed.setText(f"{groups[-2].lower()} {groups[-1]}")
    qtbot.mouseClick(confirm.done, Qt.MouseButton.LeftButton)

    assert controller.state is AppState.ACTIVE
    window = controller.window
    assert window.current_page() is window.workspace
    assert window.ui.emptyHeading.text() == "No youth on this laptop yet."
    assert window.worker_label.text() == "Signed in: Maria Rivera · Supervisor"
    assert window.windowTitle() == "CSEC Screening"
    assert window.ui.actionManageAccounts.isVisible()
    assert controller.setup is None  # the wizard, and the code it showed, are gone
    controller.sign_out()
    assert controller.state is AppState.SIGNED_OUT
    assert new_vault.sign_in("maria", PASS).account.display_name == "Maria Rivera"
