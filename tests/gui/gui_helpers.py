"""Helpers shared by the GUI tests (a plain module, importable however pytest is started)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.gui.controller import AppController

SUPERVISOR = ("maria", "Maria Rivera")
WORKER = ("sam", "Sam Okafor")
PASS = "seven lighthouse kites"
WORKER_PASS = "orange canyon river"


def sign_in(qtbot: Any, controller: AppController, username: str, passphrase: str) -> None:
    page = controller.sign_in
    page.ui.usernameEdit.setText(username)
    page.ui.passphraseEdit.setText(passphrase)
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)


def signed_in(qtbot: Any, controller: AppController, who: str = "maria") -> None:
    sign_in(qtbot, controller, who, PASS if who == "maria" else WORKER_PASS)
    qtbot.waitUntil(lambda: controller.state is AppState.ACTIVE, timeout=10_000)
    wait_idle(qtbot, controller)  # the workspace loads the caseload in the background


def wait_idle(qtbot: Any, controller: AppController) -> None:
    qtbot.waitUntil(lambda: not controller.background.is_busy, timeout=10_000)


def type_date(qtbot: Any, field: Any, text: str) -> None:
    """Type ``text`` into a date field key by key, as a worker does: move in (the old text is
    selected, so typing replaces it), type, then Tab out."""
    edit = field.edit if hasattr(field, "edit") else field.day.edit
    edit.window().activateWindow()
    qtbot.waitUntil(edit.window().isActiveWindow)
    edit.setFocus()
    assert edit.hasFocus()
    qtbot.wait(5)  # the select-all on focus runs from the event loop
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
