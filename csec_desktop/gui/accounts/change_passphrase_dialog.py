"""Change one's own passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from csec_desktop.core.vault.session import Session
from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, secret_edit


class ChangePassphraseDialog(FormDialog):
    """The signed-in worker changes their own passphrase (the current one is checked)."""

    def __init__(self, session: Session, background: Background, parent: QWidget) -> None:
        super().__init__("Change my passphrase", "&Change passphrase", background, parent)
        self.session = session
        self.current = secret_edit("Current passphrase")
        add_row(self.form, "C&urrent passphrase", self.current)
        self.passphrase, self.again = self.passphrase_pair()
        self.finish_layout()

    def submit(self) -> None:
        if not self.current.text():
            self.fail("Enter your current passphrase.", self.current)
            return
        minimum = self.session.policy.security.min_passphrase_length
        if self.pair_problem(self.passphrase, self.again, minimum, self.session.account.username):
            return
        current, new = self.current.text(), self.passphrase.text()
        self.run(lambda: self.session.change_passphrase(current, new))
