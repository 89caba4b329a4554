"""Asking before an entry is removed, and why: removal is kept as a tombstone that syncs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.gui.widgets.basics import InlineMessage, add_row, em, label

EXPLAIN = (
    "It will no longer show in the case team lists or on printed copies. Nothing is erased: "
    "the county keeps a record that it was removed, by you, and why."
)


# The verb's past participle, for "Why it is removed": never built by adding "ed".
PAST = {"Remove": "removed", "Discard": "discarded"}


class RemoveDialog(QDialog):
    """``reason`` holds the worker's words once accepted."""

    def __init__(
        self,
        noun: str,
        summary: str,
        parent: QWidget | None = None,
        verb: str = "Remove",
        explain: str = EXPLAIN,
    ) -> None:
        super().__init__(parent)
        self.verb = verb
        title = f"{verb} this {noun}?"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(em(self, 28))
        box = QVBoxLayout(self)
        box.addWidget(label(title, "heading"))
        shown = label(summary)
        shown.setAccessibleName(f"The {noun} to remove")
        box.addWidget(shown)
        box.addWidget(label(explain, "hint"))
        self.reason_edit = QPlainTextEdit()
        done = PAST.get(verb, f"{verb.lower()}d")  # "removed", "discarded"
        self.reason_edit.setAccessibleName(f"Why it is {done}")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(em(self, 3.6))
        form = QFormLayout()
        add_row(form, f"&Why it is {done} (required)", self.reason_edit)
        box.addLayout(form)
        self.message = InlineMessage("Remove message")
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(f"&{verb} {noun}", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(f"{verb} {noun}")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)  # Enter is safe
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.reason = ""
        self.reason_edit.setFocus()

    def submit(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.message.show_message(
                f"Say why it is {self.verb.lower()}ed (for example: in error)."
            )
            self.reason_edit.setFocus()
            return
        self.reason = reason
        self.accept()
