"""A duty's full record (what, law, due, how and when it was done, why late or not applicable,
every reopening; reopening a closed duty: ``reopen_duty_dialog.py``). The vault's DutyStore
decides and audits; what was recorded before a reopening is kept in the duty's history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import duty_time_words, moment_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.gui.caseload.wording import in_language
from csec_desktop.gui.widgets.basics import close_buttons, em

STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("DutyDetails", "Open"),
    "done": QT_TRANSLATE_NOOP("DutyDetails", "Done"),
    "not_applicable": QT_TRANSLATE_NOOP("DutyDetails", "Not applicable"),
}
RECORDED = (  # what a closed duty recorded, as the details list it
    ("method", QT_TRANSLATE_NOOP("DutyDetails", "How: {value}")),
    ("reference", QT_TRANSLATE_NOOP("DutyDetails", "Reference number: {value}")),
    ("agency", QT_TRANSLATE_NOOP("DutyDetails", "Agency: {value}")),
    ("person", QT_TRANSLATE_NOOP("DutyDetails", "Person: {value}")),
    ("late_reason", QT_TRANSLATE_NOOP("DutyDetails", "Why it was late: {value}")),
    ("recorded_by", QT_TRANSLATE_NOOP("DutyDetails", "Recorded by: {value}")),
)


def _status(status: str) -> str:
    return translate("DutyDetails", STATUS_WORDS[status]) if status in STATUS_WORDS else status


def _when(text: Any) -> str:
    if isinstance(text, str) and text:
        return moment_words(from_iso(text))
    return translate("DutyDetails", "not recorded")


def _closed_lines(part: dict[str, Any]) -> list[str]:
    lines = []
    done = part.get("done")
    if isinstance(done, dict):
        lines.append(translate("DutyDetails", "Done: {when}").format(when=_when(done.get("at"))))
        for key, words in RECORDED:
            if done.get(key):
                lines.append(translate("DutyDetails", words).format(value=done[key]))
    skipped = part.get("not_applicable")
    if isinstance(skipped, dict):
        by = skipped.get("by") or translate("DutyDetails", "someone not recorded")
        lines.append(translate("DutyDetails", "Marked not applicable by {name}").format(name=by))
        reason = skipped.get("reason", "")
        lines.append(translate("DutyDetails", "Why: {reason}").format(reason=reason))
    return lines


def duty_details(duty: DutyRecord) -> list[str]:
    """The duty's record as lines of plain words, newest state first, then its history."""
    lines = [
        in_language(duty.label, duty.duty_type),
        translate("DutyDetails", "From: {citation}").format(citation=duty.citation),
        translate("DutyDetails", "Due: {when}").format(
            when=duty_time_words(duty.due_at, duty.late_after)
        ),
        translate("DutyDetails", "Status: {status}").format(status=_status(duty.status)),
        *_closed_lines(duty.data),
    ]
    for entry in reversed(duty.data.get("history", [])):
        again = entry.get("reopened", {})
        lines.append("")
        lines.append(
            translate("DutyDetails", "Reopened {when} by {name}: {reason}").format(
                when=_when(again.get("at")),
                name=again.get("by", ""),
                reason=again.get("reason", ""),
            )
        )
        before = translate("DutyDetails", "Before that: {line}")
        lines.extend(before.format(line=line) for line in _closed_lines(entry))
    return lines


class DutyDetailsDialog(QDialog):
    def __init__(self, duty: DutyRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DutyDetails", "Duty details"))
        self.setAccessibleName(translate("DutyDetails", "Duty details"))
        self.setMinimumWidth(em(self, 30))
        box = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setAccessibleName(translate("DutyDetails", "What was recorded for this duty"))
        self.text.setPlainText("\n".join(duty_details(duty)))
        box.addWidget(self.text)
        buttons = close_buttons(translate("DutyDetails", "Close"), self.reject)
        box.addWidget(buttons)
