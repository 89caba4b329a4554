"""Marking a duty as not applicable, with the reason; a mandated report also needs a supervisor's
co-signature. The vault's DutyStore decides and audits."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QWidget,
)

from csec_desktop.core.i18n import translate
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.record_duty_dialog import _DutyDialog
from csec_desktop.gui.forms.cosign_fields import CosignFields, Verify
from csec_desktop.gui.widgets.basics import add_row, lines_edit


class NotApplicableDialog(_DutyDialog):
    """Waive a duty with a reason; a mandated report also needs a supervisor's co-signature
    (given here, or later: the request then waits and the duty stays open)."""

    def __init__(
        self,
        duty: DutyRecord,
        store: DutyStore,
        background: Background,
        now: datetime,
        parent: QWidget | None = None,
        verify: Verify | None = None,
    ) -> None:
        title = translate("NotApplicableDialog", "Mark a duty as not applicable")
        ok_text = translate("NotApplicableDialog", "&Mark not applicable")
        super().__init__(title, ok_text, duty, now, background, parent)
        self.store = store
        self.reason = lines_edit(translate("NotApplicableDialog", "Why it does not apply"), 3.6)
        add_row(self.form, translate("NotApplicableDialog", "&Why it does not apply"), self.reason)
        self.cosign: CosignFields | None = None
        if duty.mandated:
            pending = duty.waiver_pending
            if pending:
                self.reason.setPlainText(str(pending["reason"]))
            self.cosign = CosignFields(self.form, verify, "waive mandated report")
        self.reason.setFocus()

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        if not reason.strip():
            self.message.show_message(
                translate("NotApplicableDialog", "Say why this duty does not apply.")
            )
            self.reason.setFocus()
            return
        duty_id, cosign = self.duty.id, self.cosign
        if cosign is None:
            self.run(lambda: self.store.mark_not_applicable(duty_id, reason))
            return
        name, secret = cosign.take()
        self.run(
            lambda: self.store.mark_not_applicable(duty_id, reason, cosign.cosigner(name, secret))
        )
