"""Reopening a closed duty with a reason. The vault's DutyStore decides and audits; what was
recorded before is kept in the duty's history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPlainTextEdit,
    QWidget,
)

from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duty_details_dialog import STATUS_WORDS, _closed_lines
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, em, label


class ReopenDutyDialog(FormDialog):
    def __init__(
        self,
        duty: DutyRecord,
        store: DutyStore,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Reopen a duty", "&Reopen", background, parent, busy_text="Saving")
        self.duty, self.store = duty, store
        self.layout_.insertWidget(0, label(duty.label.get("en", ""), "heading"))
        closed = "\n".join(_closed_lines(duty.data)) or STATUS_WORDS.get(duty.status, "")
        self.layout_.insertWidget(1, label(closed, "hint"))
        self.layout_.insertWidget(
            2, label("What was recorded is kept in the duty's history; it counts as open again.")
        )
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName("Why it is reopened")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(em(self, 3.6))
        add_row(self.form, "&Why it is reopened (required)", self.reason)
        self.finish_layout()
        self.setMinimumWidth(em(self, 30))
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.message.show_message("Say why this duty is reopened.")
            self.reason.setFocus()
            return
        duty_id = self.duty.id
        self.run(lambda: self.store.reopen(duty_id, reason))
