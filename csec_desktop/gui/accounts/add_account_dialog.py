"""Add an account with its first passphrase (a new passphrase for someone:
``new_passphrase_dialog.py``; one's own: ``change_passphrase_dialog.py``)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.vault.accounts import normalize_username
from csec_desktop.core.vault.roles import ROLE_LABELS, Role
from csec_desktop.core.vault.session import Session
from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, text_edit

# County administrators work at the county office, not on a field laptop.
LAPTOP_ROLES = (Role.FIELD_WORKER, Role.PROBATION_OFFICER, Role.SUPERVISOR)


class AddAccountDialog(FormDialog):
    def __init__(self, session: Session, background: Background, parent: QWidget) -> None:
        super().__init__("Add an account", "&Add account", background, parent)
        self.session = session
        self.intro("The new person signs in with this user name and the passphrase you set.")
        self.username = text_edit("User name", 64)
        self.display_name = text_edit("Display name", 100)
        self.role = QComboBox()
        self.role.setAccessibleName("Role")
        for role in LAPTOP_ROLES:
            self.role.addItem(ROLE_LABELS[role], role)
        add_row(self.form, "&User name", self.username)
        add_row(self.form, "&Display name", self.display_name)
        add_row(self.form, "&Role", self.role)
        self.passphrase, self.again = self.passphrase_pair("&Passphrase")
        self.finish_layout()

    def submit(self) -> None:
        try:
            name = normalize_username(self.username.text())
        except ValidationError as exc:
            self.fail(exc.message, self.username)
            return
        if not self.display_name.text().strip():
            self.fail("Enter the name to show for this person.", self.display_name)
            return
        minimum = self.session.policy.security.min_passphrase_length
        if self.pair_problem(self.passphrase, self.again, minimum, name):
            return
        shown, secret = self.display_name.text(), self.passphrase.text()
        role = Role(self.role.currentData())  # Qt hands the enum back as its string value
        self.run(lambda: self.session.add_account(name, shown, role, secret))
