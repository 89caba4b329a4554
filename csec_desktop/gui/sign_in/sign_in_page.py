"""The sign-in screen (form from ui/sign_in.ui). Argon2id runs in the background.

The page can appear before the vault layer has loaded (see ``gui.startup``): it then takes
typing at once, and a sign-in asked for before ``attach_vault`` waits, busy, until the vault
arrives. Nothing here imports the vault layer at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.gui.background import Background
from csec_desktop.gui.generated.ui_sign_in import Ui_SignInPage
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import button, em, prepare_secret_edit
from csec_desktop.startup_probe import mark_first_window_shown

if TYPE_CHECKING:
    from csec_desktop.core.demo_logins import DemoLogin
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.session import Session

EMPTY_FIELDS = "Enter your user name and passphrase."
RECOVERY_LINK = "Forgot your passphrase? Use the &recovery code"


class SignInPage(QWidget):
    signed_in = Signal(object)  # Session
    recovery_requested = Signal(str)  # the user name typed so far
    first_painted = Signal()  # once, when the page is first on screen

    def __init__(self, vault: DeviceVault | None, background: Background) -> None:
        super().__init__()
        self.vault = vault
        self.background = background
        self._painted = False
        self._waiting_for_vault = False
        self.ui = Ui_SignInPage()
        self.ui.setupUi(self)
        prepare_secret_edit(self.ui.passphraseEdit)
        self.ui.card.setMinimumWidth(em(self, 22))
        self.ui.card.setMaximumWidth(em(self, 30))
        self.ui.demoBanner.hide()
        set_role(self.ui.messageLabel, "message")
        self.ui.messageLabel.hide()
        self.ui.busyBar.hide()
        set_role(self.ui.hintLabel, "hint")
        self.ui.signInButton.clicked.connect(self.submit)
        self.ui.usernameEdit.returnPressed.connect(self._next_or_submit)
        self.ui.passphraseEdit.returnPressed.connect(self.submit)
        # The form's hint already begins with "Forgot your passphrase?"; say the worker's way.
        self.ui.hintLabel.setText(
            "Workers: a supervisor on this laptop can set a new passphrase for you."
        )
        self.recover_button = button(RECOVERY_LINK)
        self.recover_button.setFlat(True)
        self.ui.cardLayout.addWidget(self.recover_button)
        self.recover_button.clicked.connect(
            lambda: self.recovery_requested.emit(self.ui.usernameEdit.text().strip())
        )

    def show_demo_logins(self, logins: tuple[DemoLogin, ...]) -> None:
        """The demo banner: published passphrases of a vault that holds fictional data only."""
        lines = ["Demo vault — fictional data only."]
        lines += [
            f"Sign in as {login.username} with passphrase “{login.passphrase}” "
            f"({login.role.label.lower()})."
            for login in logins
        ]
        self.ui.demoBanner.setText("\n".join(lines))
        self.ui.demoBanner.show()
        if logins:
            self.ui.usernameEdit.setText(logins[0].username)

    def reset(self) -> None:
        """Ready for the next person: empty passphrase, no message, focus on the first field."""
        self.ui.passphraseEdit.clear()
        self.ui.messageLabel.hide()
        self._set_busy(False)
        field = self.ui.passphraseEdit if self.ui.usernameEdit.text() else self.ui.usernameEdit
        field.setFocus()

    def _next_or_submit(self) -> None:
        if self.ui.passphraseEdit.text():
            self.submit()
        else:
            self.ui.passphraseEdit.setFocus()

    def submit(self) -> None:
        if self.background.is_busy and not self.ui.signInButton.isEnabled():
            return
        username = self.ui.usernameEdit.text()
        passphrase = self.ui.passphraseEdit.text()
        if not username.strip() or not passphrase:
            self._show_message(EMPTY_FIELDS)
            (self.ui.usernameEdit if not username.strip() else self.ui.passphraseEdit).setFocus()
            return
        self._set_busy(True)
        if self.vault is None:
            self._waiting_for_vault = True  # attach_vault signs in with the fields as they are
            return
        vault = self.vault
        self.background.run(lambda: vault.sign_in(username, passphrase), self._done, self._failed)

    def attach_vault(self, vault: DeviceVault) -> None:
        """The vault layer has loaded: a sign-in asked for meanwhile goes ahead now."""
        self.vault = vault
        if self._waiting_for_vault:
            self._waiting_for_vault = False
            self._set_busy(False)
            self.submit()

    def _done(self, session: Session) -> None:
        self.ui.passphraseEdit.clear()
        self._set_busy(False)
        self.ui.messageLabel.hide()
        self.signed_in.emit(session)

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self._show_message(error.message)
        self.ui.passphraseEdit.setFocus()

    def _show_message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setAccessibleDescription(text)
        self.ui.messageLabel.show()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.usernameEdit, self.ui.passphraseEdit, self.ui.signInButton):
            widget.setEnabled(not busy)
        self.ui.busyBar.setVisible(busy)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Start-up benchmark: with CSEC_STARTUP_PROBE=1 the app reports its first paint.
            mark_first_window_shown()
            self.first_painted.emit()
