"""Reopening a closed duty with a reason. The vault's DutyStore decides and audits; what was
recorded before is kept in the duty's history."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QWidget,
)

from csec_desktop.core.i18n import translate
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duty_details_dialog import _closed_lines, _status
from csec_desktop.gui.caseload.wording import in_language
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, em, label, lines_edit


class ReopenDutyDialog(FormDialog):
    def __init__(
        self,
        duty: DutyRecord,
        store: DutyStore,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("ReopenDutyDialog", "Reopen a duty"),
            translate("ReopenDutyDialog", "&Reopen"),
            background,
            parent,
            busy_text=translate("ReopenDutyDialog", "Saving"),
        )
        self.duty, self.store = duty, store
        self.layout_.insertWidget(0, label(in_language(duty.label), "heading"))
        closed = "\n".join(_closed_lines(duty.data)) or _status(duty.status)
        self.layout_.insertWidget(1, label(closed, "hint"))
        self.layout_.insertWidget(
            2,
            label(
                translate(
                    "ReopenDutyDialog",
                    "What was recorded is kept in the duty's history; it counts as open again.",
                )
            ),
        )
        self.reason = lines_edit(translate("ReopenDutyDialog", "Why it is reopened"), 3.6)
        add_row(
            self.form, translate("ReopenDutyDialog", "&Why it is reopened (required)"), self.reason
        )
        self.finish_layout()
        self.setMinimumWidth(em(self, 30))
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.message.show_message(
                translate("ReopenDutyDialog", "Say why this duty is reopened.")
            )
            self.reason.setFocus()
            return
        duty_id = self.duty.id
        self.run(lambda: self.store.reopen(duty_id, reason))
