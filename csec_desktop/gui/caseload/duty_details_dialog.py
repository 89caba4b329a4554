"""A duty's full record (what, law, due, how and when it was done, why late or not applicable,
every reopening; reopening a closed duty: ``reopen_duty_dialog.py``). The vault's DutyStore
decides and audits; what was recorded before a reopening is kept in the duty's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import duty_time_words, moment_words
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.gui.widgets.basics import em

STATUS_WORDS = {"open": "Open", "done": "Done", "not_applicable": "Not applicable"}


def _when(text: Any) -> str:
    return moment_words(from_iso(text)) if isinstance(text, str) and text else "not recorded"


def _closed_lines(part: dict[str, Any]) -> list[str]:
    lines = []
    done = part.get("done")
    if isinstance(done, dict):
        lines.append(f"Done: {_when(done.get('at'))}")
        for key, words in (
            ("method", "How"),
            ("reference", "Reference number"),
            ("agency", "Agency"),
            ("person", "Person"),
            ("late_reason", "Why it was late"),
            ("recorded_by", "Recorded by"),
        ):
            if done.get(key):
                lines.append(f"{words}: {done[key]}")
    skipped = part.get("not_applicable")
    if isinstance(skipped, dict):
        lines.append(f"Marked not applicable by {skipped.get('by', 'someone not recorded')}")
        lines.append(f"Why: {skipped.get('reason', '')}")
    return lines


def duty_details(duty: DutyRecord) -> list[str]:
    """The duty's record as lines of plain words, newest state first, then its history."""
    lines = [
        duty.label.get("en", duty.duty_type),
        f"From: {duty.citation}",
        f"Due: {duty_time_words(duty.due_at, duty.late_after)}",
        f"Status: {STATUS_WORDS.get(duty.status, duty.status)}",
        *_closed_lines(duty.data),
    ]
    for entry in reversed(duty.data.get("history", [])):
        again = entry.get("reopened", {})
        lines.append("")
        lines.append(
            f"Reopened {_when(again.get('at'))} by {again.get('by', '')}: {again.get('reason', '')}"
        )
        lines.extend(f"Before that: {line}" for line in _closed_lines(entry))
    return lines


class DutyDetailsDialog(QDialog):
    def __init__(self, duty: DutyRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Duty details")
        self.setAccessibleName("Duty details")
        self.setMinimumWidth(em(self, 30))
        box = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName("What was recorded for this duty")
        self.text.setPlainText("\n".join(duty_details(duty)))
        box.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
