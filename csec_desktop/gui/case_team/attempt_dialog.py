"""Record each attempt to reach the youth."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.engagement import METHODS, EngagementAttempt
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo


class AttemptDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {"note": QT_TRANSLATE_NOOP("CaseItemFields", "Note")}

    def __init__(self, parent: QWidget | None, item: EngagementAttempt | None = None) -> None:
        title = (
            translate("AttemptDialog", "Engagement attempt")
            if item is None
            else translate("AttemptDialog", "Change engagement attempt")
        )
        super().__init__(title, parent)
        self.tried_on = self.date_field(
            translate("AttemptDialog", "&Tried on"),
            item.tried_on if item else date.today(),
            optional=False,
        )
        self.method = combo(
            translate("AttemptDialog", "How"),
            translate_table("Engagement", METHODS),
            item.method if item else None,
        )
        add_row(self.form, translate("AttemptDialog", "&How"), self.method)
        self.reached = self.check(
            translate("AttemptDialog", "The youth was &reached and engaged"),
            item.reached if item else False,
        )
        self.note = self.long_text(translate("AttemptDialog", "N&ote"), item.note if item else "")
        self.finish_layout()

    def build(self) -> EngagementAttempt:
        return EngagementAttempt(
            tried_on=self.tried_on.value() or date.today(),
            method=self.method.currentData(),
            reached=self.reached.isChecked(),
            note=self.note.toPlainText().strip(),
        )
