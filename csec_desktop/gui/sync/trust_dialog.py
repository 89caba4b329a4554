"""Installing the county's trust file: the person types the fingerprint they were given.

A Yes/No question compares nothing, so the first install asks for the county root's
fingerprint as the county read it out (by phone or on paper) and the core compares the bits.
Everything taken from the file (the county's name) is shown as plain text, never rich text,
so a crafted name cannot draw a fake fingerprint or hide the real one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from csec_desktop.gui.widgets.basics import em, label, text_edit


@dataclass(frozen=True)
class TrustPrompt:
    county_name: str  # from the file: plain text only
    version: int


class FingerprintDialog(QDialog):
    """Asks for the county root fingerprint received out of band; ``typed()`` returns it."""

    def __init__(self, parent: QWidget | None, prompt: TrustPrompt) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check the county's fingerprint")
        self.setAccessibleName("Check the county's fingerprint")
        self.setMinimumWidth(em(self, 30))
        layout = QVBoxLayout(self)
        self.county = label(f"Trust file from: {prompt.county_name} (version {prompt.version})")
        self.county.setAccessibleName("County named in the file")
        layout.addWidget(self.county)
        layout.addWidget(
            label(
                "Type the county's fingerprint exactly as the county gave it to you by phone or "
                "on paper: the eight words, or the 32 letters and digits. Do not copy it from "
                "the file or from an email that came with it.",
                "hint",
            )
        )
        self.edit = text_edit("County fingerprint you were given", 120)
        self.edit.setPlaceholderText("e.g. lusab-babad-gutih-tugad-…")
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Check and install")
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def typed(self) -> str:
        return self.edit.text()


def ask_fingerprint(parent: QWidget, prompt: TrustPrompt) -> str | None:
    dialog = FingerprintDialog(parent, prompt)
    return dialog.typed() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_confirm(parent: QWidget, title: str, text: str) -> bool:
    """A Yes/No question whose text (it may quote a file) is shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
