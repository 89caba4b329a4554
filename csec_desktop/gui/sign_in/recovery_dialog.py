"""Using the recovery code: a supervisor who forgot the passphrase sets a new one.

Two steps in one window: the code, the supervisor's user name and the new passphrase (twice);
then the NEW recovery code, shown once (the one just used stops working) until the supervisor
says it is written on paper. Argon2id runs in the background. On success ``session`` holds the
supervisor's signed-in session for the caller to start the app with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.gui.background import Background
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    add_row,
    busy_bar,
    button,
    label,
    secret_edit,
    text_edit,
)

if TYPE_CHECKING:
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.session import Session

LINK_TEXT = QT_TRANSLATE_NOOP("RecoveryDialog", "Forgot your passphrase? Use the &recovery code")


class RecoveryDialog(QDialog):
    def __init__(
        self,
        vault: DeviceVault,
        background: Background,
        parent: QWidget | None = None,
        username: str = "",
    ) -> None:
        super().__init__(parent)
        self.vault, self.background = vault, background
        self.session: Session | None = None
        title = translate("RecoveryDialog", "Use the recovery code")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.pages = QStackedWidget()
        QVBoxLayout(self).addWidget(self.pages)
        self.pages.addWidget(self._ask_page(username))
        self.pages.addWidget(self._new_code_page())

    # -- step 1 ---------------------------------------------------------------------------
    def _ask_page(self, username: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            label(
                translate(
                    "RecoveryDialog",
                    "A supervisor who forgot the passphrase can set a new one with the recovery "
                    "code written on paper when this laptop was set up. Workers: ask a "
                    "supervisor to reset your passphrase instead.",
                ),
                "hint",
            )
        )
        form = QFormLayout()
        self.code = secret_edit(translate("RecoveryDialog", "Recovery code"))
        self.username = text_edit(translate("RecoveryDialog", "Supervisor's user name"))
        self.username.setText(username)
        self.new = secret_edit(translate("RecoveryDialog", "New passphrase"))
        self.again = secret_edit(translate("RecoveryDialog", "New passphrase again"))
        add_row(form, translate("RecoveryDialog", "Recovery &code"), self.code)
        add_row(form, translate("RecoveryDialog", "Supervisor's &user name"), self.username)
        add_row(form, translate("RecoveryDialog", "&New passphrase"), self.new)
        add_row(form, translate("RecoveryDialog", "New passphrase &again"), self.again)
        layout.addLayout(form)
        self.message = InlineMessage(translate("RecoveryDialog", "Recovery message"))
        self.busy = busy_bar(translate("RecoveryDialog", "Checking the recovery code"))
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.cancel = button(translate("RecoveryDialog", "Cancel"))
        self.submit_button = button(translate("RecoveryDialog", "&Set new passphrase"))
        self.submit_button.setDefault(True)
        row.addStretch(1)
        row.addWidget(self.cancel)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        self.cancel.clicked.connect(self.reject)
        self.submit_button.clicked.connect(self.submit)
        self.again.returnPressed.connect(self.submit)
        return page

    def submit(self) -> None:
        code, name = self.code.text(), self.username.text().strip()
        new, again = self.new.text(), self.again.text()
        if not code.strip() or not name or not new:
            self.message.show_message(
                translate(
                    "RecoveryDialog", "Fill in the recovery code, user name and new passphrase."
                )
            )
            return
        if new != again:
            self.again.clear()
            self.message.show_message(
                translate(
                    "RecoveryDialog", "The two new passphrases differ. Type the new one again."
                )
            )
            self.again.setFocus()
            return
        self._set_busy(True)
        vault = self.vault
        self.background.run(lambda: vault.recover(code, name, new), self._done, self._failed)

    def _done(self, result: tuple[Session, str]) -> None:
        self.session, new_code = result
        self._wipe()
        self._set_busy(False)
        self.new_code.setText(new_code)
        self.pages.setCurrentIndex(1)
        self.written.setFocus()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.code.clear()
        # The vault's refusals are English sources in the catalog (context "DeviceVault").
        self.message.show_message(translate("DeviceVault", error.message))
        self.code.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.code, self.username, self.new, self.again, self.submit_button):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)

    def _wipe(self) -> None:
        for edit in (self.code, self.new, self.again):
            edit.clear()

    # -- step 2 ---------------------------------------------------------------------------
    def _new_code_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(translate("RecoveryDialog", "Your new recovery code"), "heading"))
        self.new_code = QLabel()
        self.new_code.setAccessibleName(translate("RecoveryDialog", "New recovery code"))
        self.new_code.setTextFormat(Qt.TextFormat.PlainText)
        self.new_code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Shown, never selectable: a recovery code must not reach the clipboard or a file.
        self.new_code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.new_code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        set_role(self.new_code, "code")
        layout.addWidget(self.new_code)
        layout.addWidget(
            label(
                translate(
                    "RecoveryDialog",
                    "The passphrase is set. The code you just used no longer works: write this "
                    "new code on paper now, keep it locked away apart from the laptop, and "
                    "destroy the old paper. It is shown only this once.",
                ),
                "warning",
            )
        )
        self.written = QCheckBox(
            translate("RecoveryDialog", "I have &written the new code on paper")
        )
        self.written.setAccessibleName(self.written.text().replace("&", ""))
        layout.addWidget(self.written)
        self.done_button = button(translate("RecoveryDialog", "&Done"))
        self.done_button.setEnabled(False)
        self.written.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(self.done_button, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def reject(self) -> None:
        # Once the new code is shown, the window stays until it is written down.
        if self.pages.currentIndex() == 1 and not self.written.isChecked():
            return
        if self.pages.currentIndex() == 0:
            self._wipe()
        super().reject()

    def done(self, result: int) -> None:
        if self.pages.currentIndex() == 1 and not self.written.isChecked():
            return
        super().done(result)
