"""A dialog with a form whose OK runs work in the background (Argon2id re-wrapping, a save).

Enter presses OK, Esc cancels; one inline message in plain words; the form is disabled and a
busy bar shows while the work runs. Subclasses build the fields and say what OK does (the
account dialogs, the duty dialogs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.passphrase_rules import passphrase_problem
from csec_desktop.gui.background import Background
from csec_desktop.gui.widgets.basics import InlineMessage, add_row, busy_bar, label, secret_edit

MISMATCH = "The two passphrases are not the same. Type the passphrase again in both fields."


# What the busy state disables: every kind of field the dialogs use.
FIELD_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


class FormDialog(QDialog):
    def __init__(
        self,
        title: str,
        ok_text: str,
        background: Background,
        parent: QWidget | None,
        busy_text: str = "Working",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.background = background
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.message = InlineMessage(f"{title} message")
        self.busy = busy_bar(busy_text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.ok.setAccessibleName(ok_text.replace("&", ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def intro(self, text: str) -> None:
        self.layout_.insertWidget(0, label(text, "hint"))

    def finish_layout(self) -> None:
        for widget in (self.message, self.busy, self.buttons):
            self.layout_.addWidget(widget)

    def passphrase_pair(self, first: str = "&New passphrase") -> tuple[QLineEdit, QLineEdit]:
        new, again = secret_edit(first.replace("&", "")), secret_edit("New passphrase again")
        add_row(self.form, first, new)
        add_row(self.form, "Type it a&gain", again)
        return new, again

    def pair_problem(
        self, new: QLineEdit, again: QLineEdit, min_length: int, username: str
    ) -> bool:
        """Show why the new passphrase is refused, if it is; True when there is a problem."""
        problem = passphrase_problem(new.text(), min_length, username)
        if problem is None and new.text() != again.text():
            return self.fail(MISMATCH, again)
        return self.fail(problem, new) if problem else False

    def fail(self, text: str, field: QLineEdit | None = None) -> bool:
        self.message.show_message(text, about=field)  # gone once the field is corrected
        if field is not None:
            field.setFocus()
            field.selectAll()
        return True

    def run(self, work: Callable[[], Any]) -> None:
        """Run ``work`` in the background; accept the dialog when it succeeds."""
        self.message.clear_message()
        self._set_busy(True)
        self.background.run(work, self._done, self._failed)

    def submit(self) -> None:
        raise NotImplementedError

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        if self.isVisible():
            self.accept()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.message.show_message(error.message)

    def _set_busy(self, busy: bool) -> None:
        for kind in FIELD_TYPES:
            for field in self.findChildren(kind):
                field.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.busy.setVisible(busy)
