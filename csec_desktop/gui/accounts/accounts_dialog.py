"""Account management for supervisors: who may sign in on this laptop.

Lists every account with its role and state, and offers add, unlock, set a new passphrase, and
turn off / on (with a confirmation before turning someone off). Every change goes through the
Session, which checks the role and writes the audit log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.vault.roles import Account
from csec_desktop.core.vault.session import Session
from csec_desktop.gui.accounts.add_account_dialog import AddAccountDialog
from csec_desktop.gui.accounts.new_passphrase_dialog import NewPassphraseDialog
from csec_desktop.gui.background import Background
from csec_desktop.gui.widgets.basics import InlineMessage, busy_bar, button, em

COLUMNS = ("Name", "User name", "Role", "Status")


def status_text(account: Account, locked: bool) -> str:
    if not account.active:
        return "Turned off"
    return "Locked after failed sign-ins" if locked else "Active"


class AccountsDialog(QDialog):
    def __init__(self, session: Session, background: Background, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accounts on this laptop")
        self.setAccessibleName("Accounts on this laptop")
        self.session = session
        self.background = background
        self.rows: list[tuple[Account, bool]] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Accounts")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumWidth(em(self, 34))
        self.add = button("&Add account…")
        self.unlock = button("&Unlock")
        self.reset = button("Set &new passphrase…")
        self.toggle = button("Turn &off…")
        self.message = InlineMessage("Accounts message")
        self.busy = busy_bar("Working")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for widget in (self.add, self.unlock, self.reset, self.toggle):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        for item in (self.table, self.message, self.busy):
            layout.addWidget(item)
        layout.addLayout(actions)
        layout.addWidget(close)
        self.add.clicked.connect(self._add)
        self.unlock.clicked.connect(self._unlock)
        self.reset.clicked.connect(self._reset)
        self.toggle.clicked.connect(self._toggle)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.rows = self.session.list_accounts()
        self.table.setRowCount(len(self.rows))
        for row, (account, locked) in enumerate(self.rows):
            values = (
                account.display_name,
                account.username,
                account.role.label,
                status_text(account, locked),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if account.username == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> tuple[Account, bool] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, (account, _) in enumerate(self.rows):
            if account.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        account, locked = chosen if chosen else (None, False)
        self.unlock.setEnabled(bool(account and account.active and locked))
        self.reset.setEnabled(bool(account and account.active))
        is_self = account is not None and account.username == self.session.account.username
        self.toggle.setEnabled(account is not None and not is_self)
        self.toggle.setText("Turn &on…" if account and not account.active else "Turn &off…")

    # -- actions -------------------------------------------------------------------------------
    def _add(self) -> None:
        dialog = AddAccountDialog(self.session, self.background, self)
        dialog.accepted.connect(
            lambda: self._changed(dialog.username.text().strip().lower(), "was added")
        )
        dialog.open()

    def _unlock(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            self.session.unlock_account(chosen[0].username)
        except CsecError as exc:
            self.message.show_message(exc.message)
            return
        self._changed(chosen[0].username, "is unlocked; they can sign in again")

    def _reset(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        account = chosen[0]
        self._passphrase_dialog(
            "Set a new passphrase",
            f"Set a new passphrase for {account.display_name}. Give it to them in person.",
            account,
            lambda secret: self.session.reset_passphrase(account.username, secret),
            "has a new passphrase",
        )

    def _toggle(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        account = chosen[0]
        if account.active:
            self._confirm_turn_off(account)
            return
        self._passphrase_dialog(
            "Turn an account back on",
            f"Set a passphrase for {account.display_name} to turn the account back on.",
            account,
            lambda secret: self.session.set_active(account.username, True, secret),
            "is turned on again",
        )

    def _confirm_turn_off(self, account: Account) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the display name is typed by a person
        box.setWindowTitle("Turn off this account?")
        box.setText(
            f"Turn off the account of {account.display_name}? They will not be able to sign "
            "in on this laptop until a supervisor turns it on again. Their records stay."
        )
        yes = box.addButton("Turn off", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("Keep it on", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps the account; turning off takes a deliberate click
        box.setEscapeButton(keep)
        box.finished.connect(lambda _code: self._confirmed(box, yes, account))
        self.confirm_box = box
        box.open()

    def _confirmed(self, box: QMessageBox, yes: object, account: Account) -> None:
        if box.clickedButton() is yes:
            self._turn_off(account)

    def _turn_off(self, account: Account) -> None:
        try:
            self.session.set_active(account.username, False)
        except CsecError as exc:
            self.message.show_message(exc.message)
            return
        self._changed(account.username, "is turned off")

    def _passphrase_dialog(
        self,
        title: str,
        intro: str,
        account: Account,
        apply: Callable[[str], object],
        outcome: str,
    ) -> None:
        dialog = NewPassphraseDialog(
            title,
            intro,
            account.username,
            apply,
            self.session.policy.security.min_passphrase_length,
            self.background,
            self,
        )
        dialog.accepted.connect(lambda: self._changed(account.username, outcome))
        dialog.open()

    def _changed(self, username: str, outcome: str) -> None:
        self.refresh(select=username)
        self.message.show_message(f"The account {username} {outcome}.", "notice")
