"""Account management for supervisors: who may sign in on this laptop.

Lists every account with its role and state, and offers add, unlock, set a new passphrase, and
turn off / on (with a confirmation before turning someone off). Every change goes through the
Session, which checks the role and writes the audit log.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.vault.roles import Account
from csec_desktop.core.vault.session import Session
from csec_desktop.gui.accounts.add_account_dialog import AddAccountDialog
from csec_desktop.gui.accounts.new_passphrase_dialog import NewPassphraseDialog
from csec_desktop.gui.background import Background
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    busy_bar,
    button,
    close_buttons,
    em,
    list_table,
    set_rows,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("AccountsDialog", "Name"),
    QT_TRANSLATE_NOOP("AccountsDialog", "User name"),
    QT_TRANSLATE_NOOP("AccountsDialog", "Role"),
    QT_TRANSLATE_NOOP("AccountsDialog", "Status"),
)


def status_text(account: Account, locked: bool) -> str:
    if not account.active:
        return translate("AccountsDialog", "Turned off")
    if locked:
        return translate("AccountsDialog", "Locked after failed sign-ins")
    return translate("AccountsDialog", "Active")


def _cells(account: Account, locked: bool) -> tuple[str, ...]:
    return (
        account.display_name,
        account.username,
        account.role.label,
        status_text(account, locked),
    )


class AccountsDialog(QDialog):
    def __init__(self, session: Session, background: Background, parent: QWidget) -> None:
        super().__init__(parent)
        title = translate("AccountsDialog", "Accounts on this laptop")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.session = session
        self.background = background
        self.rows: list[tuple[Account, bool]] = []
        self.table = QTableWidget(0, len(COLUMNS))
        list_table(self.table, translate("AccountsDialog", "Accounts"))
        self.table.setHorizontalHeaderLabels([translate("AccountsDialog", c) for c in COLUMNS])
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(em(self, 34))
        self.add = button(translate("AccountsDialog", "&Add account…"))
        self.unlock = button(translate("AccountsDialog", "&Unlock"))
        self.reset = button(translate("AccountsDialog", "Set &new passphrase…"))
        self.toggle = button(translate("AccountsDialog", "Turn &off…"))
        self.message = InlineMessage(translate("AccountsDialog", "Accounts message"))
        self.busy = busy_bar(translate("AccountsDialog", "Working"))
        close = close_buttons(translate("AccountsDialog", "Close"), self.reject)
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
        set_rows(self.table, [_cells(account, locked) for account, locked in self.rows])
        for row, (account, _locked) in enumerate(self.rows):
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
        self.toggle.setText(
            translate("AccountsDialog", "Turn &on…")
            if account and not account.active
            else translate("AccountsDialog", "Turn &off…")
        )

    # -- actions -------------------------------------------------------------------------------
    def _add(self) -> None:
        dialog = AddAccountDialog(self.session, self.background, self)
        dialog.accepted.connect(
            lambda: self._changed(
                dialog.username.text().strip().lower(),
                translate("AccountsDialog", "The account {username} was added."),
            )
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
        self._changed(
            chosen[0].username,
            translate(
                "AccountsDialog", "The account {username} is unlocked; they can sign in again."
            ),
        )

    def _reset(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        account = chosen[0]
        self._passphrase_dialog(
            translate("AccountsDialog", "Set a new passphrase"),
            translate(
                "AccountsDialog", "Set a new passphrase for {name}. Give it to them in person."
            ).format(name=account.display_name),
            account,
            lambda secret: self.session.reset_passphrase(account.username, secret),
            translate("AccountsDialog", "The account {username} has a new passphrase."),
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
            translate("AccountsDialog", "Turn an account back on"),
            translate(
                "AccountsDialog", "Set a passphrase for {name} to turn the account back on."
            ).format(name=account.display_name),
            account,
            lambda secret: self.session.set_active(account.username, True, secret),
            translate("AccountsDialog", "The account {username} is turned on again."),
        )

    def _confirm_turn_off(self, account: Account) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the display name is typed by a person
        box.setWindowTitle(translate("AccountsDialog", "Turn off this account?"))
        box.setText(
            translate(
                "AccountsDialog",
                "Turn off the account of {name}? They will not be able to sign in on this "
                "laptop until a supervisor turns it on again. Their records stay.",
            ).format(name=account.display_name)
        )
        yes = box.addButton(
            translate("AccountsDialog", "Turn off"), QMessageBox.ButtonRole.AcceptRole
        )
        keep = box.addButton(
            translate("AccountsDialog", "Keep it on"), QMessageBox.ButtonRole.RejectRole
        )
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
        self._changed(
            account.username, translate("AccountsDialog", "The account {username} is turned off.")
        )

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
        # ``outcome`` is a whole translated sentence with a {username} slot (word order differs)
        self.message.show_message(outcome.format(username=username), "notice")
