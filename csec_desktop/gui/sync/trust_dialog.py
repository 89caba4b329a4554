"""Installing the county's trust file: the person types the fingerprint they were given.

A Yes/No question compares nothing, so the first install asks for the county root's
fingerprint as the county read it out (by phone or on paper) and the core compares the bits.
Everything taken from the file (the county's name) is shown as plain text, never rich text,
so a crafted name cannot draw a fake fingerprint or hide the real one.

A later trust file that changes the county's keys or moves its sync service (address or
certificate) is named, old and new values in plain text, and installed only when a supervisor
says yes (the core refuses it otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from csec_desktop.core.i18n import translate
from csec_desktop.core.sync_service.service_change import ServiceChange
from csec_desktop.gui.widgets.basics import em, label, text_edit


@dataclass(frozen=True)
class TrustPrompt:
    county_name: str  # from the file: plain text only
    version: int


class FingerprintDialog(QDialog):
    """Asks for the county root fingerprint received out of band; ``typed()`` returns it."""

    def __init__(self, parent: QWidget | None, prompt: TrustPrompt) -> None:
        super().__init__(parent)
        title = translate("FingerprintDialog", "Check the county's fingerprint")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(em(self, 30))
        layout = QVBoxLayout(self)
        self.county = label(
            translate("FingerprintDialog", "Trust file from: {county} (version {version})").format(
                county=prompt.county_name, version=prompt.version
            )
        )
        self.county.setAccessibleName(translate("FingerprintDialog", "County named in the file"))
        layout.addWidget(self.county)
        layout.addWidget(
            label(
                translate(
                    "FingerprintDialog",
                    "Type the county's fingerprint exactly as the county gave it to you by phone "
                    "or on paper: the eight words, or the 32 letters and digits. Do not copy it "
                    "from the file or from an email that came with it.",
                ),
                "hint",
            )
        )
        self.edit = text_edit(
            translate("FingerprintDialog", "County fingerprint you were given"), 120
        )
        self.edit.setPlaceholderText(
            translate("FingerprintDialog", "e.g. lusab-babad-gutih-tugad-…")
        )
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("FingerprintDialog", "Check and install"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("FingerprintDialog", "Cancel")
        )
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
    # Standard buttons: Qt's own catalog words them in the worker's language ("Sí"/"No").
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def describe_changes(changes: list[str], moved: ServiceChange | None) -> str:
    """What a trust update changes, in plain lines: the keys, then each service value's old
    and new text."""
    lines = []
    if changes:
        keys = translate("TrustChange", " and ").join(changes)
        changed = translate("TrustChange", "It changes the county's {keys} key.")
        lines.append(changed.format(keys=keys))
    if moved is not None:
        lines.append(translate("TrustChange", "It moves the county's sync service:"))
        lines += [f"  {line}" for line in moved.lines()]
    return "\n".join(lines)


def change_question(version: int, what: str) -> tuple[str, str]:
    """The title and question a supervisor answers before a changing trust file installs."""
    question = translate(
        "TrustChange",
        "Trust file version {version} changes where and how this laptop syncs.\n\n{what}\n\n"
        "Install it only if the county told you, by phone or in person, about this change. "
        "If it did not, choose No and call county IT. Install it?",
    ).format(version=version, what=what)
    return translate("TrustChange", "The county's sync settings changed"), question


def not_a_supervisor(version: int, what: str) -> str:
    return translate(
        "TrustChange",
        "Trust file version {version} was not installed.\n{what}\nOnly a supervisor can "
        "accept this change; ask one to install the file after checking with the county.",
    ).format(version=version, what=what)
