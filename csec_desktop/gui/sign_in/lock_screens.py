"""The lock screen and the privacy screen: both need the passphrase to go back to work.

Either screen is shown while the session is locked (database closed, key wiped). The unlock
runs Argon2id in the background; wrong passphrases count toward the account lockout, and once
the account is locked out the only way on is to sign out.

The privacy screen shows nothing identifying (no name, no app content, not even the app's
name in a heading): a person looking over the worker's shoulder sees "Screen hidden".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit

from csec_desktop.core.errors import AccountLocked, CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.vault.session import Session
from csec_desktop.core.vault.slot_opening import SIGN_IN_FAILED
from csec_desktop.gui.background import Background
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    add_row,
    busy_bar,
    button,
    label,
    secret_edit,
)
from csec_desktop.gui.widgets.card_page import CardPage

LOCKED_OUT_HINT = QT_TRANSLATE_NOOP(
    "PassphraseGate", "Sign out, then sign in again when the account is unlocked."
)
# Here the user name is known, so the sign-in message's "check the user name" would confuse.
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP("PassphraseGate", "That passphrase is not correct. Try again.")


class PassphraseGate(CardPage):
    """A card asking for the signed-in worker's passphrase; emits ``unlocked`` on success."""

    unlocked = Signal()
    sign_out_requested = Signal()
    recovery_requested = Signal(str)  # the signed-in account's user name
    sign_out_always = True

    def __init__(self, heading: str, background: Background) -> None:
        super().__init__(heading)
        self.background = background
        self.session: Session | None = None
        self.locked_out = False
        self.prompt = label("", "hint")
        self.body.addWidget(self.prompt)
        form = QFormLayout()
        self.passphrase: QLineEdit = secret_edit(translate("PassphraseGate", "Passphrase"))
        add_row(form, translate("PassphraseGate", "&Passphrase"), self.passphrase)
        self.body.addLayout(form)
        self.message = InlineMessage(translate("PassphraseGate", "Unlock message"))
        self.body.addWidget(self.message)
        self.busy = busy_bar(translate("PassphraseGate", "Checking the passphrase"))
        self.body.addWidget(self.busy)
        self.sign_out = button(translate("PassphraseGate", "Sign &out"))
        self.unlock = button(self.unlock_text())
        self.recover = button(
            translate("PassphraseGate", "Forgot your passphrase? Use the &recovery code")
        )
        self.recover.setFlat(True)
        self.recover.clicked.connect(
            lambda: self.recovery_requested.emit(
                self.session.account.username if self.session else ""
            )
        )
        self.body.addWidget(self.recover)
        self.finish(self.sign_out, self.unlock)
        self.unlock.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.sign_out.clicked.connect(self.sign_out_requested)

    def unlock_text(self) -> str:
        return translate("PassphraseGate", "&Unlock")

    def prompt_text(self, session: Session) -> str:
        raise NotImplementedError

    def start(self, session: Session) -> None:
        """Shown for ``session`` (already locked): fresh field, no message."""
        self.session = session
        self.prompt.setText(self.prompt_text(session))
        self.passphrase.clear()
        self.message.clear_message()
        self._set_busy(False)
        self._set_locked_out(False)
        self.passphrase.setFocus()

    def submit(self) -> None:
        secret = self.passphrase.text()
        if self.session is None or not self.passphrase.isEnabled():
            return
        if not secret:
            self.message.show_message(translate("PassphraseGate", "Enter your passphrase."))
            return
        session = self.session
        self._set_busy(True)
        self.background.run(lambda: session.unlock(secret), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self.passphrase.clear()
        self._set_busy(False)
        self.unlocked.emit()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        wrong = error.message == SIGN_IN_FAILED
        self.message.show_message(
            translate("PassphraseGate", WRONG_PASSPHRASE) if wrong else error.message
        )
        if isinstance(error, AccountLocked):
            self._set_locked_out(True)
            self.sign_out.setFocus()
        else:
            self.passphrase.setFocus()

    def _set_locked_out(self, locked_out: bool) -> None:
        self.locked_out = locked_out
        self.passphrase.setEnabled(not locked_out)
        self.unlock.setVisible(not locked_out)
        self.sign_out.setVisible(locked_out or self.sign_out_always)
        self.sign_out.setDefault(locked_out)
        if locked_out:
            self.prompt.setText(translate("PassphraseGate", LOCKED_OUT_HINT))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock, self.sign_out):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)


class LockScreen(PassphraseGate):
    def __init__(self, background: Background) -> None:
        super().__init__(translate("LockScreen", "Locked"), background)
        self.setAccessibleName(translate("LockScreen", "Locked"))

    def prompt_text(self, session: Session) -> str:
        return translate(
            "LockScreen",
            "{name} is signed in. Enter your passphrase to go on where you left off.",
        ).format(name=session.account.display_name)


class PrivacyScreen(PassphraseGate):
    sign_out_always = False

    def __init__(self, background: Background) -> None:
        super().__init__(translate("PrivacyScreen", "Screen hidden"), background)
        self.setAccessibleName(translate("PrivacyScreen", "Screen hidden"))
        # A plain, calm line in the middle of the screen; nothing about who or what.
        set_role(self.heading, "privacy")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def unlock_text(self) -> str:
        return translate("PrivacyScreen", "&Show screen")

    def prompt_text(self, session: Session) -> str:
        return translate("PrivacyScreen", "Enter the passphrase to show the screen again.")
